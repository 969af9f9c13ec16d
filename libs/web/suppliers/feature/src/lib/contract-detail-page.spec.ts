import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ClauseCheckResponse, ContractResponse, Role } from '@storeops/shared/contracts';
import { SuppliersApi } from '@storeops/web/suppliers/data-access';
import { Observable, of } from 'rxjs';
import { ContractDetailPage } from './contract-detail-page';

const contract: ContractResponse = {
  id: 5,
  number: 'HT20260001',
  supplierId: 1,
  supplierCode: 'SUP001',
  supplierName: '华润食品有限公司',
  kind: 'annual',
  title: '年度供货合同',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  paymentDays: 45,
  rebateRate: 2,
  amount: 120_000_000,
  storeScope: 'stores',
  regionId: null,
  storeIds: [],
  overlaps: [],
  signedAt: null,
  signatory: null,
  scanAttachmentId: null,
  clauses: [{ id: 1, position: 1, text: '到货率', commitment: '≥ 95 %' }],
  status: 'submitted',
  revision: 2,
  returnCount: 1,
  createdBy: 'buyer',
  createdByName: '采购 王磊',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-02T00:00:00Z',
  version: 4,
  daysToEnd: 300,
  renewalDue: false,
  allowedActions: ['return', 'approve'],
  attachments: [],
  timeline: [
    {
      action: 'return',
      fromStatus: 'submitted',
      toStatus: 'returned',
      by: 'office',
      byName: '综合管理处 刘静',
      at: '2026-01-02T00:00:00Z',
      comment: '账期过长',
      revision: 1,
      checklist: null,
    },
  ],
};
const snapshot = {
  supplierId: 1,
  kind: 'annual' as const,
  title: '年度供货合同',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  paymentDays: 60,
  rebateRate: 2,
  storeIds: [],
  clauses: [],
};

describe('ContractDetailPage for the office', () => {
  async function render(c: ContractResponse = contract) {
    const transition = jest.fn(() => of(c));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: SuppliersApi,
          useValue: {
            contract: () => of(c),
            clauseChecks: () => of([]),
            transition,
            revisions: () =>
              of([
                {
                  revision: 1,
                  submittedBy: 'buyer',
                  submittedByName: '采购 王磊',
                  submittedAt: '2026-01-01T00:00:00Z',
                  snapshot,
                  changes: [],
                },
                {
                  revision: 2,
                  submittedBy: 'buyer',
                  submittedByName: '采购 王磊',
                  submittedAt: '2026-01-03T00:00:00Z',
                  snapshot: { ...snapshot, paymentDays: 45 },
                  changes: [{ field: 'paymentDays', before: '60', after: '45' }],
                },
              ]),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(ContractDetailPage);
    fixture.componentRef.setInput('id', '5');
    fixture.componentRef.setInput('role', Role.AdminOffice);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const q = (sel: string) => el.querySelector(sel) as HTMLElement | null;
    return { fixture, el, q, transition };
  }

  it('shows the revision diff and the return comment on the timeline', async () => {
    const { q, el } = await render();
    expect(q('[data-testid=revision-diff]')?.textContent).toContain('60');
    expect(el.querySelectorAll('[data-testid=diff-row]')).toHaveLength(1);
    expect(q('[data-testid=timeline]')?.textContent).toContain('账期过长');
  });

  it('keeps return disabled without a comment and approve disabled until every checklist item is ticked', async () => {
    const { q, fixture, transition } = await render();
    const approve = () => q('[data-testid=action-approve]') as HTMLButtonElement;
    expect((q('[data-testid=action-return]') as HTMLButtonElement).disabled).toBe(true);
    expect(approve().disabled).toBe(true);
    for (const item of ['qualification', 'price', 'paymentDays', 'rebate', 'liability']) {
      (q(`[data-testid=check-${item}] input`) as HTMLInputElement).click();
      await fixture.whenStable();
    }
    expect(approve().disabled).toBe(false);
    approve().click();
    await fixture.whenStable();
    expect(transition).toHaveBeenCalledWith(5, {
      action: 'approve',
      comment: undefined,
      checklist: { qualification: true, price: true, paymentDays: true, rebate: true, liability: true },
    });
  });
});

describe('ContractDetailPage: overlaps, the return reason and signing', () => {
  it('names the overlapping contracts at the top and holds approve until they are checked too', async () => {
    const { q, fixture, transition } = await renderOffice({
      ...contract,
      overlaps: [{ id: 8, number: 'HT20260008' }],
      lastReturn: { comment: '账期过长', by: 'office', byName: '综合管理处 刘静', at: '2026-01-02T00:00:00Z', revision: 1 },
    });
    expect(q('[data-testid=overlaps]')?.textContent).toContain('HT20260008');
    expect(q('[data-testid=return-reason]')?.textContent).toContain('账期过长');
    for (const item of ['qualification', 'price', 'paymentDays', 'rebate', 'liability']) {
      (q(`[data-testid=check-${item}] input`) as HTMLInputElement).click();
      await fixture.whenStable();
    }
    const approve = q('[data-testid=action-approve]') as HTMLButtonElement;
    expect(approve.disabled).toBe(true);
    (q('[data-testid=check-overlapsReviewed] input') as HTMLInputElement).click();
    await fixture.whenStable();
    expect(approve.disabled).toBe(false);
    approve.click();
    await fixture.whenStable();
    expect(transition).toHaveBeenCalledWith(5, expect.objectContaining({ checklist: expect.objectContaining({ overlapsReviewed: true }) }));
  });

  it('sign waits for the signatory and a scan, then sends date, signatory and scan', async () => {
    const approved: ContractResponse = {
      ...contract,
      status: 'approved',
      allowedActions: ['sign', 'terminate'],
      attachments: [
        {
          id: 31,
          fileName: '盖章.pdf',
          mimeType: 'application/pdf',
          bytes: 9,
          uploadedBy: 'office',
          uploadedByName: '综合管理处 刘静',
          uploadedAt: '2026-01-02T00:00:00Z',
        },
      ],
    };
    const { q, fixture, transition, component } = await renderOffice(approved);
    const sign = () => q('[data-testid=action-sign]') as HTMLButtonElement;
    expect(q('[data-testid=signing-form]')).not.toBeNull();
    expect(sign().disabled).toBe(true);
    const signatory = q('[data-testid=sign-signatory]') as HTMLInputElement;
    signatory.value = '张经理';
    signatory.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(sign().disabled).toBe(true);
    (component as unknown as { scanId: { set(v: number): void } }).scanId.set(31);
    fixture.detectChanges();
    await fixture.whenStable();
    expect(sign().disabled).toBe(false);
    sign().click();
    await fixture.whenStable();
    expect(transition).toHaveBeenCalledWith(5, expect.objectContaining({ action: 'sign', signatory: '张经理', scanAttachmentId: 31 }));
    const body = transition.mock.calls[0][1] as { signedAt: string };
    expect(body.signedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  async function renderOffice(c: ContractResponse) {
    const transition = jest.fn<Observable<ContractResponse>, [number, unknown]>(() => of(c));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: SuppliersApi,
          useValue: { contract: () => of(c), clauseChecks: () => of([]), transition, revisions: () => of([]) },
        },
      ],
    });
    const fixture = TestBed.createComponent(ContractDetailPage);
    fixture.componentRef.setInput('id', '5');
    fixture.componentRef.setInput('role', Role.AdminOffice);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const q = (sel: string) => el.querySelector(sel) as HTMLElement | null;
    return { fixture, el, q, transition, component: fixture.componentInstance };
  }
});

describe('ContractDetailPage: breach follow-ups', () => {
  const check = (patch: Partial<ClauseCheckResponse>): ClauseCheckResponse => ({
    id: 1,
    contractId: 5,
    clauseId: 1,
    clauseText: '到货率 (≥ 95 %)',
    period: '2026-03',
    result: 'breached',
    evidence: '到货单',
    note: '到货率 90 %',
    checkedBy: 'office',
    checkedByName: '综合管理处 李娜',
    checkedAt: '2026-04-01T00:00:00Z',
    followUpOwnerId: 6,
    followUpOwnerName: '采购 王磊',
    followUpStatus: 'open',
    followUpClosedBy: null,
    followUpClosedByName: null,
    followUpClosedAt: null,
    followUpCloseNote: null,
    followUpClosable: true,
    ...patch,
  });

  it('shows open and closed follow-ups; the owner closes one with a note in a dialog', async () => {
    let checks = [
      check({}),
      check({
        id: 2,
        period: '2026-02',
        followUpStatus: 'closed',
        followUpClosedBy: 'buyer',
        followUpClosedByName: '采购 王磊',
        followUpClosedAt: '2026-03-05T02:00:00Z',
        followUpCloseNote: '已补货',
        followUpClosable: false,
      }),
    ];
    const closeFollowUp = jest.fn(() => {
      checks = [
        check({
          followUpStatus: 'closed',
          followUpClosedBy: 'buyer',
          followUpClosedByName: '采购 王磊',
          followUpClosedAt: '2026-04-02T02:00:00Z',
          followUpCloseNote: '已约谈',
          followUpClosable: false,
        }),
        checks[1],
      ];
      return of(checks[0]);
    });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: SuppliersApi,
          useValue: {
            contract: () => of({ ...contract, status: 'signed', allowedActions: [] }),
            clauseChecks: () => of(checks),
            revisions: () => of([]),
            closeFollowUp,
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(ContractDetailPage);
    fixture.componentRef.setInput('id', '5');
    fixture.componentRef.setInput('role', Role.Buyer);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid=follow-up-summary]')?.textContent).toMatch(/1\D+1/);
    const cells = el.querySelectorAll('[data-follow-up]');
    expect(cells[0].getAttribute('data-follow-up')).toBe('open');
    expect(cells[1].textContent).toContain('已补货');
    expect(el.querySelectorAll('[data-testid=follow-up-close]')).toHaveLength(1);
    expect(el.querySelector('[data-testid=check-by]')?.textContent?.trim()).toBe('综合管理处 李娜');
    expect(cells[1].textContent).toContain('采购 王磊 (buyer)');

    (el.querySelector('[data-testid=follow-up-close]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const note = document.querySelector('[data-testid=follow-up-note]') as HTMLTextAreaElement;
    note.value = '已约谈';
    note.dispatchEvent(new Event('input'));
    (document.querySelector('[data-testid=follow-up-confirm]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(closeFollowUp).toHaveBeenCalledWith(5, 1, { note: '已约谈' });
    expect(el.querySelectorAll('[data-testid=follow-up-close]')).toHaveLength(0);
    expect(el.querySelectorAll('[data-follow-up=closed]')).toHaveLength(2);
  });
});
