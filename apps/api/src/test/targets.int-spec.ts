import request from 'supertest';
import { ACTUALS_READER, chinaDay } from '@storeops/api/core';
import { FakeFacts, fakeActuals } from '@storeops/api/targets';
import { Metric, TargetDecompositionResponse, TargetMetric } from '@storeops/shared/contracts';
import { ApiClient, idOf, startTestApp, TestApp } from './test-app';

/** The real app, with actuals answered by an in-memory reader whose facts the tests fill in. */
function startWithActuals(facts: Partial<Record<TargetMetric, FakeFacts>>): Promise<TestApp> {
  return startTestApp([{ provide: ACTUALS_READER, useValue: fakeActuals(facts) }]);
}

describe('targets over HTTP', () => {
  let t: TestApp;
  let ops: ApiClient;
  let director: ApiClient;
  let year: number;
  const facts: Partial<Record<TargetMetric, FakeFacts>> = {};

  beforeAll(async () => {
    t = await startWithActuals(facts);
    year = Number(chinaDay().slice(0, 4));
    const stores: Array<{ id: number }> = await t.db.query(`SELECT id FROM "store" ORDER BY code`);
    // Last year's monthly sales: store i sells (i + 1) × 1 000 元 a month, more in December.
    facts[Metric.Sales] = {
      months: {
        [year - 1]: Object.fromEntries(
          stores.map((s, i) => [s.id, Array.from({ length: 12 }, (_, m) => (i + 1) * 100_000 * (m === 11 ? 2 : 1))]),
        ),
      },
    };
    ops = await t.as('ops');
    director = await t.as('director');
  });
  afterAll(() => t.close());

  const body = (over: object = {}) => ({ year, metric: 'sales', total: 1_000_000_007, method: 'last_year', ...over });

  async function create(over: object = {}): Promise<TargetDecompositionResponse> {
    const res = await ops.post('/api/target-decompositions', body(over));
    expect(res.status).toBe(201);
    return res.body;
  }

  it('ops creates, ops publishes, the director approves; the split reconciles to the 分', async () => {
    const draft = await create();
    expect(draft).toMatchObject({ status: 'draft', createdBy: 'ops', total: 1_000_000_007, current: false });
    expect(draft.stores.reduce((s, r) => s + r.value, 0)).toBe(1_000_000_007);
    expect(draft.cells.reduce((s, c) => s + c.value, 0)).toBe(1_000_000_007);
    const published = await ops.post(`/api/target-decompositions/${draft.id}/publish`, { version: draft.version });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    const approved = await director.post(`/api/target-decompositions/${draft.id}/approve`, { version: published.body.version });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', current: true, approvedBy: 'director' });
    const audit = await (await t.as('admin')).get(`/api/audit?entity=target_decomposition&entityId=${draft.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'update', 'update']);
  });

  it('refuses the wrong roles with 403', async () => {
    const draft = await create({ total: 1_000 });
    const [specialist, manager, buyer] = [await t.as('specialist'), await t.as('manager'), await t.as('buyer')];
    expect((await director.post('/api/target-decompositions', body())).status).toBe(403);
    expect((await specialist.post(`/api/target-decompositions/${draft.id}/publish`, { version: draft.version })).status).toBe(403);
    await ops.post(`/api/target-decompositions/${draft.id}/publish`, { version: draft.version });
    expect((await ops.post(`/api/target-decompositions/${draft.id}/approve`, { version: draft.version + 1 })).status).toBe(403);
    expect((await manager.get('/api/target-decompositions')).status).toBe(403);
    expect((await buyer.get(`/api/target-decompositions/${draft.id}`)).status).toBe(403);
    expect((await specialist.get(`/api/target-decompositions/${draft.id}`)).status).toBe(200);
  });

  it.each([
    ['an unknown field', { colour: 'red' }, 'colour'],
    ['a total that is not an integer', { total: 100.5 }, 'total'],
    ['a total given as text', { total: '100' }, 'total'],
    ['an unknown method', { method: 'magic' }, 'method'],
    ['an unknown metric', { metric: 'margin_rate' }, 'metric'],
    ['a lock on a store that does not exist', { locks: [{ storeId: 999_999, value: 1 }] }, 'locks[0].storeId'],
    ['a lock above the total', { total: 10, locks: [{ storeId: 1, value: 11 }] }, 'locks[0].value'],
  ])('400 naming the field for %s', async (_name, over, field) => {
    const res = await ops.post('/api/target-decompositions', body(over));
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('lists without stores and cells; filters by year, metric and status', async () => {
    const res = await ops.get(`/api/target-decompositions?year=${year}&metric=sales&status=approved`);
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const item of res.body.items) expect(item).toMatchObject({ year, metric: 'sales', status: 'approved', stores: [], cells: [] });
  });

  it('export → import round trip leaves the cells unchanged; a bad file saves nothing and names line and column', async () => {
    const draft = await create();
    const exported = await ops.download(`/api/target-decompositions/${draft.id}/export`);
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const upload = (file: Buffer) =>
      request(t.app.getHttpServer())
        .post(`/api/target-decompositions/${draft.id}/import`)
        .set('Cookie', ops.cookieHeader)
        .set('X-XSRF-TOKEN', ops.xsrf ?? '')
        .field('reason', 'round trip')
        .attach('file', file, 'targets.xlsx');
    const same = await upload(exported.body as Buffer);
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ changedCells: 0, total: draft.total });
    expect(same.body.cells).toEqual(draft.cells);

    const bad = await upload(Buffer.from('not a workbook'));
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([{ field: 'file', problem: 'is not an .xlsx workbook' }]);
    expect((await ops.get(`/api/target-decompositions/${draft.id}`)).body.cells).toEqual(draft.cells);
  });

  it('store progress: a store manager reads their own store (200), not another (403)', async () => {
    const manager = await t.as('manager');
    const own = await idOf(t, 'store', 'code', 'BJ001');
    const other = await idOf(t, 'store', 'code', 'SH001');
    const mine = await manager.get(`/api/stores/${own}/progress?date=${year}-01-31`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ storeId: own, date: `${year}-01-31` });
    expect(mine.body.metrics.map((m: { metric: string }) => m.metric)).toEqual(['sales']);
    expect((await manager.get(`/api/stores/${other}/progress`)).status).toBe(403);
    expect((await manager.get('/api/progress/behind-pace')).status).toBe(403);
    expect((await manager.get(`/api/stores/${own}/progress?date=2026-02-30`)).status).toBe(400);
  });
});
