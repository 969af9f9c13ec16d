import { IsNull } from 'typeorm';
import { CategoryEntity, UserEntity } from '@storeops/api/org';
import { ContractAttachmentEntity, ContractClauseEntity, ContractEntity, ContractEventEntity } from '@storeops/api/suppliers';
import {
  ALL_ROLES,
  CONTRACT_ACTIONS,
  CONTRACT_STATUSES,
  ContractStatus,
  decideContractTransition,
  isValidCreditCode,
  Role,
} from '@storeops/shared/contracts';
import { ApiClient, DEMO_USERNAMES, idOf, startTestApp, TestApp } from './test-app';
import { clock } from '@storeops/api/core';

const CHECKLIST = { qualification: true, price: true, paymentDays: true, rebate: true, liability: true };
const day = (offset: number) => new Date(clock.ms() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

describe('suppliers and contracts over HTTP', () => {
  let t: TestApp;
  const as = new Map<Role, ApiClient>();
  let buyer: ApiClient;
  let office: ApiClient;
  let supplierId: number;
  let storeId: number;

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of ALL_ROLES) as.set(role, await t.as(DEMO_USERNAMES[role]));
    buyer = as.get(Role.Buyer) as ApiClient;
    office = as.get(Role.AdminOffice) as ApiClient;
    storeId = await idOf(t, 'store', 'code', 'BJ001');
    const created = await buyer.post('/api/suppliers', {
      code: 'T-SUP-1',
      name: '测试供应商',
      creditCode: '91350100M000100Y43',
      categoryIds: [],
    });
    expect(created.status).toBe(201);
    supplierId = created.body.id;
  });
  afterAll(() => t.close());

  const draftBody = (title = '年度供货合同 测试') => ({
    supplierId,
    kind: 'annual',
    title,
    startDate: day(10),
    endDate: day(375),
    paymentDays: 60,
    rebateRate: 2.5,
    amount: 120_000_000,
    storeIds: [storeId],
    clauses: [{ text: '到货率', commitment: '≥ 95 %' }],
  });

  describe('suppliers', () => {
    it('a real credit code is accepted; the supplier starts 引进中 (onboarding)', async () => {
      const res = await buyer.get(`/api/suppliers/${supplierId}`);
      expect(res.body).toMatchObject({ code: 'T-SUP-1', creditCode: '91350100M000100Y43', status: 'onboarding' });
    });

    it('a one-character corruption of the credit code → 400 naming creditCode and the expected check digit', async () => {
      const res = await buyer.post('/api/suppliers', {
        code: 'T-SUP-2',
        name: '坏代码',
        creditCode: '91110000600037341K',
        categoryIds: [],
      });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        {
          field: 'creditCode',
          code: 'supplier.credit_code_check',
          params: { actual: 'K', expected: 'L' },
          problem: '统一社会信用代码校验码为 K，应为 L',
        },
      ]);
      expect((await buyer.get('/api/suppliers?q=T-SUP-2')).body.total).toBe(0);
    });

    it('the same credit code twice → 409; an unknown field → 400', async () => {
      expect(
        (await buyer.post('/api/suppliers', { code: 'T-SUP-3', name: 'x', creditCode: '91350100M000100Y43', categoryIds: [] })).status,
      ).toBe(409);
      expect(
        (await buyer.post('/api/suppliers', { code: 'T-SUP-4', name: 'x', creditCode: '9144030071526726XG', categoryIds: [], rating: 5 }))
          .status,
      ).toBe(400);
    });

    it('eliminating needs a reason and records who decided; a stale version → 409', async () => {
      const s = (
        await buyer.post('/api/suppliers', { code: 'T-SUP-5', name: '淘汰测试', creditCode: '9144030071526726XG', categoryIds: [] })
      ).body;
      expect((await buyer.patch(`/api/suppliers/${s.id}`, { version: s.version, status: 'eliminated' })).status).toBe(400);
      const done = await buyer.patch(`/api/suppliers/${s.id}`, { version: s.version, status: 'eliminated', statusReason: '质量问题' });
      expect(done.body).toMatchObject({ status: 'eliminated', statusReason: '质量问题', statusChangedBy: 'buyer' });
      expect((await buyer.patch(`/api/suppliers/${s.id}`, { version: s.version, name: '旧版本' })).status).toBe(409);
    });

    it('the demo chain has 40 suppliers, every credit code valid', async () => {
      const res = await office.get('/api/suppliers?pageSize=100&q=SUP0');
      expect(res.body.total).toBe(40);
      expect(res.body.items.filter((s: { creditCode: string }) => !isValidCreditCode(s.creditCode))).toEqual([]);
    });
  });

  describe('editing a supplier', () => {
    it('the buyer edits name, credit code, categories and contacts with the version; a stale version → 409 and nothing changes', async () => {
      const categoryId = (await t.db.getRepository(CategoryEntity).findOneByOrFail({ parentId: IsNull() })).id;
      const s = (
        await buyer.post('/api/suppliers', {
          code: 'T-SUP-ED',
          name: '编辑前',
          creditCode: '91110000600037341L',
          categoryIds: [],
          contacts: [{ name: '张三', phone: '13800000000' }],
        })
      ).body;
      expect(s.contacts).toEqual([{ name: '张三', phone: '13800000000' }]);
      const contacts = [
        { name: '李四', phone: '021-12345678', role: '销售经理' },
        { name: '王五', phone: '13900000000' },
      ];
      const edited = await buyer.patch(`/api/suppliers/${s.id}`, {
        version: s.version,
        name: '编辑后',
        creditCode: '91330100MA2H3K4P53',
        categoryIds: [categoryId],
        contacts,
      });
      expect([edited.status, edited.body.details]).toEqual([200, undefined]);
      expect(edited.body).toMatchObject({
        name: '编辑后',
        creditCode: '91330100MA2H3K4P53',
        categoryIds: [categoryId],
        contacts,
        version: s.version + 1,
      });

      const stale = await buyer.patch(`/api/suppliers/${s.id}`, { version: s.version, name: '过期的修改', contacts: [] });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'record.changed', message: '记录已被他人修改，请刷新后重试' });
      expect(stale.body.details).toEqual([
        {
          field: 'version',
          code: 'record.version_stale',
          params: { expected: s.version, current: s.version + 1 },
          problem: `您看到的是第 ${s.version} 版，记录现在是第 ${s.version + 1} 版`,
        },
      ]);
      expect((await buyer.get(`/api/suppliers/${s.id}`)).body).toEqual(edited.body);

      expect((await buyer.patch(`/api/suppliers/${s.id}`, { version: edited.body.version, rating: 5 })).status).toBe(400);
      const badCode = await buyer.patch(`/api/suppliers/${s.id}`, { version: edited.body.version, creditCode: '91330100MA2H3K4P54' });
      expect(badCode.status).toBe(400);
      expect(badCode.body.details).toEqual([
        expect.objectContaining({ field: 'creditCode', code: 'supplier.credit_code_check', params: { actual: '4', expected: '3' } }),
      ]);
      expect((await buyer.get(`/api/suppliers/${s.id}`)).body).toEqual(edited.body);
    });
  });

  describe('the review workflow, end to end', () => {
    it('draft → submit → return (comment) → edit → resubmit (revision 2, diff) → approve → sign → archive, all on the timeline', async () => {
      const draft = await buyer.post('/api/contracts', draftBody());
      expect(draft.status).toBe(201);
      expect(draft.body).toMatchObject({ status: 'draft', revision: 1, allowedActions: ['submit'] });
      const id = draft.body.id;
      expect((await buyer.post(`/api/contracts/${id}/transitions`, { action: 'submit' })).body.status).toBe('submitted');

      const noComment = await office.post(`/api/contracts/${id}/transitions`, { action: 'return' });
      expect(noComment.status).toBe(400);
      expect(noComment.body.details[0].field).toBe('comment');
      expect((await office.post(`/api/contracts/${id}/transitions`, { action: 'return', comment: '账期过长' })).body.status).toBe(
        'returned',
      );

      const current = (await buyer.get(`/api/contracts/${id}`)).body;
      const edited = await buyer.patch(`/api/contracts/${id}`, {
        version: current.version,
        paymentDays: 45,
        clauses: [{ text: '到货率', commitment: '≥ 98 %' }],
      });
      expect(edited.status).toBe(200);
      const resubmitted = await buyer.post(`/api/contracts/${id}/transitions`, { action: 'submit', comment: '已调整账期' });
      expect(resubmitted.body).toMatchObject({ status: 'submitted', revision: 2, returnCount: 1 });

      const revisions = (await office.get(`/api/contracts/${id}/revisions`)).body;
      expect(revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
      expect(revisions[1].changes).toEqual([
        { field: 'paymentDays', before: '60', after: '45' },
        { field: 'clauses[1]', before: '到货率 | ≥ 95 %', after: '到货率 | ≥ 98 %' },
      ]);

      const unchecked = await office.post(`/api/contracts/${id}/transitions`, {
        action: 'approve',
        checklist: { ...CHECKLIST, liability: false },
      });
      expect(unchecked.status).toBe(400);
      expect(unchecked.body.details).toEqual([
        { field: 'checklist.liability', code: 'contract.checklist_unchecked', params: {}, problem: '审核通过前须勾选此项' },
      ]);
      expect((await office.post(`/api/contracts/${id}/transitions`, { action: 'approve', checklist: CHECKLIST })).body.status).toBe(
        'approved',
      );
      const scan = await office.upload(`/api/contracts/${id}/attachments`, { name: '盖章.pdf', content: Buffer.from('%PDF-1.4\n') });
      expect(scan.status).toBe(201);
      const signing = { signedAt: day(0), signatory: '张经理', scanAttachmentId: scan.body.id };
      expect((await office.post(`/api/contracts/${id}/transitions`, { action: 'sign', ...signing })).body).toMatchObject({
        status: 'signed',
        ...signing,
      });
      const archived = await office.post(`/api/contracts/${id}/transitions`, { action: 'archive', comment: '归档' });
      expect(archived.body.status).toBe('archived');

      const detail = (await as.get(Role.Director)?.get(`/api/contracts/${id}`))?.body;
      expect(
        detail.timeline.map(
          (e: { action: string; fromStatus: string | null; toStatus: string }) => `${e.action}:${e.fromStatus}→${e.toStatus}`,
        ),
      ).toEqual([
        'create:null→draft',
        'submit:draft→submitted',
        'return:submitted→returned',
        'submit:returned→submitted',
        'approve:submitted→approved',
        'sign:approved→signed',
        'archive:signed→archived',
      ]);
      expect(detail.timeline[2]).toMatchObject({ by: 'office', comment: '账期过长' });
      expect(detail.timeline[4].checklist).toEqual(CHECKLIST);
      expect(typeof detail.timeline[1].at).toBe('string');
    });

    it('an illegal state → 409 naming the allowed actions; a role that never acts → 403; nothing changes', async () => {
      const id = (await buyer.post('/api/contracts', draftBody())).body.id;
      const wrongState = await office.post(`/api/contracts/${id}/transitions`, { action: 'approve' });
      expect(wrongState.status).toBe(409);
      expect(wrongState.body).toMatchObject({ code: 'contract.wrong_state', message: '草稿状态的合同不能审核通过' });
      expect(wrongState.body.details).toEqual([
        expect.objectContaining({ field: 'action', code: 'contract.allowed_from', params: { status: 'draft', allowed: 'submit' } }),
      ]);
      const director = await as.get(Role.Director)?.post(`/api/contracts/${id}/transitions`, { action: 'submit' });
      expect(director?.status).toBe(403);
      expect((await buyer.get(`/api/contracts/${id}`)).body).toMatchObject({ status: 'draft', version: 1 });
    });
  });

  describe('every (state, action, role) triple over HTTP', () => {
    /** Each table contract's stamped scan, for sign. */
    const scans = new Map<number, number>();
    async function contractIn(status: ContractStatus): Promise<number> {
      const buyerId = await idOf(t, 'app_user', 'username', 'buyer');
      const now = clock.now();
      const saved = await t.db.getRepository(ContractEntity).save({
        number: `TT${Math.random().toString(36).slice(2, 12)}`,
        supplierId,
        kind: 'annual',
        title: `table ${status}`,
        startDate: day(-30),
        endDate: day(300),
        paymentDays: 30,
        rebateRate: 1,
        storeIds: [storeId],
        status,
        revision: 1,
        returnCount: 0,
        createdById: buyerId,
        createdBy: 'buyer',
        createdAt: now,
        updatedAt: now,
      });
      await t.db.getRepository(ContractClauseEntity).save({ contractId: saved.id, position: 1, text: '到货率', commitment: '≥ 95 %' });
      const scan = await t.db.getRepository(ContractAttachmentEntity).save({
        contractId: saved.id,
        fileName: 'scan.pdf',
        storedName: 'none.pdf',
        mimeType: 'application/pdf',
        bytes: 9,
        uploadedBy: 'office',
        uploadedAt: now,
      });
      scans.set(saved.id, scan.id);
      return saved.id;
    }

    const state = async (id: number) => {
      const c = await t.db.getRepository(ContractEntity).findOneByOrFail({ id });
      return { status: c.status, version: c.version, events: await t.db.getRepository(ContractEventEntity).countBy({ contractId: id }) };
    };

    it.each(CONTRACT_STATUSES.map((s) => [s]))(
      'from %s: allowed triples succeed, the rest get 403/409 and change nothing',
      async (status) => {
        const refusalTarget = await contractIn(status as ContractStatus);
        const outcomes: string[] = [];
        const expected: string[] = [];
        for (const action of CONTRACT_ACTIONS) {
          for (const role of ALL_ROLES) {
            const decision = decideContractTransition(status as ContractStatus, action, role);
            const id = decision.ok ? await contractIn(status as ContractStatus) : refusalTarget;
            const before = await state(id);
            const signing = action === 'sign' ? { signedAt: day(0), signatory: '签订人', scanAttachmentId: scans.get(id) } : {};
            const res = await (as.get(role) as ApiClient).post(`/api/contracts/${id}/transitions`, {
              action,
              comment: 'table test',
              // The table's contracts overlap one another (same supplier, kind, term and store).
              checklist: { ...CHECKLIST, overlapsReviewed: true },
              ...signing,
            });
            const after = await state(id);
            const tag = `${status} ${action} ${role}`;
            if (decision.ok) {
              expected.push(`${tag} → 200 ${decision.to} +1 event`);
              outcomes.push(`${tag} → ${res.status} ${after.status} +${after.events - before.events} event`);
            } else {
              // The route admits only buyer and office; others meet the guard's 403 before any rule.
              const code = role === Role.Buyer || role === Role.AdminOffice ? (decision as { status: number }).status : 403;
              expected.push(`${tag} → ${code} unchanged`);
              const unchanged = JSON.stringify(before) === JSON.stringify(after);
              outcomes.push(`${tag} → ${res.status} ${unchanged ? 'unchanged' : 'CHANGED'}`);
              if (res.status === 409)
                expect(res.body).toMatchObject({ code: 'contract.wrong_state', details: [{ code: 'contract.allowed_from' }] });
            }
          }
        }
        expect(outcomes).toEqual(expected);
      },
    );
  });

  describe('concurrent edits of one draft', () => {
    it('two edits with the same version: one succeeds, the other gets 409; a retry on the new version keeps both', async () => {
      const draft = (await buyer.post('/api/contracts', draftBody('并发测试'))).body;
      const [a, b] = await Promise.all([
        buyer.patch(`/api/contracts/${draft.id}`, { version: draft.version, title: '并发测试 A' }),
        buyer.patch(`/api/contracts/${draft.id}`, { version: draft.version, paymentDays: 30 }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      expect(loser.body.details[0].field).toBe('version');
      const now = (await buyer.get(`/api/contracts/${draft.id}`)).body;
      expect(now.version).toBe(draft.version + 1);
      const retry = a.status === 409 ? { title: '并发测试 A' } : { paymentDays: 30 };
      const merged = await buyer.patch(`/api/contracts/${draft.id}`, { version: now.version, ...retry });
      expect(merged.status).toBe(200);
      expect(merged.body).toMatchObject({ title: '并发测试 A', paymentDays: 30, version: draft.version + 2 });
    });

    it('only the drafting buyer edits, and only a draft or a returned contract', async () => {
      const draft = (await buyer.post('/api/contracts', draftBody())).body;
      await buyer.post(`/api/contracts/${draft.id}/transitions`, { action: 'submit' });
      const res = await buyer.patch(`/api/contracts/${draft.id}`, { version: draft.version + 1, title: 'x' });
      expect(res.status).toBe(409);
    });
  });

  describe('display names beside usernames', () => {
    let names: Map<string, string>;
    beforeAll(async () => {
      const users = await t.db.getRepository(UserEntity).find();
      names = new Map(users.map((u) => [u.username, u.displayName]));
      expect(names.get('buyer')).toBeTruthy();
      expect(names.get('buyer')).not.toBe('buyer');
    });

    it('supplier, contract list and detail, revisions, attachments, clause checks and licences carry …ByName', async () => {
      const sup = (await buyer.get(`/api/suppliers/${supplierId}`)).body;
      expect(sup).toMatchObject({ statusChangedBy: 'buyer', statusChangedByName: names.get('buyer') });
      const list = (await office.get('/api/contracts?pageSize=100')).body.items as Array<{ createdBy: string; createdByName: string }>;
      expect(list.length).toBeGreaterThan(0);
      for (const c of list) expect(c.createdByName).toBe(names.get(c.createdBy));

      const draft = (await buyer.post('/api/contracts', draftBody('名称测试'))).body;
      expect(draft).toMatchObject({ createdBy: 'buyer', createdByName: names.get('buyer') });
      const pdf = (await buyer.upload(`/api/contracts/${draft.id}/attachments`, { name: 'a.pdf', content: Buffer.from('%PDF-1.4\n') }))
        .body;
      expect(pdf).toMatchObject({ uploadedBy: 'buyer', uploadedByName: names.get('buyer') });
      expect((await buyer.post(`/api/contracts/${draft.id}/transitions`, { action: 'submit' })).body.status).toBe('submitted');
      const detail = (await office.get(`/api/contracts/${draft.id}`)).body;
      expect(detail.attachments[0]).toMatchObject({ uploadedBy: 'buyer', uploadedByName: names.get('buyer') });
      expect(detail.timeline.map((e: { by: string }) => e.by)).toEqual(['buyer', 'buyer']);
      expect((await office.get(`/api/contracts/${draft.id}/revisions`)).body[0]).toMatchObject({
        submittedBy: 'buyer',
        submittedByName: names.get('buyer'),
      });

      // The last archived contract (the renewal tests below use the first), checked for the month its term began.
      const archived = (await office.get('/api/contracts?status=archived&pageSize=100')).body.items.at(-1);
      const clauseId = archived.clauses[0].id;
      const done = new Set(
        ((await office.get(`/api/contracts/${archived.id}/clause-checks`)).body as Array<{ clauseId: number; period: string }>)
          .filter((k) => k.clauseId === clauseId)
          .map((k) => k.period),
      );
      const months = Array.from({ length: 36 }, (_, i) =>
        new Date(Date.UTC(Number(archived.startDate.slice(0, 4)), Number(archived.startDate.slice(5, 7)) - 1 + i, 1))
          .toISOString()
          .slice(0, 7),
      );
      const period = months.find((m) => !done.has(m) && m <= day(0).slice(0, 7) && m <= archived.endDate.slice(0, 7));
      const check = await office.post(`/api/contracts/${archived.id}/clause-checks`, {
        clauseId,
        period,
        result: 'breached',
        note: '缺货',
      });
      expect([check.status, check.body.details]).toEqual([201, undefined]);
      expect(check.body).toMatchObject({
        checkedBy: 'office',
        checkedByName: names.get('office'),
        followUpClosedBy: null,
        followUpClosedByName: null,
      });
      const closed = await office.post(`/api/contracts/${archived.id}/clause-checks/${check.body.id}/follow-up/close`, { note: '已约谈' });
      expect(closed.body).toMatchObject({ followUpClosedBy: 'office', followUpClosedByName: names.get('office') });
      const checks = (await office.get(`/api/contracts/${archived.id}/clause-checks`)).body as Array<{
        checkedBy: string;
        checkedByName: string;
      }>;
      for (const k of checks) expect(k.checkedByName).toBe(names.get(k.checkedBy));

      const licence = (
        await buyer.post('/api/licences', {
          ownerKind: 'supplier',
          supplierId,
          type: '营业执照',
          number: 'N-1',
          validFrom: day(-10),
          validTo: day(300),
        })
      ).body;
      expect(licence).toMatchObject({
        createdBy: 'buyer',
        createdByName: names.get('buyer'),
        fileUploadedBy: null,
        fileUploadedByName: null,
      });
      const scanned = (await office.upload(`/api/licences/${licence.id}/file`, { name: 'scan.pdf', content: Buffer.from('%PDF-1.4\n') }))
        .body;
      expect(scanned).toMatchObject({ fileUploadedBy: 'office', fileUploadedByName: names.get('office') });
      const listed = (await office.get(`/api/licences?supplierId=${supplierId}`)).body.items;
      expect(listed[0]).toMatchObject({ createdByName: names.get('buyer'), fileUploadedByName: names.get('office') });
    });
  });

  describe('contract list order', () => {
    it('newest contract number first (id breaks ties), the same on every page', async () => {
      const all = (await office.get('/api/contracts?pageSize=100')).body.items as Array<{ id: number; number: string }>;
      const sorted = [...all].sort((a, b) => (a.number === b.number ? b.id - a.id : a.number < b.number ? 1 : -1));
      expect(all.map((c) => c.number)).toEqual(sorted.map((c) => c.number));
      const fresh = (await buyer.post('/api/contracts', draftBody('最新合同'))).body;
      const first = (await office.get('/api/contracts?pageSize=5')).body.items as Array<{ id: number; number: string }>;
      expect(first[0].number >= fresh.number).toBe(true);
      const [p1, p2] = await Promise.all([
        office.get('/api/contracts?pageSize=10&page=1'),
        office.get('/api/contracts?pageSize=10&page=2'),
      ]);
      const both = [...p1.body.items, ...p2.body.items].map((c: { id: number }) => c.id);
      expect(new Set(both).size).toBe(20);
      expect(both).toEqual((await office.get('/api/contracts?pageSize=20')).body.items.map((c: { id: number }) => c.id));
      const mine = (await buyer.get('/api/contracts?mine=true&status=draft&pageSize=100')).body.items as Array<{ number: string }>;
      expect(mine.map((c) => c.number)).toEqual([...mine.map((c) => c.number)].sort().reverse());
    });
  });

  describe('renewal, expiry, licences, clause checks, attachments, scorecards', () => {
    it('?expiringWithinDays=60 lists in-force contracts ending within 60 days, each flagged for renewal', async () => {
      const res = await office.get('/api/contracts?expiringWithinDays=60&pageSize=100');
      expect(res.status).toBe(200);
      expect(res.body.total).toBeGreaterThanOrEqual(10);
      for (const c of res.body.items) {
        expect(c.renewalDue).toBe(true);
        expect(c.daysToEnd).toBeLessThanOrEqual(60);
        expect(['approved', 'signed', 'archived']).toContain(c.status);
      }
    });

    it('a signed contract past its end date becomes expired on the next read, with an expire step by the system', async () => {
      const [signed] = (await office.get('/api/contracts?status=signed&pageSize=1')).body.items;
      await t.db.getRepository(ContractEntity).update({ id: signed.id }, { endDate: day(-1) });
      const res = await office.get(`/api/contracts/${signed.id}`);
      expect(res.body.status).toBe('expired');
      expect(res.body.timeline.at(-1)).toMatchObject({ action: 'expire', fromStatus: 'signed', toStatus: 'expired', by: 'system' });
    });

    it('?expiringWithinDays=30 lists licences within 30 days or lapsed, soonest first, with their alert', async () => {
      const res = await office.get('/api/licences?expiringWithinDays=30&pageSize=100');
      expect(res.body.total).toBeGreaterThan(0);
      const days = res.body.items.map((l: { daysLeft: number }) => l.daysLeft);
      expect(days).toEqual([...days].sort((x, y) => x - y));
      for (const l of res.body.items) {
        expect(l.daysLeft).toBeLessThanOrEqual(30);
        expect(l.alert).toBe(l.daysLeft < 0 ? 'expired' : l.daysLeft <= 7 ? 'd7' : 'd30');
      }
      const made = await office.post('/api/licences', {
        ownerKind: 'store',
        storeId,
        type: '食品经营许可证',
        number: 'JY-TEST',
        validFrom: day(-300),
        validTo: day(5),
      });
      expect(made.body).toMatchObject({ alert: 'd7', daysLeft: 5 });
    });

    it('a breach opens a follow-up owned by the buyer; the same clause and period twice → 409; a draft cannot be checked', async () => {
      const [archived] = (await office.get('/api/contracts?status=archived&pageSize=1')).body.items;
      const clauseId = archived.clauses[0].id;
      const period = day(0).slice(0, 7);
      const res = await office.post(`/api/contracts/${archived.id}/clause-checks`, {
        clauseId,
        period,
        result: 'breached',
        evidence: '到货单',
        note: '到货率 90 %',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        result: 'breached',
        followUpStatus: 'open',
        followUpOwnerId: await idOf(t, 'app_user', 'username', 'buyer'),
      });
      expect((await office.post(`/api/contracts/${archived.id}/clause-checks`, { clauseId, period, result: 'met' })).status).toBe(409);
      const draft = (await buyer.post('/api/contracts', draftBody())).body;
      expect(
        (await office.post(`/api/contracts/${draft.id}/clause-checks`, { clauseId: draft.clauses[0].id, period, result: 'met' })).status,
      ).toBe(409);
      expect((await buyer.post(`/api/contracts/${archived.id}/clause-checks`, { clauseId, period, result: 'met' })).status).toBe(403);
    });

    it('attachments: a PDF is stored and served; a text file renamed .pdf → 415', async () => {
      const draft = (await buyer.post('/api/contracts', draftBody())).body;
      const pdf = await buyer.upload(`/api/contracts/${draft.id}/attachments`, {
        name: '合同.pdf',
        content: Buffer.from('%PDF-1.4\n%test\n'),
      });
      expect(pdf.status).toBe(201);
      expect(pdf.body).toMatchObject({ fileName: '合同.pdf', mimeType: 'application/pdf' });
      const served = await office.get(`/api/contracts/${draft.id}/attachments/${pdf.body.id}`);
      expect(served.status).toBe(200);
      expect(served.headers['content-type']).toContain('application/pdf');
      const fake = await buyer.upload(`/api/contracts/${draft.id}/attachments`, {
        name: 'evil.pdf',
        content: Buffer.from('<script>alert(1)</script>'),
      });
      expect(fake.status).toBe(415);
      expect((await buyer.get(`/api/contracts/${draft.id}`)).body.attachments).toHaveLength(1);
    });

    it('supplier scorecards are ranked 1, 2, 2, 4 by score; a supplier page has a year of history', async () => {
      // The month before last is always checked in the demo (checks are recorded after a month ends).
      const [y, m] = day(0).split('-').map(Number);
      const twoBack = new Date(Date.UTC(y, m - 3, 1)).toISOString().slice(0, 7);
      const rows = (await office.get(`/api/supplier-scorecards?period=${twoBack}`)).body as Array<{
        rank: number | null;
        score: number | null;
      }>;
      const ranked = rows.filter((r) => r.rank !== null);
      // Without a period: the last month up to last month that has any clause check, not a month nobody checked.
      const lastMonth = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
      const [latest] = await t.db.query(
        `SELECT MAX("period") AS p FROM "clause_check" WHERE "period" <= ${t.db.options.type === 'postgres' ? '$1' : '?'}`,
        [lastMonth],
      );
      const byDefault = (await office.get('/api/supplier-scorecards')).body as Array<{ period: string; rank: number | null }>;
      expect(byDefault[0].period).toBe(latest.p);
      expect(byDefault.some((r) => r.rank !== null)).toBe(true);
      expect(ranked.length).toBeGreaterThan(10);
      ranked.forEach((r, i) => {
        if (i > 0) expect(r.score as number).toBeLessThanOrEqual(ranked[i - 1].score as number);
        expect(r.rank).toBe(i > 0 && r.score === ranked[i - 1].score ? ranked[i - 1].rank : i + 1);
      });
      const sup1 = (await office.get('/api/suppliers?q=SUP001')).body.items[0];
      const history = (await office.get(`/api/suppliers/${sup1.id}/scorecards`)).body;
      expect(history).toHaveLength(12);
    });

    it('the demo has 80 contracts in every state, some returned twice', async () => {
      expect((await office.get('/api/contracts?q=HT')).body.total).toBeGreaterThanOrEqual(80);
      for (const status of CONTRACT_STATUSES)
        expect((await office.get(`/api/contracts?status=${status}&q=HT`)).body.total).toBeGreaterThan(0);
      const returned = (await office.get('/api/contracts?status=returned&pageSize=100')).body.items;
      expect(returned.some((c: { returnCount: number }) => c.returnCount >= 2)).toBe(true);
    });

    it('a store manager, a specialist and an ops manager get 403 on contracts and licences', async () => {
      for (const role of [Role.StoreManager, Role.Specialist, Role.OpsManager]) {
        expect((await (as.get(role) as ApiClient).get('/api/contracts')).status).toBe(403);
        expect((await (as.get(role) as ApiClient).get('/api/licences')).status).toBe(403);
      }
    });
  });
});
