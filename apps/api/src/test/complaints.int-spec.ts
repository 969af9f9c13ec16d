import { clock } from '@storeops/api/core';
import { ImportsService } from '@storeops/api/kpi';
import {
  ComplaintEntity,
  ComplaintEventEntity,
  ComplaintRetention,
  ComplaintStageEntity,
  DemoComplaintsSeeder,
} from '@storeops/api/ledger';
import {
  ALL_ROLES,
  COMPLAINT_ACTIONS,
  COMPLAINT_ACTORS,
  COMPLAINT_STATUSES,
  ComplaintResponse,
  ComplaintStatsResponse,
  ComplaintStatus,
  decideComplaintTransition,
  Role,
  StoreRankingResponse,
} from '@storeops/shared/contracts';
import { ApiClient, DEMO_USERNAMES, idOf, startTestApp, TestApp } from './test-app';

const NOW = '2026-11-18T10:00:00+08:00';
const PHONE = '13812341234';

describe('customer complaints 顾客投诉 over HTTP', () => {
  let t: TestApp;
  const as = new Map<Role, ApiClient>();
  let office: ApiClient;
  let manager: ApiClient;
  let otherManager: ApiClient;
  let director: ApiClient;
  let own: number;
  let other: number;
  let leaf: number;
  let top: number;

  /** Signs everyone in again: a jump of the clock ends the sessions (idle timeout). */
  async function signIn(): Promise<void> {
    for (const role of ALL_ROLES) as.set(role, await t.as(DEMO_USERNAMES[role]));
    office = as.get(Role.AdminOffice) as ApiClient;
    manager = as.get(Role.StoreManager) as ApiClient;
    director = as.get(Role.Director) as ApiClient;
    // The demo chain has a 店长 for every store: sm-bj002 is BJ002's.
    otherManager = await t.as('sm-bj002');
  }
  let travelled = false;
  async function travel(at: string): Promise<void> {
    clock.set(at);
    travelled = true;
    await signIn();
  }

  beforeAll(async () => {
    // The suite's instants are written around this one, whatever STOREOPS_NOW the run started with.
    clock.set(NOW);
    t = await startTestApp();
    await signIn();
    own = await idOf(t, 'store', 'code', 'BJ001');
    other = await idOf(t, 'store', 'code', 'BJ002');
    const categories = (await office.get('/api/complaint-categories')).body as Array<{ id: number; code: string; parentId: number | null }>;
    leaf = (categories.find((c) => c.code === 'quality_expired') as { id: number }).id;
    top = (categories.find((c) => c.code === 'quality') as { id: number }).id;
  });
  afterAll(async () => {
    clock.set(NOW);
    await t.close();
  });
  afterEach(async () => {
    if (!travelled) return;
    clock.set(NOW);
    travelled = false;
    await signIn();
  });

  const intake = (patch: Record<string, unknown> = {}) => ({
    storeId: own,
    channel: 'store',
    receivedAt: new Date(clock.ms()).toISOString(),
    customerName: '王女士',
    customerPhone: PHONE,
    keyCustomer: false,
    categoryId: leaf,
    description: '购买的酸奶已过期两天',
    ...patch,
  });
  const create = async (client: ApiClient = office, patch: Record<string, unknown> = {}) => {
    const res = await client.post('/api/complaints', intake(patch));
    expect(res.status).toBe(201);
    return res.body as ComplaintResponse;
  };
  const act = (client: ApiClient, id: number, body: Record<string, unknown>) => client.post(`/api/complaints/${id}/transitions`, body);
  const count = () => t.db.getRepository(ComplaintEntity).count();

  describe('the demo year', () => {
    it('seeds complaints at every stage: causes on every resolved one, key customers always followed up before closing, a few overdue', async () => {
      // Two months up to yesterday, as `npm start` seeds twelve.
      const seeded = await t.app.get(DemoComplaintsSeeder).seed('2026-11-17', 2);
      expect(seeded).toBeGreaterThan(100);
      const rows = await t.db.getRepository(ComplaintEntity).find();
      const demo = rows;
      expect(new Set(rows.map((c) => c.code)).size).toBe(rows.length);
      expect(demo.filter((c) => c.resolution !== null).every((c) => c.causeCode !== null)).toBe(true);
      expect(demo.filter((c) => c.keyCustomer && c.status === 'closed' && c.valid).every((c) => c.followUpReached)).toBe(true);
      const statuses = new Set(demo.map((c) => c.status));
      expect(statuses.size).toBeGreaterThanOrEqual(5);
      expect([...statuses]).toEqual(expect.arrayContaining(['closed', 'resolved', 'in_progress']));
      expect(demo.some((c) => c.valid === false && c.invalidReason !== null)).toBe(true);
      const overdue = (await office.get('/api/complaints?overdue=true&pageSize=1')).body.total;
      expect(overdue).toBeGreaterThan(0);
      expect(await t.app.get(DemoComplaintsSeeder).seed('2026-11-17', 2)).toBe(0);
    });
  });

  describe('intake', () => {
    it('a 店长 records one at the counter → 201 with a TS code, status received and the four stage deadlines', async () => {
      const res = await manager.post('/api/complaints', intake({ receivedAt: '2026-11-18T10:00:00+08:00' }));
      expect(res.status).toBe(201);
      expect(res.body.code).toMatch(/^TS202611-\d{4}$/);
      expect(res.body).toMatchObject({ status: 'received', valid: null, storeId: own, customerPhone: PHONE });
      expect(res.body.deadlines.map((d: { stage: string }) => d.stage)).toEqual(['judge', 'plan', 'resolve', 'follow_up']);
      // 判断 within 4 working hours: 10:00–12:00 and 13:00–15:00 (lunch not counted).
      expect(res.body.deadlines[0]).toMatchObject({
        stage: 'judge',
        dueAt: '2026-11-18T07:00:00.000Z',
        status: 'pending',
        holderRole: 'admin_office',
      });
      expect(res.body.deadlines[1].status).toBe('projected');
    });

    it('numbers complaints within the month they were received in', async () => {
      const a = await create(office, { receivedAt: '2026-10-31T15:00:00+08:00' });
      const b = await create(office, { receivedAt: '2026-10-31T16:00:00+08:00' });
      expect(a.code).toMatch(/^TS202610-\d{4}$/);
      expect(Number(b.code.slice(-4))).toBe(Number(a.code.slice(-4)) + 1);
    });

    it.each([
      ['an unknown field', { colour: 'red' }, 'colour'],
      ['a bad phone', { customerPhone: '12ab' }, 'customerPhone'],
      ['a top-level category', { categoryId: -1 }, 'categoryId'],
      ['an unknown channel', { channel: 'fax' }, 'channel'],
      ['a time in the future', { receivedAt: '2027-01-01T00:00:00+08:00' }, 'receivedAt'],
      ['a negative amount', { amountInvolved: -1 }, 'amountInvolved'],
    ])('%s → 400 naming the field, nothing saved', async (_name, patch, field) => {
      const before = await count();
      const body = intake(patch as Record<string, unknown>);
      if ((patch as Record<string, unknown>)['categoryId'] === -1) body.categoryId = top;
      const res = await office.post('/api/complaints', body);
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await count()).toBe(before);
    });

    it('a phone on the key-customer list makes the complaint a key customer’s', async () => {
      expect((await office.post('/api/complaint-key-customers', { name: '李先生', phone: '13900001111' })).status).toBe(201);
      const c = await create(office, { customerPhone: '139 0000 1111', keyCustomer: false });
      expect(c.keyCustomer).toBe(true);
    });

    it('the office maintains the two-level list: a new second-level category takes complaints; a retired one takes none', async () => {
      const made = await office.post('/api/complaint-categories', { code: 'quality_weight', name: '缺斤短两', parentId: top });
      expect(made.status).toBe(201);
      expect(made.body).toMatchObject({ code: 'quality_weight', parentId: top, severity: 'normal', active: true });
      expect((await office.post('/api/complaint-categories', { code: 'x_deep', name: '三级', parentId: made.body.id })).status).toBe(400);
      expect((await manager.post('/api/complaint-categories', { code: 'sm_cat', name: '店长', parentId: top })).status).toBe(403);
      await create(office, { categoryId: made.body.id });
      expect((await office.patch(`/api/complaint-categories/${made.body.id}`, { active: false })).body.active).toBe(false);
      const refused = await office.post('/api/complaints', intake({ categoryId: made.body.id }));
      expect(refused.status).toBe(400);
      expect(refused.body.details[0]).toMatchObject({ field: 'categoryId', code: 'complaint.category_unknown' });
    });

    it('a 店长 cannot record a complaint for another store → 403, nothing saved', async () => {
      const before = await count();
      expect((await manager.post('/api/complaints', intake({ storeId: other }))).status).toBe(403);
      expect(await count()).toBe(before);
    });
  });

  describe('the loop from judgement to archive', () => {
    it('office judges, the 店长 plans, approves (under the limit) and resolves, the office follows up and closes; the timeline keeps each step', async () => {
      const c = await create(manager);
      expect((await act(office, c.id, { action: 'judge', valid: true, responsibleStoreId: own, reason: '商品过期属实' })).body.status).toBe(
        'assigned',
      );
      const proposed = await act(manager, c.id, { action: 'propose_plan', plan: '退货并赔偿', compensation: 5_000 });
      expect(proposed.body).toMatchObject({ status: 'plan_proposed', planApproverRole: 'store_manager', compensation: 5_000 });
      expect((await act(manager, c.id, { action: 'approve_plan' })).body.status).toBe('in_progress');
      const resolved = await act(manager, c.id, { action: 'resolve', resolution: '已退货并赔偿 50 元', causeCode: 'product' });
      expect(resolved.body).toMatchObject({ status: 'resolved', causeCode: 'product', causeName: '商品', compensationPaid: 5_000 });
      expect(resolved.body.allowedActions).toEqual([]);
      expect(
        (await act(office, c.id, { action: 'follow_up', reached: true, satisfaction: 'satisfied', notes: '顾客满意' })).body.status,
      ).toBe('followed_up');
      const closed = await act(office, c.id, { action: 'close' });
      expect(closed.status).toBe(200);
      expect(closed.body.status).toBe('closed');
      const detail = (await office.get(`/api/complaints/${c.id}`)).body as ComplaintResponse;
      expect(detail.timeline.map((e) => e.action)).toEqual([
        'create',
        'judge',
        'propose_plan',
        'approve_plan',
        'resolve',
        'follow_up',
        'close',
      ]);
      expect(detail.deadlines.map((d) => [d.stage, d.status])).toEqual([
        ['judge', 'done_on_time'],
        ['plan', 'done_on_time'],
        ['resolve', 'done_on_time'],
        ['follow_up', 'done_on_time'],
      ]);
      expect(detail.allowedActions).toEqual(['reopen']);
    });

    it('a key customer’s complaint cannot close without a reached follow-up → 409 naming it; an unreached call changes nothing', async () => {
      const c = await create(office, { keyCustomer: true });
      await act(office, c.id, { action: 'judge', valid: true });
      await act(office, c.id, { action: 'propose_plan', plan: '致歉', compensation: 0 });
      await act(office, c.id, { action: 'approve_plan' });
      await act(office, c.id, { action: 'resolve', resolution: '已致歉', causeCode: 'staff' });
      const refused = await act(office, c.id, { action: 'close' });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('complaint.key_customer_needs_follow_up');
      expect(refused.body.message).toContain(c.code);
      const missed = await act(office, c.id, { action: 'follow_up', reached: false, notes: '无人接听' });
      expect(missed.body.status).toBe('resolved');
      expect((await act(office, c.id, { action: 'close' })).status).toBe(409);
      await act(office, c.id, { action: 'follow_up', reached: true, satisfaction: 'neutral' });
      expect((await act(office, c.id, { action: 'close' })).body.status).toBe('closed');
    });

    it('an unsatisfied follow-up reopens the complaint for a new plan and counts the reopening', async () => {
      const c = await create(office);
      await act(office, c.id, { action: 'judge', valid: true });
      await act(office, c.id, { action: 'propose_plan', plan: '换货', compensation: 0 });
      await act(office, c.id, { action: 'approve_plan' });
      await act(office, c.id, { action: 'resolve', resolution: '已换货', causeCode: 'product' });
      const back = await act(office, c.id, { action: 'follow_up', reached: true, satisfaction: 'unsatisfied', notes: '要求退款' });
      expect(back.body).toMatchObject({ status: 'assigned', reopenCount: 1 });
      expect(back.body.deadlines.find((d: { stage: string }) => d.stage === 'plan')).toMatchObject({ round: 2, status: 'pending' });
    });

    it('a plan over the 店长’s limit is the office’s to approve: the 店长 gets 403 and nothing changes', async () => {
      const c = await create(manager);
      await act(office, c.id, { action: 'judge', valid: true, responsibleStoreId: own });
      await act(manager, c.id, { action: 'propose_plan', plan: '赔偿', compensation: 80_000 });
      const refused = await act(manager, c.id, { action: 'approve_plan' });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('complaint.plan_needs_office');
      expect((await office.get(`/api/complaints/${c.id}`)).body.status).toBe('plan_proposed');
      expect((await act(office, c.id, { action: 'approve_plan' })).body.status).toBe('in_progress');
    });

    it('a complaint about a supplier’s product shows on the supplier’s page, without customer data', async () => {
      const supplierId = Number((await t.db.query(`SELECT "id" FROM "supplier" ORDER BY "id" LIMIT 1`))[0].id);
      const c = await create(office, { productName: '酸奶 200g', batch: 'B20261101' });
      await act(office, c.id, { action: 'judge', valid: true });
      await act(office, c.id, { action: 'propose_plan', plan: '退货', compensation: 0 });
      await act(office, c.id, { action: 'approve_plan' });
      expect((await act(office, c.id, { action: 'resolve', resolution: '退货', causeCode: 'supplier', supplierId: 999_999 })).status).toBe(
        400,
      );
      const resolved = await act(office, c.id, { action: 'resolve', resolution: '退货', causeCode: 'supplier', supplierId });
      expect(resolved.body.supplierName).toEqual(expect.any(String));
      const rows = (await (as.get(Role.Buyer) as ApiClient).get(`/api/complaints/by-supplier/${supplierId}`)).body as Array<
        Record<string, unknown>
      >;
      expect(rows.find((r) => r['id'] === c.id)).toMatchObject({ code: c.code, batch: 'B20261101', causeCode: 'supplier' });
      expect(JSON.stringify(rows)).not.toContain(PHONE);
      expect((await manager.get(`/api/complaints/by-supplier/${supplierId}`)).status).toBe(403);
    });

    it('judged not valid → invalid with the reason; a field of another action is refused', async () => {
      const c = await create(office);
      const stray = await act(office, c.id, { action: 'judge', valid: false, reason: '非本店商品', causeCode: 'product' });
      expect(stray.status).toBe(400);
      expect(stray.body.details[0]).toMatchObject({ field: 'causeCode', code: 'complaint.only_with' });
      const noReason = await act(office, c.id, { action: 'judge', valid: false });
      expect(noReason.status).toBe(400);
      expect(noReason.body.details[0].field).toBe('reason');
      const res = await act(office, c.id, { action: 'judge', valid: false, reason: '非本店商品', customerInformed: true });
      expect(res.body).toMatchObject({ status: 'invalid', valid: false, invalidReason: '非本店商品', customerInformed: true });
    });

    it('merging a duplicate keeps one record and one count', async () => {
      const a = await create(office, { receivedAt: '2026-07-10T10:00:00+08:00' });
      const b = await create(office, { receivedAt: '2026-07-10T11:00:00+08:00' });
      const merged = await office.post(`/api/complaints/${b.id}/merge`, { intoId: a.id });
      expect(merged.body).toMatchObject({ status: 'merged', mergedIntoId: a.id });
      expect((await office.get(`/api/complaints/${a.id}`)).body.mergedCodes).toEqual([b.code]);
      const stats = (await office.get('/api/complaints/stats?period=2026-07&groupBy=store')).body as ComplaintStatsResponse;
      expect(stats.total.count).toBe(1);
    });
  });

  describe('deadlines on the working calendar', () => {
    it('resolved on Wednesday 2026-09-30 at 16:00 → follow-up due by the end of Saturday 2026-10-10 (国庆 off, the 调休 Saturday counts)', async () => {
      await travel('2026-09-29T10:00:00+08:00');
      const c = await create(office);
      await act(office, c.id, { action: 'judge', valid: true });
      await act(office, c.id, { action: 'propose_plan', plan: '退款', compensation: 0 });
      await act(office, c.id, { action: 'approve_plan' });
      await travel('2026-09-30T16:00:00+08:00');
      const res = await act(office, c.id, { action: 'resolve', resolution: '已退款', causeCode: 'product' });
      const followUp = res.body.deadlines.find((d: { stage: string }) => d.stage === 'follow_up');
      // The end of the working day (18:00 China time) on 10 October.
      expect(followUp).toMatchObject({
        status: expect.any(String),
        dueAt: '2026-10-10T10:00:00.000Z',
        startedAt: expect.stringMatching(/^2026-09-30T08:00:00/),
      });
    });

    it('a pause over a weekend moves nothing; a pause in working hours moves the due time by its working time', async () => {
      await travel('2026-11-20T10:00:00+08:00');
      const c = await create(office, { receivedAt: '2026-11-20T10:00:00+08:00' });
      const due = () => t.db.getRepository(ComplaintStageEntity).findOneByOrFail({ complaintId: c.id, stage: 'judge' });
      const dueOf = async () => (await office.get(`/api/complaints/${c.id}`)).body.deadlines[0].dueAt as string;
      const before = await dueOf();
      expect(before).toBe('2026-11-20T07:00:00.000Z'); // Friday 15:00
      // Paused on Friday after hours, resumed on Monday before hours: not a minute of working time between.
      await travel('2026-11-20T18:30:00+08:00');
      expect((await office.post(`/api/complaints/${c.id}/pause`, { reason: '等待顾客提供小票' })).status).toBe(200);
      await travel('2026-11-23T08:30:00+08:00');
      expect((await office.post(`/api/complaints/${c.id}/resume`, {})).status).toBe(200);
      expect(await dueOf()).toBe(before);
      expect((await due()).pauses).toHaveLength(1);

      await travel('2026-11-23T09:00:00+08:00');
      const d = await create(office, { receivedAt: '2026-11-23T09:00:00+08:00' });
      await travel('2026-11-23T10:00:00+08:00');
      await office.post(`/api/complaints/${d.id}/pause`, { reason: '顾客在外地' });
      const paused = (await office.get(`/api/complaints/${d.id}`)).body;
      expect(paused).toMatchObject({ paused: true });
      expect(paused.deadlines[0]).toMatchObject({ status: 'paused', dueAt: null });
      await travel('2026-11-23T11:00:00+08:00');
      await office.post(`/api/complaints/${d.id}/resume`, {});
      // 09:00 + 4 working hours = 14:00; the hour paused moves it to 15:00.
      const resumed = (await office.get(`/api/complaints/${d.id}`)).body.deadlines[0];
      expect(resumed.pausedMinutes).toBe(60);
      // The test's clock runs on between the pause and the resume: within a second of 15:00.
      expect(Math.abs(Date.parse(resumed.dueAt) - Date.parse('2026-11-23T07:00:00.000Z'))).toBeLessThan(1000);
      expect((await office.post(`/api/complaints/${d.id}/resume`, {})).status).toBe(409);
    });

    it('an overdue stage shows in the alert centre of its holder, escalated to the office and the 营运总监', async () => {
      // Judged on Thursday 12 November: the plan was due by the end of Friday 13th, two working days ago.
      await travel('2026-11-12T09:00:00+08:00');
      const c = await create(office);
      await act(office, c.id, { action: 'judge', valid: true, responsibleStoreId: own });
      await travel(NOW);
      const mine = (await manager.get('/api/alerts?kind=complaint&mine=true&pageSize=100')).body.items as Array<{
        entityId: number;
        status: string;
        myPart: string;
      }>;
      expect(mine.find((a) => a.entityId === c.id)).toMatchObject({ status: 'overdue', myPart: 'owner' });
      const escalated = (await director.get('/api/alerts?kind=complaint&mine=true&pageSize=100')).body.items as Array<{
        entityId: number;
        myPart: string;
      }>;
      expect(escalated.find((a) => a.entityId === c.id)?.myPart).toBe('escalated');
      expect(
        (await otherManager.get('/api/alerts?kind=complaint&pageSize=100')).body.items.some(
          (a: { entityId: number }) => a.entityId === c.id,
        ),
      ).toBe(false);
      const overdue = (await office.get('/api/complaints?overdue=true&pageSize=100')).body.items as Array<{ id: number }>;
      expect(overdue.some((r) => r.id === c.id)).toBe(true);
    });
  });

  describe('who sees what', () => {
    it('a 店长 sees and acts on only their store’s complaints; another 店长 gets 403 and the list leaves them out', async () => {
      const c = await create(manager);
      expect((await otherManager.get(`/api/complaints/${c.id}`)).status).toBe(403);
      expect((await act(otherManager, c.id, { action: 'judge', valid: true })).status).toBe(403);
      expect((await otherManager.get(`/api/complaints?storeId=${own}`)).status).toBe(403);
      const list = (await otherManager.get('/api/complaints?pageSize=100')).body.items as Array<{
        storeId: number;
        responsibleStoreId: number | null;
      }>;
      expect(list.every((r) => r.storeId === other || r.responsibleStoreId === other)).toBe(true);
      expect((await manager.get(`/api/complaints/${c.id}`)).status).toBe(200);
      const stats = (await otherManager.get('/api/complaints/stats?period=2026-11&groupBy=store')).body as ComplaintStatsResponse;
      expect(stats.rows.map((r) => r.key)).toEqual([other]);
    });

    it('the phone is masked for everyone but the handler and the office; a reveal is audited', async () => {
      const c = await create(manager);
      expect((await director.get(`/api/complaints/${c.id}`)).body.customerPhone).toBe('138****1234');
      expect((await director.get(`/api/complaints/${c.id}`)).body.canRevealPhone).toBe(false);
      const listed = (await director.get('/api/complaints?pageSize=5')).body.items as Array<{ customerPhone: string }>;
      expect(listed.every((r) => r.customerPhone === null || r.customerPhone.includes('****'))).toBe(true);
      expect((await director.post(`/api/complaints/${c.id}/phone`, {})).status).toBe(403);
      expect((await otherManager.post(`/api/complaints/${c.id}/phone`, {})).status).toBe(403);
      const revealed = await office.post(`/api/complaints/${c.id}/phone`, {});
      expect(revealed.body).toEqual({ id: c.id, customerPhone: PHONE });
      expect((await manager.get(`/api/complaints/${c.id}`)).body.customerPhone).toBe(PHONE);
      const audit = (await (as.get(Role.Admin) as ApiClient).get(`/api/audit?entity=complaint&entityId=${c.id}&action=read`)).body
        .items as Array<{
        actorUsername: string;
      }>;
      expect(audit.map((a) => a.actorUsername)).toEqual(expect.arrayContaining(['office', 'manager']));
      // The audit never keeps the full number.
      const created = (await (as.get(Role.Admin) as ApiClient).get(`/api/audit?entity=complaint&entityId=${c.id}&action=create`)).body
        .items[0];
      expect(JSON.stringify(created)).not.toContain(PHONE);
    });

    it('the retention job deletes the personal fields of complaints closed over 24 months ago and keeps the counts', async () => {
      await travel('2024-08-05T10:00:00+08:00');
      const c = await create(office);
      await act(office, c.id, { action: 'judge', valid: false, reason: '重复来电' });
      await act(office, c.id, { action: 'close' });
      await travel(NOW);
      const before = (await office.get('/api/complaints/stats?period=2024-08&groupBy=category')).body.total.count;
      expect(await t.app.get(ComplaintRetention).anonymise()).toEqual({ anonymised: 1 });
      const row = await t.db.getRepository(ComplaintEntity).findOneByOrFail({ id: c.id });
      expect([row.customerName, row.customerPhone]).toEqual([null, null]);
      expect((await office.get(`/api/complaints/${c.id}`)).body).toMatchObject({
        anonymised: true,
        customerPhone: null,
        canRevealPhone: false,
      });
      expect((await office.get('/api/complaints/stats?period=2024-08&groupBy=category')).body.total.count).toBe(before);
      expect(await t.app.get(ComplaintRetention).anonymise()).toEqual({ anonymised: 0 });
    });
  });

  describe('the rate per 10,000 来客数 and the ranking', () => {
    it('equals a hand computation from imported facts; a store without known 来客数 has null; a complaint_rate scheme ranks and explains', async () => {
      const ops = as.get(Role.OpsManager) as ApiClient;
      const csv =
        '日期,门店编码,来客数\r\n2026-08-01,BJ001,1000\r\n2026-08-02,BJ001,"2,000"\r\n2026-08-03,BJ001,3456\r\n2026-08-01,BJ003,500\r\n';
      expect((await ops.upload('/api/imports', { name: 'stores-2026-08.csv', content: Buffer.from(csv, 'utf8') })).status).toBe(201);
      await t.app.get(ImportsService).idle();
      const bj003 = await idOf(t, 'store', 'code', 'BJ003');
      for (const [store, valid] of [
        [own, true],
        [own, true],
        [own, true],
        [own, false],
        [other, true],
      ] as Array<[number, boolean]>) {
        const c = await create(office, { storeId: store, receivedAt: '2026-08-02T10:00:00+08:00' });
        await act(
          office,
          c.id,
          valid ? { action: 'judge', valid: true, responsibleStoreId: store } : { action: 'judge', valid: false, reason: '误会' },
        );
      }
      const stats = (await office.get('/api/complaints/stats?period=2026-08&groupBy=store')).body as ComplaintStatsResponse;
      const row = (id: number) => stats.rows.find((r) => r.key === id);
      expect(row(own)).toMatchObject({ count: 4, valid: 3, transactions: 6456 });
      expect(row(own)?.ratePer10k).toBeCloseTo((3 * 10_000) / 6456, 10);
      expect(row(other)).toMatchObject({ count: 1, valid: 1, transactions: null, ratePer10k: null });
      expect(row(bj003)).toMatchObject({ count: 0, ratePer10k: 0, transactions: 500 });
      expect(stats.trend).toHaveLength(12);
      expect(stats.trend[11]).toMatchObject({ period: '2026-08', count: 5, valid: 4 });

      const weekly = await office.get('/api/complaints/stats?period=2026-W31&groupBy=category');
      expect(weekly.status).toBe(200);
      expect(weekly.body).toMatchObject({ from: '2026-07-27', to: '2026-08-02' });
      expect((await office.get('/api/complaints/stats?period=2026-13&groupBy=store')).status).toBe(400);
      const xlsx = await office.get('/api/complaints/stats/export?period=2026-08&groupBy=store');
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');

      const scheme = await ops.post('/api/scorecard-schemes', {
        name: '投诉率考评',
        missingRule: 'reweight',
        components: [{ key: 'complaints', kind: 'complaint_rate', weight: 100, floor: 0, ceiling: 10, direction: 'lower' }],
      });
      expect(scheme.status).toBe(201);
      const rankingRes = await director.get(`/api/rankings/stores?period=2026-08&schemeId=${scheme.body.id}`);
      expect([rankingRes.status, rankingRes.body.message]).toEqual([200, undefined]);
      const ranking = rankingRes.body as StoreRankingResponse;
      const ranked = ranking.rows.filter((r) => r.rank !== null);
      expect(ranked.map((r) => r.storeCode)).toEqual(['BJ003', 'BJ001']);
      const bj001 = ranked[1].components[0];
      expect(bj001).toMatchObject({ kind: 'complaint_rate', raw: Math.round(((3 * 10_000) / 6456) * 100) / 100 });
      const explained = await director.get(`/api/rankings/stores/${own}/explanation?period=2026-08&schemeId=${scheme.body.id}`);
      expect(explained.status).toBe(200);
      expect(explained.body.row.components[0]).toMatchObject({ kind: 'complaint_rate', raw: bj001.raw });
    });
  });

  describe('the state × action × role table', () => {
    /** A complaint of BJ001 (the demo 店长's store) brought to `status` by the office through the API. */
    async function complaintIn(status: ComplaintStatus): Promise<number> {
      const c = await create(office);
      const go = async (body: Record<string, unknown>) => expect((await act(office, c.id, body)).status).toBe(200);
      if (status === 'received') return c.id;
      if (status === 'merged') {
        const into = await create(office);
        expect((await office.post(`/api/complaints/${c.id}/merge`, { intoId: into.id })).status).toBe(200);
        return c.id;
      }
      if (status === 'invalid') {
        await go({ action: 'judge', valid: false, reason: '表' });
        return c.id;
      }
      await go({ action: 'judge', valid: true, responsibleStoreId: own });
      if (status === 'assigned') return c.id;
      await go({ action: 'propose_plan', plan: '方案', compensation: 100 });
      if (status === 'plan_proposed') return c.id;
      await go({ action: 'approve_plan' });
      if (status === 'in_progress') return c.id;
      await go({ action: 'resolve', resolution: '处理', causeCode: 'process' });
      if (status === 'resolved') return c.id;
      await go({ action: 'follow_up', reached: true, satisfaction: 'satisfied' });
      if (status === 'followed_up') return c.id;
      await go({ action: 'close' });
      return c.id;
    }

    const BODIES: Record<string, Record<string, unknown>> = {
      judge: { valid: true, responsibleStoreId: 0 },
      propose_plan: { plan: '方案', compensation: 100 },
      approve_plan: {},
      return_plan: {},
      resolve: { resolution: '处理', causeCode: 'process' },
      follow_up: { reached: true, satisfaction: 'satisfied' },
      close: {},
      reopen: {},
    };

    const state = async (id: number) => {
      const c = await t.db.getRepository(ComplaintEntity).findOneByOrFail({ id });
      return { status: c.status, version: c.version, events: await t.db.getRepository(ComplaintEventEntity).countBy({ complaintId: id }) };
    };

    it.each(COMPLAINT_STATUSES.map((s) => [s]))(
      'from %s: allowed triples succeed, the rest get 403/409 and change nothing',
      async (status) => {
        const refusalTarget = await complaintIn(status as ComplaintStatus);
        const outcomes: string[] = [];
        const expected: string[] = [];
        for (const action of COMPLAINT_ACTIONS) {
          for (const role of ALL_ROLES) {
            const decision = decideComplaintTransition(status as ComplaintStatus, action, role);
            const id = decision.ok ? await complaintIn(status as ComplaintStatus) : refusalTarget;
            const before = await state(id);
            const body = { action, comment: 'table test', ...BODIES[action] };
            if (action === 'judge') body['responsibleStoreId'] = own;
            const res = await (as.get(role) as ApiClient).post(`/api/complaints/${id}/transitions`, body);
            const after = await state(id);
            const tag = `${status} ${action} ${role}`;
            if (decision.ok) {
              expected.push(`${tag} → 200 ${decision.to} +1 event`);
              outcomes.push(`${tag} → ${res.status} ${after.status} +${after.events - before.events} event`);
            } else {
              // Only the office and the 店长 reach the route; others meet the guard's 403 before any rule.
              const code = COMPLAINT_ACTORS.includes(role) ? (decision as { status: number }).status : 403;
              expected.push(`${tag} → ${code} unchanged`);
              outcomes.push(`${tag} → ${res.status} ${JSON.stringify(before) === JSON.stringify(after) ? 'unchanged' : 'CHANGED'}`);
              if (res.status === 409)
                expect(res.body).toMatchObject({ code: 'complaint.wrong_state', details: [{ code: 'complaint.allowed_from' }] });
            }
          }
        }
        expect(outcomes).toEqual(expected);
      },
    );
  });
});
