import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ComplaintResponse, Role } from '@storeops/shared/contracts';
import { ComplaintsApi, complaintFactory } from '@storeops/web/ledger/data-access';
import { StoresApi } from '@storeops/web/org/data-access';
import { I18nService } from '@storeops/web/shared/util';
import { of } from 'rxjs';

/** Lets the stores' awaited requests finish and the page redraw (twice: a load may start another). */
async function settle(fixture: { detectChanges(): void }): Promise<void> {
  for (let i = 0; i < 3; i++) {
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  fixture.detectChanges();
}
import { ComplaintDetailPage } from './complaint-detail-page';
import { COMPLAINTS_ZH_CN } from './i18n/complaints.zh-cn';

async function render(complaint: ComplaintResponse, role: Role = Role.AdminOffice) {
  const transition = jest.fn((_id: number, body: { action: string }) =>
    of({ ...complaint, allowedActions: [], status: body.action === 'judge' ? 'assigned' : complaint.status }),
  );
  const revealPhone = jest.fn(() => of({ id: complaint.id, customerPhone: '13812341234' }));
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      {
        provide: ComplaintsApi,
        useValue: {
          get: () => of(complaint),
          transition,
          revealPhone,
          categories: () => of([]),
          causes: () => of([{ code: 'product', name: '商品' }]),
        },
      },
      {
        provide: StoresApi,
        useValue: { all: () => of([]), list: () => of({ items: [], total: 0, page: 1, pageSize: 20 }), get: () => of(null) },
      },
    ],
  });
  TestBed.inject(I18nService).addTexts('zh-CN', COMPLAINTS_ZH_CN);
  const fixture = TestBed.createComponent(ComplaintDetailPage);
  fixture.componentRef.setInput('id', String(complaint.id));
  fixture.componentRef.setInput('role', role);
  await settle(fixture);
  const el = fixture.nativeElement as HTMLElement;
  const q = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  /** jsdom cannot submit a form from its button: the submit event is what the form listens to. */
  const submit = (form: string) => {
    q(form)?.dispatchEvent(new Event('submit', { cancelable: true }));
    fixture.detectChanges();
  };
  return { fixture, el, q, submit, transition, revealPhone };
}

describe('ComplaintDetailPage', () => {
  afterEach(() => jest.useRealTimers());

  it('offers exactly the actions the API allows the caller (and pause, for a handler of an open complaint)', async () => {
    const { el } = await render(
      complaintFactory({ status: 'plan_proposed', allowedActions: ['approve_plan', 'return_plan'] }),
      Role.StoreManager,
    );
    const actions = Array.from(el.querySelectorAll('[data-testid^="action-"]')).map((b) => b.getAttribute('data-testid'));
    expect(actions).toEqual(['action-approve_plan', 'action-return_plan', 'action-pause']);
  });

  it('a reader with no allowed action sees that nothing is theirs to do, and no form', async () => {
    const { q } = await render(complaintFactory({ allowedActions: [] }), Role.Director);
    expect(q('no-actions')?.textContent).toContain('当前没有您可以执行的操作');
    expect(q('action-judge')).toBeNull();
    expect(q('action-merge')).toBeNull();
  });

  it('judging: choosing 有效 and saving sends the responsible store (the complaint’s own) with the version shown', async () => {
    const { fixture, q, submit, transition } = await render(complaintFactory());
    q('action-judge')?.click();
    fixture.detectChanges();
    expect(q('form-judge')).not.toBeNull();
    submit('form-judge');
    // Nothing chosen yet: the form says so and nothing is sent.
    expect(transition).not.toHaveBeenCalled();
    expect(q('form-judge')?.textContent).toContain('必填');
    (q('judge-valid-yes')?.querySelector('input') as HTMLInputElement).click();
    fixture.detectChanges();
    submit('form-judge');
    await settle(fixture);
    expect(transition).toHaveBeenCalledWith(
      7,
      expect.objectContaining({ action: 'judge', valid: true, responsibleStoreId: 1, version: 1 }),
    );
  });

  it('returning a plan without a reason is stopped at the form', async () => {
    const { fixture, q, submit, transition } = await render(complaintFactory({ status: 'plan_proposed', allowedActions: ['return_plan'] }));
    q('action-return_plan')?.click();
    fixture.detectChanges();
    submit('form-return_plan');
    expect(transition).not.toHaveBeenCalled();
    expect(q('form-return_plan')?.textContent).toContain('请写明原因');
  });

  it('the 回访 form shows the script filled for this complaint, and warns outside calling hours', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-18T13:00:00+08:00'), advanceTimers: true });
    const { fixture, q } = await render(
      complaintFactory({ status: 'resolved', allowedActions: ['follow_up', 'close'], resolution: '为顾客办理了退货并赔偿' }),
    );
    q('action-follow_up')?.click();
    fixture.detectChanges();
    expect(q('script-opening')?.textContent).toContain('北京朝阳店');
    expect(q('script-opening')?.textContent).toContain('11月18日');
    expect(q('script-opening')?.textContent).toContain('为顾客办理了退货并赔偿');
    // 13:00 is the lunch rest.
    expect(q('calling-hours-warning')?.textContent).toContain('请勿打扰顾客休息');
  });

  it('no calling-hours warning at 10:00', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-18T10:00:00+08:00'), advanceTimers: true });
    const { fixture, q } = await render(complaintFactory({ status: 'resolved', allowedActions: ['follow_up'] }));
    q('action-follow_up')?.click();
    fixture.detectChanges();
    expect(q('follow-up-script')).not.toBeNull();
    expect(q('calling-hours-warning')).toBeNull();
  });

  it('closing a key customer’s complaint without a reached follow-up says why before the API refuses it', async () => {
    const { fixture, q } = await render(
      complaintFactory({ status: 'resolved', keyCustomer: true, valid: true, allowedActions: ['close'] }),
    );
    q('action-close')?.click();
    fixture.detectChanges();
    expect(q('close-blocked')?.textContent).toContain('重点顾客');
  });

  it('shows the phone masked, and the full number after 显示号码 only where the API allows it', async () => {
    const { fixture, q, revealPhone } = await render(complaintFactory());
    expect(q('detail-phone')?.textContent).toBe('138****1234');
    q('reveal-phone')?.click();
    await settle(fixture);
    expect(revealPhone).toHaveBeenCalledWith(7);
    expect(q('detail-phone')?.textContent).toBe('13812341234');
    TestBed.resetTestingModule();
    const other = await render(complaintFactory({ canRevealPhone: false }), Role.Director);
    expect(other.q('reveal-phone')).toBeNull();
  });
});
