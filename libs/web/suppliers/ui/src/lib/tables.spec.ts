import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ContractResponse, LicenceResponse } from '@storeops/shared/contracts';
import { ContractTable } from './contract-table';
import { LicenceFilePick, LicenceTable } from './licence-table';

const contract = (over: Partial<ContractResponse>): ContractResponse => ({
  id: 1,
  number: 'HT-2026-001',
  supplierId: 3,
  supplierCode: 'S003',
  supplierName: '华润饮料',
  kind: 'annual',
  title: '2026 年度购销合同',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  paymentDays: 30,
  rebateRate: 0.02,
  amount: null,
  storeScope: 'all',
  regionId: null,
  storeIds: [],
  clauses: [],
  status: 'signed',
  revision: 1,
  returnCount: 0,
  createdBy: 'buyer',
  createdByName: '采购员',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
  daysToEnd: 30,
  renewalDue: false,
  allowedActions: [],
  overlaps: [],
  signedAt: null,
  signatory: null,
  scanAttachmentId: null,
  ...over,
});

const licence = (over: Partial<LicenceResponse>): LicenceResponse => ({
  id: 5,
  ownerKind: 'store',
  supplierId: null,
  storeId: 2,
  ownerName: '人民路店',
  type: '食品经营许可证',
  number: 'JY13101000001',
  validFrom: '2022-01-01',
  validTo: '2026-12-20',
  daysLeft: 5,
  alert: 'd7',
  createdBy: 'office',
  createdByName: '综合管理处',
  hasFile: false,
  fileName: null,
  fileBytes: null,
  fileUploadedBy: null,
  fileUploadedByName: null,
  fileUploadedAt: null,
  replacedById: null,
  replacedAt: null,
  replacesId: null,
  ...over,
});

beforeEach(() => {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
});

describe('ContractTable', () => {
  it('shows each contract with its status word, kind, term and the renewal flag only when due', async () => {
    const fixture = TestBed.createComponent(ContractTable);
    fixture.componentRef.setInput('contracts', [
      contract({ id: 1 }),
      contract({ id: 2, number: 'HT-2026-002', renewalDue: true, daysToEnd: 12, returnCount: 2, status: 'returned' }),
    ]);
    await fixture.whenStable();
    const rows = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid=contract-row]'));
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelector('[data-testid=contract-open]')?.getAttribute('href')).toBe('/suppliers/contracts/1');
    expect(rows[0].querySelector('[data-testid=renewal-flag]')).toBeNull();
    expect(rows[0].querySelector('[data-testid=contract-status]')?.className).toContain('st-signed');
    expect(rows[0].textContent).toContain('年度');
    const flag = rows[1].querySelector('[data-testid=renewal-flag]');
    expect(flag?.textContent).toContain('剩 12 天');
    expect(rows[1].textContent).toContain('2');
    expect(rows[1].querySelector('[data-testid=contract-status]')?.className).toContain('st-returned');
  });
});

describe('LicenceTable', () => {
  it('colours the alert, counts the days, and offers upload and 换证 only to who may write', async () => {
    const fixture = TestBed.createComponent(LicenceTable);
    fixture.componentRef.setInput('licences', [
      licence({}),
      licence({ id: 6, daysLeft: -3, alert: 'expired', hasFile: true, fileName: 'a.pdf' }),
    ]);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const rows = Array.from(el.querySelectorAll('[data-testid=licence-row]'));
    expect(rows.map((r) => r.getAttribute('data-alert'))).toEqual(['d7', 'expired']);
    expect(rows[0].querySelector('[data-testid=licence-days]')?.textContent?.trim()).toBe('剩 5 天');
    expect(rows[1].querySelector('[data-testid=licence-days]')?.textContent?.trim()).toBe('已过期 3 天');
    expect(rows[1].querySelector('[data-testid=licence-download]')?.getAttribute('href')).toBe('/api/licences/6/file');
    expect(el.querySelector('[data-testid=licence-upload]')).toBeNull();
    expect(el.querySelector('[data-testid=licence-renew]')).toBeNull();

    fixture.componentRef.setInput('canWrite', true);
    await fixture.whenStable();
    const picks: LicenceFilePick[] = [];
    fixture.componentInstance.upload.subscribe((p) => picks.push(p));
    const upload = el.querySelector('[data-testid=licence-upload]') as HTMLInputElement;
    expect(upload.accept).toBe('application/pdf,image/jpeg,image/png');
    const file = new File(['x'], 'scan.pdf', { type: 'application/pdf' });
    Object.defineProperty(upload, 'files', { value: [file] });
    upload.dispatchEvent(new Event('change'));
    expect(picks).toEqual([{ licence: expect.objectContaining({ id: 5 }), file }]);
    expect(el.querySelectorAll('[data-testid=licence-renew]')).toHaveLength(2);
  });
});
