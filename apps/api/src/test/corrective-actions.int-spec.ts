import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import request from 'supertest';
import { CorrectiveActionResponse, CorrectiveActionSummary, InspectionTemplateResponse, ResultInput } from '@storeops/shared/contracts';
import { ApiClient, idOf, signOff, startTestApp, TestApp } from './test-app';

/** Issue 12 §4: filters and counts, bulk verify, and what the 店长's card carries (failed item, note, photo). */
describe('corrective actions: filters, counts, bulk verify, the failure note and photo', () => {
  let t: TestApp;
  let specialist: ApiClient;
  let ops: ApiClient;
  let manager: ApiClient;
  let bj001: number;
  let fresh: InspectionTemplateResponse;

  const photo = async (client: ApiClient) => {
    const content = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#c33' } })
      .jpeg()
      .toBuffer();
    const res = await client.upload('/api/photos', { name: 'fail.jpg', content });
    expect(res.status).toBe(201);
    return res.body.id as number;
  };
  const submit = async (client: ApiClient, body: object) =>
    request(t.app.getHttpServer())
      .post('/api/inspections')
      .set('Cookie', client.cookieHeader)
      .set('X-XSRF-TOKEN', client.xsrf ?? '')
      .set('Idempotency-Key', randomUUID())
      .send({ ...(await signOff(client)), ...body });

  beforeAll(async () => {
    t = await startTestApp();
    specialist = await t.as('specialist');
    ops = await t.as('ops');
    manager = await t.as('manager');
    bj001 = await idOf(t, 'store', 'code', 'BJ001');
    fresh = ((await specialist.get('/api/inspection-templates')).body as InspectionTemplateResponse[]).find(
      (x) => x.code === 'STD-FR',
    ) as InspectionTemplateResponse;
  });
  afterAll(() => t.close());

  /** An inspection of BJ001 failing `count` plain items, each with a note and a photo: their actions. */
  async function failing(count: number): Promise<CorrectiveActionResponse[]> {
    const items = fresh.sections.flatMap((s) => s.items);
    const fails = items.filter((i) => !i.critical && i.kind === 'pass_fail').slice(0, count);
    const results: ResultInput[] = [];
    for (const i of items) {
      if (fails.includes(i)) results.push({ itemId: i.id, result: 'fail', note: `${i.title} 不达标`, photoIds: [await photo(specialist)] });
      else results.push(i.kind === 'scale' ? { itemId: i.id, result: 'score', points: i.maxPoints } : { itemId: i.id, result: 'pass' });
    }
    const created = await submit(specialist, { storeId: bj001, categoryId: fresh.categoryId, templateId: fresh.id, results });
    expect([created.status, created.body.details]).toEqual([201, undefined]);
    return (await manager.get(`/api/corrective-actions?inspectionId=${created.body.id}`)).body.items;
  }

  it("the 店长's action carries the failed item, its section, the inspector's note and photo, and who found it when", async () => {
    const [a] = await failing(1);
    expect(a).toMatchObject({ storeId: bj001, categoryId: fresh.categoryId, status: 'open', inspectorName: expect.any(String) });
    expect(a.sectionTitle).toBeTruthy();
    expect(a.failureNote).toBe(`${a.itemTitle} 不达标`);
    expect(a.failurePhotoIds).toHaveLength(1);
    expect(a.inspectedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const served = await manager.get(`/api/photos/${a.failurePhotoIds[0]}`);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toMatch(/^image\//);
  });

  it('filters by store, status, category, inspector and due, with counts that match the list', async () => {
    const inspectorId = await idOf(t, 'app_user', 'username', 'specialist');
    const base = `storeId=${bj001}&categoryId=${fresh.categoryId}&inspectorId=${inspectorId}`;
    const summary: CorrectiveActionSummary = (await ops.get(`/api/corrective-actions/summary?${base}`)).body;
    expect(summary.total).toBe(summary.open + summary.reopened + summary.closed + summary.accepted);
    expect(summary.open).toBeGreaterThanOrEqual(1);
    const open = (await ops.get(`/api/corrective-actions?${base}&status=open&pageSize=200`)).body;
    expect(open.total).toBe(summary.open);
    for (const a of open.items as CorrectiveActionResponse[]) {
      expect(a).toMatchObject({ storeId: bj001, categoryId: fresh.categoryId, inspectorId, status: 'open' });
    }
    const overdue = (await ops.get(`/api/corrective-actions?${base}&overdue=true&pageSize=200`)).body;
    expect(overdue.total).toBe(summary.overdue);
    expect((overdue.items as CorrectiveActionResponse[]).every((a) => a.overdue)).toBe(true);
    const dueTo = (await ops.get(`/api/corrective-actions?${base}&dueTo=2000-01-01`)).body;
    expect(dueTo.total).toBe(0);
    // A store manager's counts are their own store's: another store's are empty, like its list.
    const sh001 = await idOf(t, 'store', 'code', 'SH001');
    const other = await manager.get(`/api/corrective-actions/summary?storeId=${sh001}`);
    expect([other.status, other.body.total]).toEqual([200, 0]);
    expect((await manager.get('/api/corrective-actions/summary')).body.total).toBeGreaterThan(0);
    expect((await ops.get('/api/corrective-actions?overdue=maybe')).status).toBe(400);
  });

  it('bulk verify: all or nothing; accepts several closed actions in one go; a reopen needs one reason', async () => {
    const actions = await failing(3);
    expect(actions).toHaveLength(3);
    for (const a of actions) {
      const closed = await manager.post(`/api/corrective-actions/${a.id}/close`, { note: '已整改', photoId: await photo(manager) });
      expect(closed.status).toBe(200);
    }
    const open = (await failing(1))[0];
    const ids = actions.map((a) => a.id);

    const mixed = await specialist.post('/api/corrective-actions/verify', { ids: [...ids, open.id], accepted: true });
    expect(mixed.status).toBe(409);
    expect(mixed.body.details).toEqual([expect.objectContaining({ field: 'ids[3]', code: 'corrective_action.not_closed' })]);
    const still = (await ops.get(`/api/corrective-actions?storeId=${bj001}&status=closed&pageSize=200`)).body
      .items as CorrectiveActionResponse[];
    expect(ids.every((id) => still.some((a) => a.id === id))).toBe(true);

    expect((await specialist.post('/api/corrective-actions/verify', { ids, accepted: false })).status).toBe(400);
    expect((await specialist.post('/api/corrective-actions/verify', { ids: [], accepted: true })).status).toBe(400);
    expect((await manager.post('/api/corrective-actions/verify', { ids, accepted: true })).status).toBe(403);

    const reopened = await specialist.post('/api/corrective-actions/verify', { ids: [ids[0]], accepted: false, reason: '复查仍有问题' });
    expect(reopened.body.items).toEqual([expect.objectContaining({ id: ids[0], status: 'reopened', reopenReason: '复查仍有问题' })]);
    const done = await specialist.post('/api/corrective-actions/verify', { ids: ids.slice(1), accepted: true });
    expect(done.status).toBe(200);
    expect(done.body.items.map((a: CorrectiveActionResponse) => [a.id, a.status])).toEqual(ids.slice(1).map((id) => [id, 'accepted']));
  });
});
