import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { chinaDay } from '@storeops/api/core';
import { DuePlanItem, InspectionPlanDueResponse, InspectionTemplateResponse, ResultInput } from '@storeops/shared/contracts';
import { ApiClient, idOf, signOff, startTestApp, TestApp } from './test-app';

function passAll(t: InspectionTemplateResponse): ResultInput[] {
  return t.sections
    .flatMap((s) => s.items)
    .map((i) => (i.kind === 'scale' ? { itemId: i.id, result: 'score', points: i.maxPoints } : { itemId: i.id, result: 'pass' }));
}

describe('inspection plans 检查计划: due, done and overdue', () => {
  let t: TestApp;
  let specialist: ApiClient;
  let ops: ApiClient;
  let specialistId: number;
  let fr: number;
  let dl: number;

  beforeAll(async () => {
    t = await startTestApp();
    specialist = await t.as('specialist');
    ops = await t.as('ops');
    specialistId = await idOf(t, 'app_user', 'username', 'specialist');
    fr = await idOf(t, 'category', 'code', 'FR');
    dl = await idOf(t, 'category', 'code', 'DL');
  });
  afterAll(() => t.close());

  const due = async (client: ApiClient, date = chinaDay()) => {
    const res = await client.get(`/api/inspection-plans/due?date=${date}`);
    expect(res.status).toBe(200);
    return res.body as InspectionPlanDueResponse;
  };

  it('the specialist sees their monthly rounds; inspecting a due pair takes it off the list and counts it done', async () => {
    const before = await due(specialist);
    expect(before.items.length).toBeGreaterThan(0);
    expect(before.items.every((i) => i.specialistId === specialistId)).toBe(true);
    expect(before.coverage).toHaveLength(1);
    const pending = before.items.find((i) => !i.overdue && i.categoryId === fr) as DuePlanItem;
    expect(pending).toBeDefined();

    const template = ((await specialist.get(`/api/inspection-templates?categoryId=${fr}`)).body as InspectionTemplateResponse[])[0];
    const res = await request(t.app.getHttpServer())
      .post('/api/inspections')
      .set('Cookie', [...specialist.cookies].map(([k, v]) => `${k}=${v}`).join('; '))
      .set('X-XSRF-TOKEN', specialist.xsrf ?? '')
      .set('Idempotency-Key', randomUUID())
      .send({
        storeId: pending.storeId,
        categoryId: fr,
        templateId: template.id,
        results: passAll(template),
        ...(await signOff(specialist)),
      });
    expect(res.status).toBe(201);

    const after = await due(specialist);
    expect(after.items.some((i) => !i.overdue && i.storeId === pending.storeId && i.categoryId === fr)).toBe(false);
    expect(after.coverage[0].done).toBe(before.coverage[0].done + 1);
    expect(after.coverage[0].due).toBe(before.coverage[0].due);
  });

  it('a month with no inspections: everything due, and the month before flagged overdue', async () => {
    const future = await due(specialist, '2031-06-15');
    const current = future.items.filter((i) => !i.overdue);
    const overdue = future.items.filter((i) => i.overdue);
    expect(current.length).toBe(future.coverage[0].due);
    expect(overdue.length).toBe(current.length);
    expect(current[0]).toMatchObject({ periodStart: '2031-06-01', periodEnd: '2031-06-30' });
    expect(overdue[0]).toMatchObject({ periodStart: '2031-05-01', periodEnd: '2031-05-31' });
  });

  it('the ops manager adds a weekly rule for chosen stores and sees coverage by specialist', async () => {
    const bj001 = await idOf(t, 'store', 'code', 'BJ001');
    expect((await ops.post('/api/inspection-plans', { specialistId, categoryId: dl, frequency: 'weekly', storeIds: [bj001] })).status).toBe(
      400,
    );
    expect(
      (await specialist.post('/api/inspection-plans', { specialistId, categoryId: fr, frequency: 'weekly', storeIds: [bj001] })).status,
    ).toBe(403);
    const created = await ops.post('/api/inspection-plans', { specialistId, categoryId: fr, frequency: 'weekly', storeIds: [bj001] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ specialistId, categoryId: fr, frequency: 'weekly', storeIds: [bj001], active: true });

    // 2031-06-18 is a Wednesday: the week runs Monday 16th to Sunday 22nd.
    const week = (await due(ops, '2031-06-18')).items.filter((i) => i.planId === created.body.id);
    // Overdue items come first.
    expect(week).toEqual([
      expect.objectContaining({ storeId: bj001, overdue: true, periodStart: '2031-06-09', periodEnd: '2031-06-15' }),
      expect.objectContaining({ storeId: bj001, frequency: 'weekly', periodStart: '2031-06-16', periodEnd: '2031-06-22', overdue: false }),
    ]);
    const all = await due(ops, '2031-06-18');
    expect(all.coverage.map((c) => c.specialistId)).toEqual([specialistId]);
    expect((await specialist.get('/api/inspection-plans')).body.map((p: { id: number }) => p.id)).toContain(created.body.id);
  });
});
