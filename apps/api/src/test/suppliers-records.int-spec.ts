import { readdir } from 'node:fs/promises';
import { ALL_ROLES, ClauseCheckResponse, ContractResponse, LicenceResponse, Role } from '@storeops/shared/contracts';
import { ApiClient, DEMO_USERNAMES, idOf, startTestApp, TestApp } from './test-app';
import { clock } from '@storeops/api/core';

const day = (offset: number) => new Date(clock.ms() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const PDF = Buffer.from('%PDF-1.4\n%licence scan\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('png body')]);
const storedFiles = async () => (await readdir(process.env['CONTRACT_FILE_DIR'] as string).catch(() => [] as string[])).length;

describe('licence scans and closing clause-check follow-ups over HTTP', () => {
  let t: TestApp;
  const as = new Map<Role, ApiClient>();
  let buyer: ApiClient;
  let office: ApiClient;
  let supplierId: number;

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of ALL_ROLES) as.set(role, await t.as(DEMO_USERNAMES[role]));
    buyer = as.get(Role.Buyer) as ApiClient;
    office = as.get(Role.AdminOffice) as ApiClient;
    supplierId = (await office.get('/api/suppliers?q=SUP001')).body.items[0].id;
  });
  afterAll(() => t.close());

  const newLicence = async (number: string): Promise<LicenceResponse> => {
    const res = await buyer.post('/api/licences', {
      ownerKind: 'supplier',
      supplierId,
      type: '营业执照',
      number,
      validFrom: day(-100),
      validTo: day(20),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ hasFile: false, fileName: null, alert: 'd30' });
    return res.body;
  };

  describe('POST/GET /api/licences/:id/file', () => {
    it('a buyer uploads a PDF scan; the licence says so and anyone of the area downloads the same bytes', async () => {
      const licence = await newLicence('LIC-SCAN-1');
      const up = await buyer.upload(`/api/licences/${licence.id}/file`, { name: '营业执照.pdf', content: PDF });
      expect(up.status).toBe(200);
      expect(up.body).toMatchObject({
        id: licence.id,
        hasFile: true,
        fileName: '营业执照.pdf',
        fileBytes: PDF.length,
        fileUploadedBy: 'buyer',
      });
      expect(typeof up.body.fileUploadedAt).toBe('string');

      const listed = (await office.get(`/api/licences?supplierId=${supplierId}&pageSize=100`)).body.items.find(
        (l: LicenceResponse) => l.id === licence.id,
      );
      expect(listed).toMatchObject({ hasFile: true, fileName: '营业执照.pdf' });

      for (const role of [Role.Director, Role.Admin, Role.AdminOffice, Role.Buyer]) {
        const res = await (as.get(role) as ApiClient).download(`/api/licences/${licence.id}/file`);
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toContain('application/pdf');
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['content-disposition']).toContain(encodeURIComponent('营业执照.pdf'));
        expect(Buffer.compare(res.body as Buffer, PDF)).toBe(0);
      }

      const audit = (await (as.get(Role.Admin) as ApiClient).get(`/api/audit?entity=licence&entityId=${licence.id}&action=update`)).body
        .items;
      expect(audit[0]).toMatchObject({
        actorUsername: 'buyer',
        before: { hasFile: false },
        after: { hasFile: true, fileName: '营业执照.pdf' },
      });
    });

    it('the office replaces the scan with a PNG; the download follows', async () => {
      const licence = await newLicence('LIC-SCAN-2');
      await buyer.upload(`/api/licences/${licence.id}/file`, { name: 'old.pdf', content: PDF });
      const up = await office.upload(`/api/licences/${licence.id}/file`, { name: 'scan.png', content: PNG });
      expect(up.status).toBe(200);
      expect(up.body).toMatchObject({ hasFile: true, fileName: 'scan.png', fileBytes: PNG.length, fileUploadedBy: 'office' });
      const res = await office.download(`/api/licences/${licence.id}/file`);
      expect(res.headers['content-type']).toContain('image/png');
      expect(Buffer.compare(res.body as Buffer, PNG)).toBe(0);
    });

    it('a text file named .pdf → 415, a missing file → 400 naming file; nothing is saved, on disk or on the licence', async () => {
      const licence = await newLicence('LIC-SCAN-3');
      const files = await storedFiles();
      const fake = await buyer.upload(`/api/licences/${licence.id}/file`, {
        name: 'evil.pdf',
        content: Buffer.from('<script>alert(1)</script>'),
      });
      expect(fake.status).toBe(415);
      expect((await buyer.send('post', `/api/licences/${licence.id}/file`, {})).status).toBe(415);
      const none = await buyer.form(`/api/licences/${licence.id}/file`, { note: 'no file' });
      expect(none.status).toBe(400);
      expect(none.body.details).toEqual([
        { field: 'file', code: 'contract.file_required', params: {}, problem: '请上传 PDF、JPEG 或 PNG 文件' },
      ]);
      expect(await storedFiles()).toBe(files);
      const after = (await office.get(`/api/licences?supplierId=${supplierId}&pageSize=100`)).body.items.find(
        (l: LicenceResponse) => l.id === licence.id,
      );
      expect(after).toMatchObject({ hasFile: false, fileName: null });
      expect((await office.get(`/api/licences/${licence.id}/file`)).status).toBe(404);
    });

    it('over 10 MB → 413; an unknown licence → 404 and nothing written', async () => {
      const licence = await newLicence('LIC-SCAN-4');
      const files = await storedFiles();
      const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
      expect((await buyer.upload(`/api/licences/${licence.id}/file`, { name: 'big.pdf', content: big })).status).toBe(413);
      expect((await buyer.upload('/api/licences/999999/file', { name: 'x.pdf', content: PDF })).status).toBe(404);
      expect(await storedFiles()).toBe(files);
    });

    it('a director or an admin cannot upload (403); a store manager, a specialist, an ops manager cannot download (403)', async () => {
      const licence = await newLicence('LIC-SCAN-5');
      await office.upload(`/api/licences/${licence.id}/file`, { name: 'scan.pdf', content: PDF });
      for (const role of [Role.Director, Role.Admin, Role.StoreManager]) {
        expect((await (as.get(role) as ApiClient).upload(`/api/licences/${licence.id}/file`, { name: 'x.pdf', content: PDF })).status).toBe(
          403,
        );
      }
      for (const role of [Role.StoreManager, Role.Specialist, Role.OpsManager]) {
        expect((await (as.get(role) as ApiClient).get(`/api/licences/${licence.id}/file`)).status).toBe(403);
      }
      const after = (await office.get(`/api/licences?supplierId=${supplierId}&pageSize=100`)).body.items.find(
        (l: LicenceResponse) => l.id === licence.id,
      );
      expect(after).toMatchObject({ fileName: 'scan.pdf', fileUploadedBy: 'office' });
    });
  });

  describe('POST /api/contracts/:id/clause-checks/:checkId/follow-up/close', () => {
    let contract: ContractResponse;
    const used = new Set<string>();

    /** A signed contract of our own, in force since last year with four clauses: months enough to check. */
    beforeAll(async () => {
      const storeId = await idOf(t, 'store', 'code', 'BJ001');
      const body = {
        supplierId,
        kind: 'annual',
        title: '跟进关闭测试',
        startDate: day(-330),
        endDate: day(35),
        paymentDays: 30,
        rebateRate: 1,
        amount: 50_000_000,
        storeIds: [storeId],
        clauses: [
          { text: '到货率', commitment: '≥ 95 %' },
          { text: '退货处理', commitment: '48 小时内' },
          { text: '价格保护', commitment: '90 天' },
          { text: '票据', commitment: '月结 5 日前' },
        ],
      };
      const draft = await buyer.post('/api/contracts', body);
      expect(draft.status).toBe(201);
      expect((await buyer.post(`/api/contracts/${draft.body.id}/transitions`, { action: 'submit' })).status).toBe(200);
      const checklist = { qualification: true, price: true, paymentDays: true, rebate: true, liability: true };
      expect((await office.post(`/api/contracts/${draft.body.id}/transitions`, { action: 'approve', checklist })).status).toBe(200);
      const scan = await office.upload(`/api/contracts/${draft.body.id}/attachments`, { name: 'scan.png', content: PNG });
      expect(scan.status).toBe(201);
      const signed = await office.post(`/api/contracts/${draft.body.id}/transitions`, {
        action: 'sign',
        signedAt: day(-1),
        signatory: '李总',
        scanAttachmentId: scan.body.id,
      });
      expect(signed.body.status).toBe('signed');
      contract = signed.body;
    });

    /** A clause and month of the contract's term not yet checked. */
    function freeSlot(): { clauseId: number; period: string } {
      for (
        let d = new Date(`${day(0).slice(0, 7)}-01T00:00:00Z`);
        d.toISOString().slice(0, 7) >= contract.startDate.slice(0, 7);
        d.setUTCMonth(d.getUTCMonth() - 1)
      ) {
        const period = d.toISOString().slice(0, 7);
        for (const clause of contract.clauses) {
          if (!used.has(`${clause.id}/${period}`)) {
            used.add(`${clause.id}/${period}`);
            return { clauseId: clause.id, period };
          }
        }
      }
      throw new Error('no unchecked clause and month left');
    }

    const breach = async (): Promise<ClauseCheckResponse> => {
      const res = await office.post(`/api/contracts/${contract.id}/clause-checks`, {
        ...freeSlot(),
        result: 'breached',
        evidence: '到货单',
        note: '到货率 90 %',
      });
      expect(res.status).toBe(201);
      return res.body;
    };
    const close = (client: ApiClient, checkId: number, body: object = { note: '已约谈供应商，补货完成' }) =>
      client.post(`/api/contracts/${contract.id}/clause-checks/${checkId}/follow-up/close`, body);

    it('the owner (the buyer) closes it with a note; who and when are kept, on the list and in the audit log; closing twice → 409', async () => {
      const check = await breach();
      // The office recorded it and may close it; so may the buyer who owns it.
      expect(check).toMatchObject({ followUpStatus: 'open', followUpClosedBy: null, followUpClosable: true });
      const mine = ((await buyer.get(`/api/contracts/${contract.id}/clause-checks`)).body as ClauseCheckResponse[]).find(
        (k) => k.id === check.id,
      );
      expect(mine?.followUpClosable).toBe(true);

      const res = await close(buyer, check.id);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: check.id,
        followUpStatus: 'closed',
        followUpClosedBy: 'buyer',
        followUpCloseNote: '已约谈供应商，补货完成',
        followUpClosable: false,
      });
      expect(clock.ms() - Date.parse(res.body.followUpClosedAt)).toBeLessThan(60_000);

      const listed = ((await office.get(`/api/contracts/${contract.id}/clause-checks`)).body as ClauseCheckResponse[]).find(
        (k) => k.id === check.id,
      );
      expect(listed).toMatchObject({ followUpStatus: 'closed', followUpClosedBy: 'buyer', followUpClosable: false });
      const audit = (await (as.get(Role.Admin) as ApiClient).get(`/api/audit?entity=clause_check&entityId=${check.id}&action=update`)).body
        .items;
      expect(audit[0]).toMatchObject({ actorUsername: 'buyer', before: { followUpStatus: 'open' }, after: { followUpStatus: 'closed' } });

      for (const client of [buyer, office]) {
        const again = await close(client, check.id, { note: '再关一次' });
        expect(again.status).toBe(409);
        expect(again.body.details[0].field).toBe('followUpStatus');
        expect(again.body.details[0]).toMatchObject({ code: 'contract.follow_up_closed', params: { by: 'buyer' } });
        expect(again.body.details[0].problem).toContain('跟进已关闭（buyer');
      }
      const unchanged = ((await office.get(`/api/contracts/${contract.id}/clause-checks`)).body as ClauseCheckResponse[]).find(
        (k) => k.id === check.id,
      );
      expect(unchanged).toMatchObject({ followUpClosedBy: 'buyer', followUpCloseNote: '已约谈供应商，补货完成' });
    });

    it('综合管理处 closes a follow-up it does not own', async () => {
      const check = await breach();
      const res = await close(office, check.id, { note: '供应商已整改' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ followUpStatus: 'closed', followUpClosedBy: 'office' });
    });

    it('neither the owner nor the office → 403 (director, admin); outside the area → 403; nothing changes', async () => {
      const check = await breach();
      const director = await t.as('director');
      const directorId = await idOf(t, 'app_user', 'username', 'director');
      expect(check.followUpOwnerId).not.toBe(directorId);
      for (const role of [Role.Director, Role.Admin, Role.StoreManager, Role.Specialist, Role.OpsManager]) {
        expect(`${role} → ${(await close(as.get(role) as ApiClient, check.id)).status}`).toBe(`${role} → 403`);
      }
      const listed = ((await director.get(`/api/contracts/${contract.id}/clause-checks`)).body as ClauseCheckResponse[]).find(
        (k) => k.id === check.id,
      );
      expect(listed).toMatchObject({ followUpStatus: 'open', followUpClosedBy: null, followUpClosable: false });
    });

    it('a follow-up owned by the director is closed by the director; the buyer then gets 403', async () => {
      const directorId = await idOf(t, 'app_user', 'username', 'director');
      const res = await office.post(`/api/contracts/${contract.id}/clause-checks`, {
        ...freeSlot(),
        result: 'breached',
        note: '违约',
        followUpOwnerId: directorId,
      });
      expect(res.status).toBe(201);
      expect((await close(buyer, res.body.id)).status).toBe(403);
      expect((await close(as.get(Role.Director) as ApiClient, res.body.id)).status).toBe(200);
    });

    it("an empty note → 400 naming note; a met check has no follow-up → 409; another contract's check or an unknown one → 404", async () => {
      const check = await breach();
      const empty = await close(buyer, check.id, { note: '  ' });
      expect(empty.status).toBe(400);
      expect(empty.body.details.map((d: { field: string }) => d.field)).toContain('note');
      expect((await close(buyer, check.id, {})).status).toBe(400);

      const met = await office.post(`/api/contracts/${contract.id}/clause-checks`, { ...freeSlot(), result: 'met' });
      expect(met.status).toBe(201);
      const noFollowUp = await close(office, met.body.id);
      expect(noFollowUp.status).toBe(409);
      expect(noFollowUp.body.details[0].field).toBe('followUpStatus');

      const [other] = (await office.get('/api/contracts?status=archived&pageSize=1')).body.items;
      expect(other.id).not.toBe(contract.id);
      expect((await office.post(`/api/contracts/${other.id}/clause-checks/${check.id}/follow-up/close`, { note: 'x' })).status).toBe(404);
      expect((await close(office, 999_999)).status).toBe(404);
      const listed = ((await office.get(`/api/contracts/${contract.id}/clause-checks`)).body as ClauseCheckResponse[]).find(
        (k) => k.id === check.id,
      );
      expect(listed?.followUpStatus).toBe('open');
    });
  });
});
