import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ContractResponse, Role } from '@storeops/shared/contracts';
import { SuppliersApi } from '@storeops/web/suppliers/data-access';
import { of } from 'rxjs';
import { ContractDetailPage } from './contract-detail-page';

const contract: ContractResponse = {
  id: 5, number: 'HT20260001', supplierId: 1, supplierCode: 'SUP001', supplierName: '华润食品有限公司', kind: 'annual', title: '年度供货合同',
  startDate: '2026-01-01', endDate: '2026-12-31', paymentDays: 45, rebateRate: 2, storeIds: [], clauses: [{ id: 1, position: 1, text: '到货率', commitment: '≥ 95 %' }],
  status: 'submitted', revision: 2, returnCount: 1, createdBy: 'buyer', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z', version: 4,
  daysToEnd: 300, renewalDue: false, allowedActions: ['return', 'approve'], attachments: [],
  timeline: [{ action: 'return', fromStatus: 'submitted', toStatus: 'returned', by: 'office', byName: '综合管理处 刘静', at: '2026-01-02T00:00:00Z', comment: '账期过长', revision: 1, checklist: null }],
};
const snapshot = { supplierId: 1, kind: 'annual' as const, title: '年度供货合同', startDate: '2026-01-01', endDate: '2026-12-31', paymentDays: 60, rebateRate: 2, storeIds: [], clauses: [] };

describe('ContractDetailPage for the office', () => {
  async function render() {
    const transition = jest.fn(() => of(contract));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: SuppliersApi,
          useValue: {
            contract: () => of(contract),
            clauseChecks: () => of([]),
            transition,
            revisions: () =>
              of([
                { revision: 1, submittedBy: 'buyer', submittedAt: '2026-01-01T00:00:00Z', snapshot, changes: [] },
                { revision: 2, submittedBy: 'buyer', submittedAt: '2026-01-03T00:00:00Z', snapshot: { ...snapshot, paymentDays: 45 }, changes: [{ field: 'paymentDays', before: '60', after: '45' }] },
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
    expect(transition).toHaveBeenCalledWith(5, { action: 'approve', comment: undefined, checklist: { qualification: true, price: true, paymentDays: true, rebate: true, liability: true } });
  });
});
