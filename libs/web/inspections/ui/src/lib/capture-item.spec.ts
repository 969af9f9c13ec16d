import { TestBed } from '@angular/core/testing';
import { TemplateItem } from '@storeops/shared/contracts';
import { CaptureItem, CaptureResult, ItemAnswer } from './capture-item';

const passFail: TemplateItem = {
  id: 7,
  title: '冷柜温度 ≤ 4℃',
  kind: 'pass_fail',
  maxPoints: 5,
  allowNa: false,
  critical: true,
  photoOnFail: true,
  dueDays: 3,
};
const scale: TemplateItem = { ...passFail, id: 8, title: '陈列整齐', kind: 'scale', maxPoints: 4, critical: false, allowNa: true };
const blank = (itemId: number): CaptureResult => ({ itemId, result: null, points: null, note: '', photos: [] });

async function render(item: TemplateItem, result: CaptureResult, disabled = false) {
  localStorage.clear();
  const fixture = TestBed.createComponent(CaptureItem);
  fixture.componentRef.setInput('item', item);
  fixture.componentRef.setInput('result', result);
  fixture.componentRef.setInput('disabled', disabled);
  const answers: ItemAnswer[] = [];
  fixture.componentInstance.answer.subscribe((a) => answers.push(a));
  await fixture.whenStable();
  const el: HTMLElement = fixture.nativeElement;
  const q = (id: string) => el.querySelector(`[data-testid=${id}]`) as HTMLButtonElement | HTMLInputElement | null;
  return { fixture, el, q, answers };
}

describe('CaptureItem', () => {
  it('offers pass and fail, and N/A only where the item allows it', async () => {
    const { el, q, answers } = await render(passFail, blank(7));
    expect(el.getAttribute('data-testid')).toBe('item-7');
    expect(el.textContent).toContain('红线');
    expect(el.textContent).toContain('满分 5');
    expect(q('result-na')).toBeNull();
    q('result-fail')?.click();
    q('result-pass')?.click();
    expect(answers).toEqual([
      { result: 'fail', points: null },
      { result: 'pass', points: null },
    ]);
  });

  it('marks a failed item that needs a photo until one is taken', async () => {
    const failed = await render(passFail, { ...blank(7), result: 'fail' });
    expect(failed.el.classList).toContain('failed');
    expect(failed.el.classList).toContain('missing-photo');
    expect(failed.el.textContent).toContain('不合格须拍照');
    const withPhoto = await render(passFail, { ...blank(7), result: 'fail', photos: [{ localId: 'a', serverId: null }] });
    expect(withPhoto.el.classList).toContain('failed');
    expect(withPhoto.el.classList).not.toContain('missing-photo');
    expect(withPhoto.q('photo-not-uploaded')).not.toBeNull();
    const passed = await render(passFail, { ...blank(7), result: 'pass' });
    expect(passed.el.classList).not.toContain('failed');
  });

  it('steps a scale item within 0..max and rounds a typed score', async () => {
    const { el, q, answers } = await render(scale, { ...blank(8), result: 'score', points: 4 });
    const [minus, plus] = Array.from(el.querySelectorAll('button.step')) as HTMLButtonElement[];
    expect(plus.disabled).toBe(true);
    minus.click();
    const input = q('score-input') as HTMLInputElement;
    input.value = '9';
    input.dispatchEvent(new Event('change'));
    input.value = '2.6';
    input.dispatchEvent(new Event('change'));
    expect(answers).toEqual([
      { result: 'score', points: 3 },
      { result: 'score', points: 4 },
      { result: 'score', points: 3 },
    ]);
    expect(q('result-na')).not.toBeNull();
  });

  it('lets nothing be changed when disabled', async () => {
    const { q } = await render(passFail, blank(7), true);
    expect((q('result-pass') as HTMLButtonElement).disabled).toBe(true);
    expect((q('item-photo-input') as HTMLInputElement).disabled).toBe(true);
  });
});
