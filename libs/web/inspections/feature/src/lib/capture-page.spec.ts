import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { InspectionTemplateResponse } from '@storeops/shared/contracts';
import { DRAFT_STORAGE, DraftRepository, InspectionsApi, MemoryDraftStorage, newDraft } from '@storeops/web/inspections/data-access';
import { of } from 'rxjs';
import { CapturePage } from './capture-page';

const template: InspectionTemplateResponse = {
  id: 11,
  code: 'FR',
  name: '生鲜营运标准',
  version: 1,
  categoryId: 1,
  criticalCap: 59,
  starThresholds: [95, 90, 80, 70],
  active: true,
  requireSignature: true,
  requireDutyPerson: true,
  sections: [
    {
      title: '陈列',
      items: [
        { id: 1, title: '陈列饱满', kind: 'pass_fail', maxPoints: 10, allowNa: true, critical: false, photoOnFail: false, dueDays: 3 },
        { id: 2, title: '无过期商品', kind: 'pass_fail', maxPoints: 10, allowNa: false, critical: true, photoOnFail: true, dueDays: 0 },
        { id: 3, title: '温度记录', kind: 'scale', maxPoints: 5, allowNa: false, critical: false, photoOnFail: false, dueDays: 1 },
      ],
    },
  ],
};

describe('CapturePage', () => {
  let storage: MemoryDraftStorage;

  const confirm = jest.fn(() => of(false));

  async function render() {
    storage = new MemoryDraftStorage();
    confirm.mockClear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: DRAFT_STORAGE, useValue: storage },
        { provide: InspectionsApi, useValue: { uploadPhoto: () => of({ id: 1 }), create: jest.fn() } },
        { provide: MatDialog, useValue: { open: () => ({ afterClosed: confirm }) } },
      ],
    });
    await TestBed.inject(DraftRepository).create(
      newDraft({ key: 'k', store: { id: 7, code: 'BJ001', name: '北京一店' }, category: null, template }),
    );
    const fixture = TestBed.createComponent(CapturePage);
    fixture.componentRef.setInput('key', 'k');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const q = (sel: string) => el.querySelector(sel) as HTMLElement;
    const click = async (sel: string) => {
      q(sel).click();
      await fixture.whenStable();
    };
    return { fixture, el, q, click };
  }

  it('updates the live score, stars and the 红线 badge with every answer, and saves each one to the device', async () => {
    const { q, click, fixture } = await render();
    expect(q('[data-testid=live-score]').textContent?.trim()).toBe('—');
    await click('[data-testid=item-1] [data-testid=result-pass]');
    expect(q('[data-testid=live-score]').textContent?.trim()).toBe('100.0');
    expect(q('[data-testid=live-stars]').textContent?.trim()).toBe('★★★★★');
    expect(q('[data-testid=critical-badge]')).toBeNull();

    const score = q('[data-testid=item-3] [data-testid=score-input]') as HTMLInputElement;
    score.value = '4';
    score.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(q('[data-testid=live-score]').textContent?.trim()).toBe('93.3');

    await click('[data-testid=item-2] [data-testid=result-fail]');
    expect(q('[data-testid=critical-badge]')).not.toBeNull();
    expect(q('[data-testid=live-score]').textContent?.trim()).toBe('56.0');
    expect(q('[data-testid=submit-status]').textContent?.trim()).toBe('已保存草稿');

    await TestBed.inject(DraftRepository).flush();
    expect((await storage.getDraft('k'))?.results.map((r) => r.result)).toEqual(['pass', 'fail', 'score']);
  });

  it('refuses to submit with a failure that needs a photo, and says so', async () => {
    const { q, click } = await render();
    await click('[data-testid=item-1] [data-testid=result-pass]');
    await click('[data-testid=item-2] [data-testid=result-fail]');
    await click('[data-testid=capture-submit]');
    const problems = q('[data-testid=capture-problems]').textContent ?? '';
    expect(problems).toContain('还有 1 项未检查');
    expect(problems).toContain('还有 1 项不合格未拍照');
    expect(problems).toContain('请值班人在上方签名');
    expect(problems).toContain('请填写值班人姓名');
    expect(q('[data-testid=signature-required]')).not.toBeNull();
    expect(TestBed.inject(DraftRepository).find('k')?.status).toBe('editing');
    expect(confirm).not.toHaveBeenCalled();
  });

  it('with everything filled in, asks for confirmation; cancelled, nothing is submitted', async () => {
    const { click } = await render();
    await TestBed.inject(DraftRepository).update('k', (d) => ({
      ...d,
      dutyPersonName: '王芳',
      signature: { localId: 's', serverId: null },
      results: d.results.map((r) => ({ ...r, result: r.itemId === 3 ? 'score' : 'pass', points: 5 })),
    }));
    await click('[data-testid=capture-submit]');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(TestBed.inject(DraftRepository).find('k')?.status).toBe('editing');
  });
});
