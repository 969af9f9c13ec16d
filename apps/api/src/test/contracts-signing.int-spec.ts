import { clock } from '@storeops/api/core';
import { StoreEntity } from '@storeops/api/org';
import { ContractEntity, LicenceEntity } from '@storeops/api/suppliers';
import { ContractResponse, LicenceResponse, SupplierResponse } from '@storeops/shared/contracts';
import { ApiClient, idOf, startTestApp, TestApp } from './test-app';

const CHECKLIST = { qualification: true, price: true, paymentDays: true, rebate: true, liability: true };
const day = (offset: number) => new Date(clock.ms() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const PDF = Buffer.from('%PDF-1.4\n%stamped scan\n');

/** Issue 12 §6: signing with date, signatory and scan; 合同金额; coverage; overlaps; return reason; licence renewal and the flag. */
describe('contracts: signing, amount, coverage, overlaps; licences: renew and the expired flag', () => {
  let t: TestApp;
  let buyer: ApiClient;
  let office: ApiClient;
  let supplierId: number;
  let bj001: number;
  let eastId: number;
  let eastStores: number[];
  let allStores: number[];

  beforeAll(async () => {
    t = await startTestApp();
    buyer = await t.as('buyer');
    office = await t.as('office');
    bj001 = await idOf(t, 'store', 'code', 'BJ001');
    eastId = await idOf(t, 'region', 'code', 'EAST');
    const stores = await t.db.getRepository(StoreEntity).find({ order: { id: 'ASC' } });
    allStores = stores.map((s) => s.id);
    eastStores = stores.filter((s) => s.regionId === eastId).map((s) => s.id);
    expect(eastStores.length).toBeGreaterThan(0);
    const created = await buyer.post('/api/suppliers', {
      code: 'T-SIGN-1',
      name: '签订测试供应商',
      creditCode: '91350100M000100Y43',
      categoryIds: [],
    });
    expect(created.status).toBe(201);
    supplierId = created.body.id;
  });
  afterAll(() => t.close());

  const body = (over: Record<string, unknown> = {}) => ({
    supplierId,
    kind: 'annual',
    title: '年度供货合同 签订测试',
    startDate: day(10),
    endDate: day(375),
    paymentDays: 45,
    rebateRate: 2,
    amount: 3_500_000_00,
    storeIds: [bj001],
    clauses: [{ text: '到货率', commitment: '≥ 95 %' }],
    ...over,
  });

  /** A contract of `over` taken to approved (no overlaps expected unless `reviewed`). */
  async function approved(over: Record<string, unknown> = {}, reviewed = false): Promise<ContractResponse> {
    const draft = await buyer.post('/api/contracts', body(over));
    expect([draft.status, draft.body.details]).toEqual([201, undefined]);
    expect((await buyer.post(`/api/contracts/${draft.body.id}/transitions`, { action: 'submit' })).status).toBe(200);
    const checklist = reviewed ? { ...CHECKLIST, overlapsReviewed: true } : CHECKLIST;
    const res = await office.post(`/api/contracts/${draft.body.id}/transitions`, { action: 'approve', checklist });
    expect([res.status, res.body.details]).toEqual([200, undefined]);
    return res.body;
  }

  describe('sign records the day, the signatory and the stamped scan', () => {
    it('each missing field → 400 naming it (code required, Chinese problem); nothing changes', async () => {
      const c = await approved({ kind: 'promotion', storeIds: [bj001], startDate: day(400), endDate: day(430) });
      const none = await office.post(`/api/contracts/${c.id}/transitions`, { action: 'sign' });
      expect(none.status).toBe(400);
      expect(none.body.details.map((d: { field: string; code: string }) => `${d.field}:${d.code}`)).toEqual([
        'signedAt:contract.sign_field_required',
        'signatory:contract.sign_field_required',
        'scanAttachmentId:contract.sign_field_required',
      ]);
      expect(none.body.details[1].problem).toBe('登记签订须填写签订人');
      const scan = await office.upload(`/api/contracts/${c.id}/attachments`, { name: '盖章.pdf', content: PDF });
      const noSignatory = await office.post(`/api/contracts/${c.id}/transitions`, {
        action: 'sign',
        signedAt: day(0),
        scanAttachmentId: scan.body.id,
      });
      expect(noSignatory.status).toBe(400);
      expect(noSignatory.body.details.map((d: { field: string }) => d.field)).toEqual(['signatory']);
      expect((await office.get(`/api/contracts/${c.id}`)).body).toMatchObject({ status: 'approved', signedAt: null, version: c.version });
    });

    it("another contract's attachment → 400 on scanAttachmentId; a future day → 400 on signedAt; the right scan signs", async () => {
      const c = await approved({ kind: 'promotion', storeIds: [bj001], startDate: day(500), endDate: day(530) });
      const other = (await buyer.post('/api/contracts', body({ title: '别的合同', startDate: day(600), endDate: day(630) }))).body;
      const foreign = await buyer.upload(`/api/contracts/${other.id}/attachments`, { name: 'x.pdf', content: PDF });
      expect(foreign.status).toBe(201);
      const wrong = await office.post(`/api/contracts/${c.id}/transitions`, {
        action: 'sign',
        signedAt: day(0),
        signatory: '王总',
        scanAttachmentId: foreign.body.id,
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.details).toEqual([expect.objectContaining({ field: 'scanAttachmentId', code: 'contract.scan_not_attachment' })]);

      const scan = await office.upload(`/api/contracts/${c.id}/attachments`, { name: '盖章.pdf', content: PDF });
      const future = await office.post(`/api/contracts/${c.id}/transitions`, {
        action: 'sign',
        signedAt: day(1),
        signatory: '王总',
        scanAttachmentId: scan.body.id,
      });
      expect(future.status).toBe(400);
      expect(future.body.details[0]).toMatchObject({ field: 'signedAt', code: 'contract.signed_in_future' });

      const signed = await office.post(`/api/contracts/${c.id}/transitions`, {
        action: 'sign',
        signedAt: day(-2),
        signatory: '王总',
        scanAttachmentId: scan.body.id,
      });
      expect(signed.status).toBe(200);
      expect(signed.body).toMatchObject({ status: 'signed', signedAt: day(-2), signatory: '王总', scanAttachmentId: scan.body.id });
      expect((await office.get(`/api/contracts/${c.id}`)).body).toMatchObject({ signatory: '王总', scanAttachmentId: scan.body.id });
    });

    it('signing fields with another action → 400 (only with sign)', async () => {
      const draft = (await buyer.post('/api/contracts', body({ startDate: day(700), endDate: day(730) }))).body;
      const res = await buyer.post(`/api/contracts/${draft.id}/transitions`, { action: 'submit', signatory: '王总' });
      expect(res.status).toBe(400);
      expect(res.body.details[0]).toMatchObject({ field: 'signatory', code: 'contract.only_with_sign' });
    });
  });

  describe('合同金额 (amount, 分)', () => {
    it.each<[string, unknown]>([
      ['missing', undefined],
      ['negative', -1],
      ['a fraction of a fen', 100.5],
      ['text', '100'],
    ])('%s → 400 naming amount', async (_name, amount) => {
      const res = await buyer.post('/api/contracts', { ...body(), amount });
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain('amount');
    });

    it('whole 分 are kept and edited; the revision diff names the amount', async () => {
      const draft = (await buyer.post('/api/contracts', body({ amount: 0, startDate: day(800), endDate: day(830) }))).body;
      expect(draft.amount).toBe(0);
      await buyer.post(`/api/contracts/${draft.id}/transitions`, { action: 'submit' });
      await office.post(`/api/contracts/${draft.id}/transitions`, { action: 'return', comment: '请补充合同金额' });
      const current = (await buyer.get(`/api/contracts/${draft.id}`)).body;
      const edited = await buyer.patch(`/api/contracts/${draft.id}`, { version: current.version, amount: 12_345_678_901 });
      expect(edited.body.amount).toBe(12_345_678_901);
      await buyer.post(`/api/contracts/${draft.id}/transitions`, { action: 'submit' });
      const revisions = (await office.get(`/api/contracts/${draft.id}/revisions`)).body;
      expect(revisions[1].changes).toEqual([{ field: 'amount', before: '0', after: '12345678901' }]);
    });
  });

  describe('coverage: all stores, a region, chosen stores', () => {
    it('all → every store; region → the region’s stores; stores → the chosen ones (the response names the scope)', async () => {
      const all = (await buyer.post('/api/contracts', body({ kind: 'new_store', storeScope: 'all', storeIds: [] }))).body;
      expect(all).toMatchObject({ storeScope: 'all', regionId: null, storeIds: allStores });
      const region = (await buyer.post('/api/contracts', body({ kind: 'new_store', storeScope: 'region', regionId: eastId, storeIds: [] })))
        .body;
      expect(region).toMatchObject({ storeScope: 'region', regionId: eastId, storeIds: eastStores });
      const chosen = (await buyer.post('/api/contracts', body({ kind: 'new_store', storeIds: [bj001, bj001] }))).body;
      expect(chosen).toMatchObject({ storeScope: 'stores', regionId: null, storeIds: [bj001] });
      const listed = (await office.get(`/api/contracts?supplierId=${supplierId}&kind=new_store&pageSize=100`)).body
        .items as ContractResponse[];
      expect(listed.find((c) => c.id === region.id)?.storeIds).toEqual(eastStores);
    });

    it('region without regionId → 400; an unknown region → 400; regionId with another scope → 400', async () => {
      const missing = await buyer.post('/api/contracts', body({ storeScope: 'region' }));
      expect([missing.status, missing.body.details[0].field, missing.body.details[0].code]).toEqual([
        400,
        'regionId',
        'contract.region_required',
      ]);
      const unknown = await buyer.post('/api/contracts', body({ storeScope: 'region', regionId: 999_999 }));
      expect([unknown.status, unknown.body.details[0].code]).toEqual([400, 'region.missing']);
      const stray = await buyer.post('/api/contracts', body({ storeScope: 'all', regionId: eastId }));
      expect([stray.status, stray.body.details[0].code]).toEqual([400, 'contract.only_with_region']);
      expect((await buyer.post('/api/contracts', body({ storeScope: 'everywhere' }))).status).toBe(400);
    });

    it('an edit from chosen stores to a region drops the chosen ones', async () => {
      const draft = (await buyer.post('/api/contracts', body({ kind: 'new_store', startDate: day(900), endDate: day(930) }))).body;
      const edited = await buyer.patch(`/api/contracts/${draft.id}`, { version: draft.version, storeScope: 'region', regionId: eastId });
      expect(edited.body).toMatchObject({ storeScope: 'region', regionId: eastId, storeIds: eastStores });
      const row = await t.db.getRepository(ContractEntity).findOneByOrFail({ id: draft.id });
      expect(row.storeIds).toEqual([]);
    });
  });

  describe('overlaps (重叠合同)', () => {
    let overlapSupplier: number;
    beforeAll(async () => {
      overlapSupplier = (
        await buyer.post('/api/suppliers', { code: 'T-OVL', name: '重叠测试', creditCode: '9144030071526726XG', categoryIds: [] })
      ).body.id;
    });
    const ob = (over: Record<string, unknown>) => body({ supplierId: overlapSupplier, ...over });

    it('same supplier and kind, overlapping term and a shared store (also through a region) → named on both; others are not', async () => {
      const first = (await buyer.post('/api/contracts', ob({ startDate: day(10), endDate: day(200) }))).body;
      expect(first.overlaps).toEqual([]);
      const byRegion = (
        await buyer.post(
          '/api/contracts',
          ob({ storeScope: 'region', regionId: eastId, storeIds: [], startDate: day(100), endDate: day(300) }),
        )
      ).body;
      const shares = eastStores.includes(bj001);
      const second = (await buyer.post('/api/contracts', ob({ startDate: day(150), endDate: day(400) }))).body;
      // Not overlapping: another kind; a term after the others.
      const otherKind = (await buyer.post('/api/contracts', ob({ kind: 'promotion', startDate: day(150), endDate: day(160) }))).body;
      const later = (await buyer.post('/api/contracts', ob({ startDate: day(401), endDate: day(500) }))).body;
      expect(otherKind.overlaps).toEqual([]);
      expect(later.overlaps).toEqual([]);
      const expectedFirst = [...(shares ? [byRegion] : []), second]
        .map((c) => ({ id: c.id, number: c.number }))
        .sort((a, b) => a.number.localeCompare(b.number));
      expect((await office.get(`/api/contracts/${first.id}`)).body.overlaps).toEqual(expectedFirst);
      expect(second.overlaps.map((o: { id: number }) => o.id).sort()).toEqual([first.id, ...(shares ? [byRegion.id] : [])].sort());
    });

    it('approving with overlaps asks for overlapsReviewed (400 naming the contracts); ticked, it approves; terminated ones drop out', async () => {
      const a = await approved({ supplierId: overlapSupplier, kind: 'promotion', startDate: day(600), endDate: day(650) });
      const b = (await buyer.post('/api/contracts', ob({ kind: 'promotion', startDate: day(640), endDate: day(700) }))).body;
      expect(b.overlaps).toEqual([{ id: a.id, number: a.number }]);
      await buyer.post(`/api/contracts/${b.id}/transitions`, { action: 'submit' });
      const unreviewed = await office.post(`/api/contracts/${b.id}/transitions`, { action: 'approve', checklist: CHECKLIST });
      expect(unreviewed.status).toBe(400);
      expect(unreviewed.body.details[0]).toMatchObject({
        field: 'checklist.overlapsReviewed',
        code: 'contract.overlaps_not_reviewed',
        params: { contracts: a.number },
      });
      const ok = await office.post(`/api/contracts/${b.id}/transitions`, {
        action: 'approve',
        checklist: { ...CHECKLIST, overlapsReviewed: true },
      });
      expect(ok.status).toBe(200);
      await t.db.getRepository(ContractEntity).update({ id: a.id }, { status: 'terminated' });
      expect((await office.get(`/api/contracts/${b.id}`)).body.overlaps).toEqual([]);
    });
  });

  describe('the return reason', () => {
    it('stands on the returned contract (lastReturn) and stays while resubmitted; approval clears it', async () => {
      const draft = (await buyer.post('/api/contracts', body({ kind: 'promotion', startDate: day(1000), endDate: day(1030) }))).body;
      await buyer.post(`/api/contracts/${draft.id}/transitions`, { action: 'submit' });
      await office.post(`/api/contracts/${draft.id}/transitions`, { action: 'return', comment: '返利条款缺少结算周期' });
      const returned = (await buyer.get(`/api/contracts/${draft.id}`)).body;
      expect(returned.lastReturn).toMatchObject({ comment: '返利条款缺少结算周期', by: 'office', revision: 1 });
      await buyer.post(`/api/contracts/${draft.id}/transitions`, { action: 'submit' });
      expect((await office.get(`/api/contracts/${draft.id}`)).body.lastReturn.comment).toBe('返利条款缺少结算周期');
      await office.post(`/api/contracts/${draft.id}/transitions`, { action: 'approve', checklist: CHECKLIST });
      expect((await office.get(`/api/contracts/${draft.id}`)).body.lastReturn).toBeNull();
    });
  });

  describe('licences: renew (换证) and the expired-licence flag', () => {
    let flagSupplier: SupplierResponse;
    let expired: LicenceResponse;

    beforeAll(async () => {
      flagSupplier = (
        await buyer.post('/api/suppliers', { code: 'T-LIC', name: '证照测试', creditCode: '91110000600037341L', categoryIds: [] })
      ).body;
      expired = (
        await office.post('/api/licences', {
          ownerKind: 'supplier',
          supplierId: flagSupplier.id,
          type: '食品经营许可证',
          number: 'JY-OLD',
          validFrom: day(-400),
          validTo: day(-14),
        })
      ).body;
      expect(expired).toMatchObject({ daysLeft: -14, alert: 'expired' });
    });

    it('no live contract: not flagged; a signed contract makes the supplier flagged in list and detail, and ?flagged=true finds it', async () => {
      expect((await office.get(`/api/suppliers/${flagSupplier.id}`)).body).toMatchObject({
        expiredLicences: 1,
        liveContracts: 0,
        licenceFlag: false,
      });
      const c = await approved({ supplierId: flagSupplier.id, startDate: day(-30), endDate: day(300) });
      expect(c.status).toBe('approved');
      const detail = (await office.get(`/api/suppliers/${flagSupplier.id}`)).body;
      expect(detail).toMatchObject({ expiredLicences: 1, liveContracts: 1, licenceFlag: true });
      const list = (await office.get('/api/suppliers?q=T-LIC')).body.items;
      expect(list[0]).toMatchObject({ code: 'T-LIC', licenceFlag: true });
      const flagged = (await office.get('/api/suppliers?flagged=true&pageSize=100')).body.items as SupplierResponse[];
      expect(flagged.map((s) => s.code)).toContain('T-LIC');
      expect(flagged.every((s) => s.licenceFlag)).toBe(true);
    });

    it('renew: a new licence replaces the old one (history kept, no alert); the flag clears; renewing twice → 409', async () => {
      const tooEarly = await office.post(`/api/licences/${expired.id}/renew`, { number: 'JY-NEW', validFrom: day(-14), validTo: day(-20) });
      expect([tooEarly.status, tooEarly.body.details[0].field]).toEqual([400, 'validTo']);
      const notLater = await office.post(`/api/licences/${expired.id}/renew`, {
        number: 'JY-NEW',
        validFrom: day(-500),
        validTo: day(-14),
      });
      expect([notLater.status, notLater.body.details[0].code]).toEqual([400, 'licence.not_after_old']);
      expect(
        (await office.post(`/api/licences/${expired.id}/renew`, { number: 'JY-NEW', validFrom: day(-13), validTo: day(1000), x: 1 }))
          .status,
      ).toBe(400);

      const renewed = await office.post(`/api/licences/${expired.id}/renew`, { number: 'JY-NEW', validFrom: day(-13), validTo: day(1000) });
      expect(renewed.status).toBe(201);
      expect(renewed.body).toMatchObject({
        ownerKind: 'supplier',
        supplierId: flagSupplier.id,
        type: '食品经营许可证',
        number: 'JY-NEW',
        replacesId: expired.id,
        replacedById: null,
        alert: null,
      });
      const old = await t.db.getRepository(LicenceEntity).findOneByOrFail({ id: expired.id });
      expect(old).toMatchObject({ replacedById: renewed.body.id, replacedBy: 'office' });

      const current = (await office.get(`/api/licences?supplierId=${flagSupplier.id}`)).body.items as LicenceResponse[];
      expect(current.map((l) => l.number)).toEqual(['JY-NEW']);
      const history = (await office.get(`/api/licences?supplierId=${flagSupplier.id}&history=true`)).body.items as LicenceResponse[];
      expect(history.map((l) => l.number).sort()).toEqual(['JY-NEW', 'JY-OLD']);
      expect(history.find((l) => l.number === 'JY-OLD')).toMatchObject({ replacedById: renewed.body.id, alert: null });

      expect((await office.get(`/api/suppliers/${flagSupplier.id}`)).body).toMatchObject({ expiredLicences: 0, licenceFlag: false });
      const again = await office.post(`/api/licences/${expired.id}/renew`, { number: 'JY-3', validFrom: day(-13), validTo: day(1200) });
      expect([again.status, again.body.details[0].code]).toEqual([409, 'licence.already_renewed']);
      expect((await office.post('/api/licences/999999/renew', { number: 'X', validFrom: day(0), validTo: day(10) })).status).toBe(404);
    });
  });
});
