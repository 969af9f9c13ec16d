import { InspectionPlanDueResponse, InspectionPlanResponse, PlanBoardResponse } from '@storeops/shared/contracts';
import { ApiClient, idOf, startTestApp, TestApp } from './test-app';

/** Issue 12 §2: the ops manager plans (specialist × category × stores × frequency), sees the month board, reassigns (改派). */
describe('inspection planning: rules, the month board, 改派', () => {
  let t: TestApp;
  let ops: ApiClient;
  let specialist: ApiClient;
  let specialistId: number;
  let otherId: number;
  let fr: number;
  let dl: number;
  let stores: number[];

  beforeAll(async () => {
    t = await startTestApp();
    ops = await t.as('ops');
    specialist = await t.as('specialist');
    const admin = await t.as('admin');
    specialistId = await idOf(t, 'app_user', 'username', 'specialist');
    fr = await idOf(t, 'category', 'code', 'FR');
    dl = await idOf(t, 'category', 'code', 'DL');
    stores = [await idOf(t, 'store', 'code', 'BJ001'), await idOf(t, 'store', 'code', 'SH001')];
    const other = await admin.post('/api/users', {
      username: 'specialist-2',
      displayName: '生鲜专员 二',
      role: 'specialist',
      password: 'long-enough-pass-9',
      categoryIds: [fr],
    });
    expect([other.status, other.body.details]).toEqual([201, undefined]);
    otherId = other.body.id;
  });
  afterAll(() => t.close());

  let plan: InspectionPlanResponse;

  it('the ops manager plans a weekly round of two stores in 生鲜; the specialist sees both due this week, with due days', async () => {
    const res = await ops.post('/api/inspection-plans', { specialistId, categoryId: fr, frequency: 'weekly', storeIds: stores });
    expect([res.status, res.body.details]).toEqual([201, undefined]);
    plan = res.body;
    expect(plan).toMatchObject({ specialistId, categoryId: fr, frequency: 'weekly', storeIds: stores, active: true, version: 1 });

    const due: InspectionPlanDueResponse = (await specialist.get('/api/inspection-plans/due')).body;
    const week = due.periods.find((p) => p.frequency === 'weekly');
    expect(week).toBeDefined();
    const mine = due.items.filter((i) => i.planId === plan.id && !i.overdue);
    expect(mine.map((i) => i.storeId).sort()).toEqual([...stores].sort());
    for (const i of mine) {
      expect(i).toMatchObject({ periodStart: week?.periodStart, periodEnd: week?.periodEnd });
      expect(i.dueDate >= i.periodStart && i.dueDate <= i.periodEnd).toBe(true);
    }
  });

  it('a category the specialist does not cover → 400 naming it; an unknown store → 400', async () => {
    const wrong = await ops.post('/api/inspection-plans', {
      specialistId: otherId,
      categoryId: dl,
      frequency: 'monthly',
      storeIds: stores,
    });
    expect([wrong.status, wrong.body.details[0].field, wrong.body.details[0].code]).toEqual([
      400,
      'categoryId',
      'plan.category_not_covered',
    ]);
    const unknown = await ops.post('/api/inspection-plans', { specialistId, categoryId: fr, frequency: 'monthly', storeIds: [999_999] });
    expect([unknown.status, unknown.body.details[0].field]).toEqual([400, 'storeIds']);
  });

  it('the month board lists every item of the month with its status and totals per specialist', async () => {
    const board: PlanBoardResponse = (await ops.get('/api/inspection-plans/board')).body;
    expect(board.month).toBe(board.today.slice(0, 7));
    const ours = board.items.filter((i) => i.planId === plan.id);
    // Weekly: one item per store and week starting in the month.
    expect(ours.length % stores.length).toBe(0);
    expect(ours.length).toBeGreaterThanOrEqual(stores.length);
    for (const i of ours) expect(['due', 'done', 'done_late', 'overdue']).toContain(i.status);
    const t0 = board.totals;
    expect(t0.due + t0.done + t0.doneLate + t0.overdue).toBe(t0.items);
    expect(board.bySpecialist.reduce((n, s) => n + s.items, 0)).toBe(t0.items);
    expect(board.bySpecialist.find((s) => s.specialistId === specialistId)?.specialistName).toBeTruthy();
    expect((await ops.get('/api/inspection-plans/board?month=2026-13')).status).toBe(400);
    expect((await specialist.get('/api/inspection-plans/board')).status).toBe(200);
  });

  it('改派: another specialist of the category takes the rule (version read); a stale version → 409; one without the category → 400', async () => {
    const moved = await ops.patch(`/api/inspection-plans/${plan.id}`, { version: plan.version, specialistId: otherId });
    expect([moved.status, moved.body.details]).toEqual([200, undefined]);
    expect(moved.body).toMatchObject({ specialistId: otherId, version: plan.version + 1 });
    const stale = await ops.patch(`/api/inspection-plans/${plan.id}`, { version: plan.version, specialistId });
    expect([stale.status, stale.body.details[0].field]).toEqual([409, 'version']);
    const due: InspectionPlanDueResponse = (await specialist.get('/api/inspection-plans/due')).body;
    expect(due.items.some((i) => i.planId === plan.id)).toBe(false);
    const board: PlanBoardResponse = (await ops.get('/api/inspection-plans/board')).body;
    expect(board.items.filter((i) => i.planId === plan.id).every((i) => i.specialistId === otherId)).toBe(true);

    const dlPlan = (await ops.post('/api/inspection-plans', { specialistId, categoryId: null, frequency: 'monthly', storeIds: stores }))
      .body;
    expect(dlPlan.categoryId).toBeNull();
    const switchedOff = await ops.patch(`/api/inspection-plans/${dlPlan.id}`, { version: dlPlan.version, active: false });
    expect(switchedOff.body.active).toBe(false);
    expect((await ops.patch(`/api/inspection-plans/${plan.id}`, { version: moved.body.version, specialistId: 999_999 })).status).toBe(400);
    expect((await ops.patch(`/api/inspection-plans/${plan.id}`, { version: moved.body.version, colour: 'red' })).status).toBe(400);
    expect((await specialist.patch(`/api/inspection-plans/${plan.id}`, { version: moved.body.version, active: false })).status).toBe(403);
  });
});
