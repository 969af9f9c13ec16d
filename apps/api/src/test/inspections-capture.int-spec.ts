import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  DuePlanItem,
  InspectionPlanDueResponse,
  InspectionTemplateResponse,
  PlanBoardResponse,
  previousPlanPeriod,
  ResultInput,
} from '@storeops/shared/contracts';
import { ApiClient, signOff, startTestApp, TestApp } from './test-app';

function passAll(t: InspectionTemplateResponse): ResultInput[] {
  return t.sections.flatMap((s) =>
    s.items.map((i) =>
      i.kind === 'scale' ? { itemId: i.id, result: 'score' as const, points: i.maxPoints } : { itemId: i.id, result: 'pass' as const },
    ),
  );
}

/** Issue 12 §3: the on-duty person's sign-off the template asks for, and which plan period an inspection closes. */
describe('inspection capture: sign-off required by the template; an overdue item done late closes its own period', () => {
  let t: TestApp;
  let specialist: ApiClient;
  let ops: ApiClient;
  let templates: InspectionTemplateResponse[];

  beforeAll(async () => {
    t = await startTestApp();
    specialist = await t.as('specialist');
    ops = await t.as('ops');
    templates = (await specialist.get('/api/inspection-templates')).body;
  });
  afterAll(() => t.close());

  const submit = (client: ApiClient, body: object) =>
    request(t.app.getHttpServer())
      .post('/api/inspections')
      .set('Cookie', client.cookieHeader)
      .set('X-XSRF-TOKEN', client.xsrf ?? '')
      .set('Idempotency-Key', randomUUID())
      .send(body);
  const general = () => templates.find((x) => x.code === 'STD-STORE') as InspectionTemplateResponse;
  const storeId = async () => (await specialist.get('/api/stores?pageSize=1&q=BJ001')).body.items[0].id as number;

  describe('sign-off', () => {
    it('templates require the signature and the duty person by default', () => {
      expect(templates.length).toBeGreaterThan(0);
      for (const x of templates) expect(x).toMatchObject({ requireSignature: true, requireDutyPerson: true });
    });

    it('a submit without them → 400 naming signaturePhotoId and dutyPersonName (Chinese, with codes); nothing is written', async () => {
      const before = Number((await t.db.query(`SELECT COUNT(*) AS n FROM "inspection"`))[0].n);
      const body = { storeId: await storeId(), categoryId: null, templateId: general().id, results: passAll(general()) };
      const none = await submit(specialist, body);
      expect(none.status).toBe(400);
      expect(none.body.details.map((d: { field: string; code: string }) => `${d.field}:${d.code}`)).toEqual([
        'signaturePhotoId:inspection.signature_required',
        'dutyPersonName:inspection.duty_person_required',
      ]);
      expect(none.body.details[0].problem).toBe('本检查表要求值班人签名后才能提交');
      const { signaturePhotoId } = await signOff(specialist);
      const blankName = await submit(specialist, { ...body, signaturePhotoId, dutyPersonName: '  ' });
      expect(blankName.status).toBe(400);
      expect(blankName.body.details.map((d: { field: string }) => d.field)).toEqual(['dutyPersonName']);
      expect(Number((await t.db.query(`SELECT COUNT(*) AS n FROM "inspection"`))[0].n)).toBe(before);
      const ok = await submit(specialist, { ...body, signaturePhotoId, dutyPersonName: '值班 李强' });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ dutyPersonName: '值班 李强', signaturePhotoId });
    });

    it('a template that does not ask for them takes a submit without', async () => {
      const created = await ops.post('/api/inspection-templates', {
        code: 'T-NOSIGN',
        name: '快速抽查',
        categoryId: null,
        requireSignature: false,
        requireDutyPerson: false,
        sections: [
          {
            title: '抽查',
            items: [
              { title: '地面干净', kind: 'pass_fail', maxPoints: 10, allowNa: false, critical: false, photoOnFail: false, dueDays: 3 },
            ],
          },
        ],
      });
      expect([created.status, created.body.details]).toEqual([201, undefined]);
      expect(created.body).toMatchObject({ requireSignature: false, requireDutyPerson: false });
      const res = await submit(specialist, {
        storeId: await storeId(),
        categoryId: null,
        templateId: created.body.id,
        results: passAll(created.body),
      });
      expect([res.status, res.body.details]).toEqual([201, undefined]);
    });
  });

  describe('plan periods', () => {
    let overdue: DuePlanItem;

    beforeAll(async () => {
      const due: InspectionPlanDueResponse = (await specialist.get('/api/inspection-plans/due')).body;
      // Prefer an overdue pair whose item of this period is still due too (late in a month the demo chain has done most).
      const dueNow = (i: DuePlanItem) =>
        due.items.some((j) => !j.overdue && j.planId === i.planId && j.storeId === i.storeId && j.categoryId === i.categoryId);
      const overdueItems = due.items.filter((i) => i.overdue && i.frequency === 'monthly');
      const found = overdueItems.find(dueNow) ?? overdueItems[0];
      expect(found).toBeDefined();
      overdue = found as DuePlanItem;
      // The due list names the period its counts are of.
      expect(due.periods.map((p) => p.frequency)).toContain('monthly');
      const month = due.periods.find((p) => p.frequency === 'monthly');
      expect(month?.periodStart).toBe(`${due.date.slice(0, 7)}-01`);
      expect(previousPlanPeriod(month?.periodStart as string, 'monthly').start).toBe(overdue.periodStart);
    });

    const templateFor = (categoryId: number | null) => templates.find((x) => x.categoryId === categoryId) as InspectionTemplateResponse;

    it('planPeriodStart without planItemId → 400; a period two back → 400', async () => {
      const tpl = templateFor(overdue.categoryId);
      const base = { storeId: overdue.storeId, categoryId: overdue.categoryId, templateId: tpl.id, results: passAll(tpl) };
      const stray = await submit(specialist, { ...base, ...(await signOff(specialist)), planPeriodStart: overdue.periodStart });
      expect([stray.status, stray.body.details[0].code]).toEqual([400, 'inspection.plan_period_without_plan']);
      const twoBack = previousPlanPeriod(overdue.periodStart, 'monthly').start;
      const old = await submit(specialist, {
        ...base,
        ...(await signOff(specialist)),
        planItemId: overdue.planId,
        planPeriodStart: twoBack,
      });
      expect([old.status, old.body.details[0].field, old.body.details[0].code]).toEqual([
        400,
        'planPeriodStart',
        'inspection.plan_period_invalid',
      ]);
    });

    it('done from the overdue item: closed (done late) in ITS period, not counted for this one', async () => {
      const tpl = templateFor(overdue.categoryId);
      const thisMonth = (await specialist.get('/api/inspection-plans/due')).body as InspectionPlanDueResponse;
      const doneBefore = thisMonth.coverage[0].done;
      const same = (i: DuePlanItem) => i.planId === overdue.planId && i.storeId === overdue.storeId && i.categoryId === overdue.categoryId;
      const stillDueBefore = thisMonth.items.filter((i) => same(i) && !i.overdue).length;
      const res = await submit(specialist, {
        storeId: overdue.storeId,
        categoryId: overdue.categoryId,
        templateId: tpl.id,
        results: passAll(tpl),
        planItemId: overdue.planId,
        planPeriodStart: overdue.periodStart,
        ...(await signOff(specialist)),
      });
      expect([res.status, res.body.details]).toEqual([201, undefined]);
      expect(res.body).toMatchObject({ planItemId: overdue.planId, planPeriodStart: overdue.periodStart });

      const after: InspectionPlanDueResponse = (await specialist.get('/api/inspection-plans/due')).body;
      expect(after.items.filter((i) => same(i) && i.overdue)).toEqual([]);
      // This period's item of the same store is as it was (still due if it was), and this period's done count did not move.
      expect(after.items.filter((i) => same(i) && !i.overdue)).toHaveLength(stillDueBefore);
      expect(after.coverage[0].done).toBe(doneBefore);

      const last: PlanBoardResponse = (await ops.get(`/api/inspection-plans/board?month=${overdue.periodStart.slice(0, 7)}`)).body;
      const item = last.items.find((i) => i.planId === overdue.planId && i.storeId === overdue.storeId);
      expect(item).toMatchObject({ status: 'done_late', inspectionId: res.body.id });
      expect(item?.inspectorName).toBeTruthy();
      const now: PlanBoardResponse = (await ops.get(`/api/inspection-plans/board?month=${after.date.slice(0, 7)}`)).body;
      const current = now.items.find((i) => i.planId === overdue.planId && i.storeId === overdue.storeId);
      expect(current?.inspectionId).not.toBe(res.body.id);
      if (stillDueBefore) expect(current?.status).toBe('due');
    });
  });
});
