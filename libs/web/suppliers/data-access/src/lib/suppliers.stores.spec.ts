import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { ApiError, ContractResponse } from '@storeops/shared/contracts';
import { of, throwError } from 'rxjs';
import { SuppliersApi } from './suppliers-api';
import { ContractStore, SuppliersHomeStore } from './suppliers.stores';

const contract = (patch: Partial<ContractResponse> = {}): ContractResponse => ({
  id: 5, number: 'HT20260001', supplierId: 1, supplierCode: 'SUP001', supplierName: '华润食品有限公司', kind: 'annual', title: '年度供货合同',
  startDate: '2026-01-01', endDate: '2026-12-31', paymentDays: 60, rebateRate: 2, storeIds: [1], clauses: [], status: 'submitted', revision: 1,
  returnCount: 0, createdBy: 'buyer', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', version: 2, daysToEnd: 300,
  renewalDue: false, allowedActions: ['return', 'approve'], timeline: [], attachments: [], ...patch,
});
const page = (items: ContractResponse[]) => ({ items, total: items.length, page: 1, pageSize: 50 });

describe('ContractStore', () => {
  let api: Record<string, jest.Mock>;

  beforeEach(() => {
    api = {
      contract: jest.fn(() => of(contract())),
      revisions: jest.fn(() => of([])),
      clauseChecks: jest.fn(() => of([])),
      transition: jest.fn(() => of(contract({ status: 'returned', version: 3 }))),
    };
    TestBed.configureTestingModule({ providers: [ContractStore, { provide: SuppliersApi, useValue: api }] });
  });

  it('after a transition reloads the contract, so the timeline and the allowed actions are the server’s', async () => {
    const store = TestBed.inject(ContractStore);
    await store.load(5);
    api['contract'].mockReturnValue(of(contract({ status: 'returned', version: 3, allowedActions: [] })));
    await store.transition({ action: 'return', comment: '账期过长' });
    expect(api['transition']).toHaveBeenCalledWith(5, { action: 'return', comment: '账期过长' });
    expect(store.contract()?.status).toBe('returned');
    expect(store.contract()?.allowedActions).toEqual([]);
  });

  it('a refused transition (409) keeps the contract as it was and exposes the error for the page', async () => {
    const store = TestBed.inject(ContractStore);
    await store.load(5);
    const body: ApiError = { statusCode: 409, error: 'Conflict', message: 'A signed contract does not allow approve; allowed: archive, terminate', details: [] };
    api['transition'].mockReturnValue(throwError(() => new HttpErrorResponse({ status: 409, error: body })));
    await expect(store.transition({ action: 'approve' })).rejects.toMatchObject({ statusCode: 409 });
    expect(store.contract()?.status).toBe('submitted');
    expect(store.saveError()?.statusCode).toBe(409);
  });
});

describe('SuppliersHomeStore', () => {
  it('asks for the buyer’s own drafts and returned contracts only when told to, returned first', async () => {
    const contracts = jest.fn((q: { status?: string; mine?: boolean }) =>
      of(page(q.mine ? [contract({ id: q.status === 'draft' ? 1 : 2, status: q.status as ContractResponse['status'] })] : [])),
    );
    TestBed.configureTestingModule({ providers: [SuppliersHomeStore, { provide: SuppliersApi, useValue: { contracts, licences: () => of(page([])) } }] });
    const home = TestBed.inject(SuppliersHomeStore);
    await home.load(true);
    expect(home.mine().map((c) => c.status)).toEqual(['returned', 'draft']);
    contracts.mockClear();
    await home.load(false);
    expect(contracts.mock.calls.some(([q]) => q.mine)).toBe(false);
    expect(home.mine()).toEqual([]);
  });
});
