import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { ApiError, ContractResponse } from '@storeops/shared/contracts';
import { of, throwError } from 'rxjs';
import { SuppliersApi } from './suppliers-api';
import { ContractStore, SupplierStore, SuppliersHomeStore } from './suppliers.stores';

const contract = (patch: Partial<ContractResponse> = {}): ContractResponse => ({
  id: 5,
  number: 'HT20260001',
  supplierId: 1,
  supplierCode: 'SUP001',
  supplierName: '华润食品有限公司',
  kind: 'annual',
  title: '年度供货合同',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  paymentDays: 60,
  rebateRate: 2,
  amount: 120_000_000,
  storeScope: 'stores',
  regionId: null,
  storeIds: [1],
  overlaps: [],
  signedAt: null,
  signatory: null,
  scanAttachmentId: null,
  clauses: [],
  status: 'submitted',
  revision: 1,
  returnCount: 0,
  createdBy: 'buyer',
  createdByName: '采购 王磊',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 2,
  daysToEnd: 300,
  renewalDue: false,
  allowedActions: ['return', 'approve'],
  timeline: [],
  attachments: [],
  ...patch,
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
    const body: ApiError = {
      statusCode: 409,
      error: 'Conflict',
      message: 'A signed contract does not allow approve; allowed: archive, terminate',
      details: [],
    };
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
    TestBed.configureTestingModule({
      providers: [SuppliersHomeStore, { provide: SuppliersApi, useValue: { contracts, licences: () => of(page([])) } }],
    });
    const home = TestBed.inject(SuppliersHomeStore);
    await home.load(true);
    expect(home.mine().map((c) => c.status)).toEqual(['returned', 'draft']);
    contracts.mockClear();
    await home.load(false);
    expect(contracts.mock.calls.some(([q]) => q.mine)).toBe(false);
    expect(home.mine()).toEqual([]);
  });
});

describe('ContractStore.closeFollowUp', () => {
  it('reloads the clause checks also when the close is refused (409), so the page shows who closed it first', async () => {
    const conflict: ApiError = {
      statusCode: 409,
      error: 'Conflict',
      message: 'Conflict',
      details: [{ field: 'followUpStatus', problem: 'the follow-up is already closed (by office at …)' }],
    };
    const api = {
      contract: jest.fn(() => of(contract({ status: 'signed' }))),
      revisions: jest.fn(() => of([])),
      clauseChecks: jest.fn(() => of([])),
      closeFollowUp: jest.fn(() => throwError(() => new HttpErrorResponse({ status: 409, error: conflict }))),
    };
    TestBed.configureTestingModule({ providers: [ContractStore, { provide: SuppliersApi, useValue: api }] });
    const store = TestBed.inject(ContractStore);
    await store.load(5);
    api.clauseChecks.mockClear();
    await expect(store.closeFollowUp(3, '已处理')).rejects.toMatchObject({ statusCode: 409 });
    expect(api.closeFollowUp).toHaveBeenCalledWith(5, 3, { note: '已处理' });
    expect(api.clauseChecks).toHaveBeenCalledTimes(1);
  });
});

describe('SupplierStore licences', () => {
  it('a new licence belongs to the loaded supplier; after it and after a scan the licences are reloaded', async () => {
    const supplier = {
      id: 7,
      code: 'SUP007',
      name: '测试',
      creditCode: '91350100M000100Y43',
      categoryIds: [],
      contacts: [],
      status: 'active',
      statusReason: null,
      statusChangedBy: null,
      statusChangedByName: null,
      statusChangedAt: null,
      version: 1,
    };
    const licence = { id: 11, hasFile: false };
    const api = {
      supplier: jest.fn(() => of(supplier)),
      licences: jest.fn(() => of({ items: [licence], total: 1, page: 1, pageSize: 100 })),
      supplierScorecards: jest.fn(() => of([])),
      contracts: jest.fn(() => of({ items: [], total: 0, page: 1, pageSize: 100 })),
      createLicence: jest.fn(() => of(licence)),
      uploadLicenceFile: jest.fn(() => of({ ...licence, hasFile: true })),
    };
    TestBed.configureTestingModule({ providers: [SupplierStore, { provide: SuppliersApi, useValue: api }] });
    const store = TestBed.inject(SupplierStore);
    await store.load(7);
    await store.createLicence({ type: '营业执照', number: 'L-1', validFrom: '2026-01-01', validTo: '2027-01-01' });
    expect(api.createLicence).toHaveBeenCalledWith({
      type: '营业执照',
      number: 'L-1',
      validFrom: '2026-01-01',
      validTo: '2027-01-01',
      ownerKind: 'supplier',
      supplierId: 7,
    });
    api.licences.mockReturnValue(of({ items: [{ ...licence, hasFile: true }], total: 1, page: 1, pageSize: 100 }));
    const file = new File(['%PDF-1.4'], 'scan.pdf');
    await store.uploadLicenceFile(11, file);
    expect(api.uploadLicenceFile).toHaveBeenCalledWith(11, file);
    expect(api.licences).toHaveBeenCalledTimes(3);
    expect(store.licences()).toEqual([{ ...licence, hasFile: true }]);
  });
});

describe('SupplierStore update', () => {
  it('PATCHes the loaded supplier with the version and keeps the answer; a 409 rejects and leaves the supplier as it was', async () => {
    const supplier = {
      id: 7,
      code: 'SUP007',
      name: '测试',
      creditCode: '91350100M000100Y43',
      categoryIds: [],
      contacts: [],
      status: 'active',
      statusReason: null,
      statusChangedBy: null,
      statusChangedByName: null,
      statusChangedAt: null,
      version: 1,
    };
    const conflict: ApiError = {
      statusCode: 409,
      error: 'Conflict',
      message: 'The record was changed by someone else; reload and try again',
      details: [{ field: 'version', problem: 'is 1, but the record is now at 2' }],
    };
    const api = {
      supplier: jest.fn(() => of(supplier)),
      licences: jest.fn(() => of({ items: [], total: 0, page: 1, pageSize: 100 })),
      supplierScorecards: jest.fn(() => of([])),
      contracts: jest.fn(() => of({ items: [], total: 0, page: 1, pageSize: 100 })),
      updateSupplier: jest.fn(() => of({ ...supplier, name: '新名称', version: 2 })),
    };
    TestBed.configureTestingModule({ providers: [SupplierStore, { provide: SuppliersApi, useValue: api }] });
    const store = TestBed.inject(SupplierStore);
    await store.load(7);
    const body = { version: 1, name: '新名称', contacts: [{ name: '张三', phone: '13800000000' }] };
    expect((await store.update(body)).version).toBe(2);
    expect(api.updateSupplier).toHaveBeenCalledWith(7, body);
    expect(store.supplier()?.name).toBe('新名称');
    api.updateSupplier.mockReturnValue(throwError(() => new HttpErrorResponse({ status: 409, error: conflict })) as never);
    await expect(store.update({ version: 1, name: '又一个' })).rejects.toMatchObject({ statusCode: 409 });
    expect(store.supplier()?.name).toBe('新名称');
  });
});
