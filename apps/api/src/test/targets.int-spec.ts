import request from 'supertest';
import { ACTUALS_READER, chinaDay, runInTransaction } from '@storeops/api/core';
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

  it('an edit never nests inside another transaction: one that rolls back meanwhile does not take the edit with it', async () => {
    const draft = await create({ total: 1_200_000 });
    const cell = draft.cells[0];
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Another domain's write holds a transaction open (real I/O inside it), then fails and rolls back.
    const held = runInTransaction(t.db, async (em) => {
      await em.query(`UPDATE "store" SET "name" = "name" WHERE "id" = ${cell.storeId}`);
      await gate;
      throw new Error('the other write fails');
    });
    const edit = ops.patch(`/api/target-decompositions/${draft.id}/cells`, {
      cells: [{ storeId: cell.storeId, month: cell.month, value: cell.value + 100 }],
      reason: '',
      version: draft.version,
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    release();
    await expect(held).rejects.toThrow('the other write fails');
    expect((await edit).status).toBe(200);
    const after: TargetDecompositionResponse = (await ops.get(`/api/target-decompositions/${draft.id}`)).body;
    expect(after.cells.find((c) => c.storeId === cell.storeId && c.month === cell.month)?.value).toBe(cell.value + 100);
    expect(after.version).toBe(draft.version + 1);
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
    expect(bad.body.details).toEqual([{ field: 'file', code: 'targets.not_xlsx', params: {}, problem: '不是 .xlsx 工作簿' }]);
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

/**
 * Issue 12: the month shape comes from the last 12 complete months (at the fixed clock 2026-11-18 December 2026 has
 * not happened, so it must not count as a month without sales), the director returns a split with a comment, the
 * company total never changes silently at publishing, and zero months need confirming.
 */
describe('targets workflow over HTTP (issue 12)', () => {
  let t: TestApp;
  let ops: ApiClient;
  let director: ApiClient;
  let stores: Array<{ id: number; code: string; status: string; openDate: string | null }>;
  const SPLIT_YEAR = 2027;
  const TOTAL = 560_000_000_000; // 56 亿元 in 分

  beforeAll(async () => {
    const facts: Partial<Record<TargetMetric, FakeFacts>> = {};
    t = await startWithActuals(facts);
    stores = (await t.db.query(`SELECT id, code, status, "openDate" FROM "store" ORDER BY code`)).map(
      (s: { id: number; code: string; status: string; openDate: string | Date | null }) => ({
        ...s,
        id: Number(s.id),
        openDate: s.openDate === null ? null : String(s.openDate instanceof Date ? s.openDate.toISOString() : s.openDate).slice(0, 10),
      }),
    );
    // The demo chain's sales by month: 2025 in full, 2026 up to a part of November, December 2026 still to come
    // (0), and nothing before a store opened.
    const monthsOf = (year: number, store: (typeof stores)[number], i: number) =>
      Array.from({ length: 12 }, (_, m) => {
        const first = `${year}-${String(m + 1).padStart(2, '0')}-01`;
        if (store.status === 'preparing' || (store.openDate !== null && store.openDate > first)) return 0;
        if (year === 2026 && m === 11) return 0;
        if (year === 2026 && m === 10) return (i + 3) * 40_000_000;
        return (i + 3) * 70_000_000 * (m === 0 || m === 11 ? 2 : 1);
      });
    facts[Metric.Sales] = {
      months: {
        2025: Object.fromEntries(stores.map((s, i) => [s.id, monthsOf(2025, s, i)])),
        2026: Object.fromEntries(stores.map((s, i) => [s.id, monthsOf(2026, s, i)])),
      },
    };
    ops = await t.as('ops');
    director = await t.as('director');
  });
  afterAll(() => t.close());

  async function create(over: object = {}): Promise<TargetDecompositionResponse> {
    const res = await ops.post('/api/target-decompositions', {
      year: SPLIT_YEAR,
      metric: 'sales',
      total: TOTAL,
      method: 'last_year',
      ...over,
    });
    expect(res.status).toBe(201);
    return res.body;
  }
  const monthsOfStore = (d: TargetDecompositionResponse, storeId: number) =>
    d.cells.filter((c) => c.storeId === storeId).sort((a, b) => (a.month ?? 0) - (b.month ?? 0));
  const get = async (id: number): Promise<TargetDecompositionResponse> => (await ops.get(`/api/target-decompositions/${id}`)).body;
  /** Stores add up to the total, each store's months to the store, to the 分. */
  function expectReconciled(d: TargetDecompositionResponse, total: number): void {
    expect(d.total).toBe(total);
    expect(d.stores.reduce((s, r) => s + r.value, 0)).toBe(total);
    expect(d.cells.reduce((s, c) => s + c.value, 0)).toBe(total);
    for (const row of d.stores) expect(monthsOfStore(d, row.storeId).reduce((s, c) => s + c.value, 0)).toBe(row.value);
  }

  it.each(['last_year', 'area', 'equal', 'manual'])(
    'no 2027 split of the demo chain by %s leaves an open store’s month at 0 unless locked so',
    async (method) => {
      const lockedAtZero = stores.find((s) => s.status === 'open') as (typeof stores)[number];
      for (const locks of [[], [{ storeId: lockedAtZero.id, value: 0 }]]) {
        const d = await create({ method, locks });
        expectReconciled(d, TOTAL);
        expect(d.stores.length).toBeGreaterThan(10);
        for (const row of d.stores) {
          const months = monthsOfStore(d, row.storeId).map((c) => c.value);
          expect(months).toHaveLength(12);
          if (row.locked && row.value === 0) expect(months.every((v) => v === 0)).toBe(true);
          else
            expect({ store: row.storeCode, zeroMonths: months.flatMap((v, m) => (v === 0 ? [m + 1] : [])) }).toEqual({
              store: row.storeCode,
              zeroMonths: [],
            });
        }
        expect(d.zeroMonths).toEqual([]);
      }
    },
  );

  it('the shape is the store’s last 12 complete months: December follows December 2025, November November 2025', async () => {
    const d = await create();
    const store = stores.find((s) => s.status === 'open' && (s.openDate ?? '') < '2025-01-01') as (typeof stores)[number];
    const months = monthsOfStore(d, store.id).map((c) => c.value);
    // 2025's January and December were twice an ordinary month. November 2026 (4/7 of an ordinary month in the
    // facts) counts only once it is over: before that November follows November 2025.
    expect(months[11]).toBeGreaterThan(months[5] * 1.9);
    const november = chinaDay() < '2026-12-01' ? 1 : 40 / 70;
    expect(Math.abs(months[10] - months[5] * november)).toBeLessThanOrEqual(1);
  });

  it('the director returns a published split with a comment: draft again, the comment on the split and in the history', async () => {
    const draft = await create();
    const published = (await ops.post(`/api/target-decompositions/${draft.id}/publish`, { version: draft.version })).body;
    expect(published.status).toBe('published');
    expect((await ops.post(`/api/target-decompositions/${draft.id}/return`, { comment: '请下调' })).status).toBe(403);
    const blank = await director.post(`/api/target-decompositions/${draft.id}/return`, { comment: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.details.map((x: { field: string }) => x.field)).toContain('comment');
    const long = await director.post(`/api/target-decompositions/${draft.id}/return`, { comment: '长'.repeat(501) });
    expect(long.status).toBe(400);
    const returned = await director.post(`/api/target-decompositions/${draft.id}/return`, {
      comment: '  华东区目标偏高，请下调后再提交  ',
    });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ status: 'draft', returnComment: '华东区目标偏高，请下调后再提交', returnedBy: 'director' });
    // The banner names the director as a person (营运总监 …), not by the login.
    const directorName = (await director.get('/api/auth/me')).body.displayName as string;
    expect(directorName).not.toBe('director');
    expect(returned.body.returnedByName).toBe(directorName);
    const listed = (await ops.get('/api/target-decompositions?status=draft&pageSize=100')).body.items;
    expect(listed.find((x: { id: number }) => x.id === draft.id)?.returnedByName).toBe(directorName);
    const changes = await ops.get(`/api/target-decompositions/${draft.id}/changes`);
    expect(changes.status).toBe(200);
    expect(changes.body[0]).toMatchObject({
      kind: 'returned',
      reason: '华东区目标偏高，请下调后再提交',
      changedBy: 'director',
      storeId: null,
    });
    const again = await director.post(`/api/target-decompositions/${draft.id}/return`, { comment: '再退' });
    expect(again.status).toBe(409);
    expect(again.body.details[0]).toMatchObject({ field: 'status', code: 'targets.return_not_published', params: { status: 'draft' } });
    // Awaiting approval again once ops publishes it: the director's to-do count is the published splits.
    const before = (await director.get('/api/target-decompositions?status=published&pageSize=1')).body.total;
    await ops.post(`/api/target-decompositions/${draft.id}/publish`, { version: returned.body.version });
    expect((await director.get('/api/target-decompositions?status=published&pageSize=1')).body.total).toBe(before + 1);
  });

  /** A draft with one cell raised by 738 057.59 元, as in the issue. */
  async function edited(over: object = {}): Promise<TargetDecompositionResponse> {
    const draft = await create(over);
    const cell = draft.cells.find((c) => !draft.stores.find((s) => s.storeId === c.storeId)?.locked) as {
      storeId: number;
      month: number;
      value: number;
    };
    const res = await ops.patch(`/api/target-decompositions/${draft.id}/cells`, {
      cells: [{ storeId: cell.storeId, month: cell.month, value: cell.value + 73_805_759 }],
      reason: '',
      version: draft.version,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: TOTAL + 73_805_759, targetTotal: TOTAL });
    return res.body;
  }

  it('publishing after edits that moved the total: 409 naming the old and new totals and the difference, nothing published', async () => {
    const d = await edited();
    const res = await ops.post(`/api/target-decompositions/${d.id}/publish`, { version: d.version });
    expect(res.status).toBe(409);
    expect(res.body.details[0]).toMatchObject({
      field: 'onDifference',
      code: 'targets.total_difference',
      params: { oldTotal: TOTAL, newTotal: TOTAL + 73_805_759, difference: 73_805_759 },
    });
    expect((await get(d.id)).status).toBe('draft');
    const unknown = await ops.post(`/api/target-decompositions/${d.id}/publish`, { version: d.version, onDifference: 'ignore' });
    expect(unknown.status).toBe(400);
  });

  it('adoptTotal: the new sum becomes the company target, with the reason in the history (a reason is required)', async () => {
    const d = await edited();
    const noReason = await ops.post(`/api/target-decompositions/${d.id}/publish`, { version: d.version, onDifference: 'adoptTotal' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details[0]).toMatchObject({ field: 'reason', code: 'targets.adopt_reason_required' });
    const res = await ops.post(`/api/target-decompositions/${d.id}/publish`, {
      version: d.version,
      onDifference: 'adoptTotal',
      reason: '新增团购渠道',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'published', total: TOTAL + 73_805_759, targetTotal: TOTAL + 73_805_759 });
    expectReconciled(res.body, TOTAL + 73_805_759);
    const [change] = (await ops.get(`/api/target-decompositions/${d.id}/changes`)).body;
    expect(change).toMatchObject({
      kind: 'total_adopted',
      before: TOTAL,
      after: TOTAL + 73_805_759,
      reason: '新增团购渠道',
      changedBy: 'ops',
    });
  });

  it('rebalance: the difference is spread over the unlocked stores, the total is the company target again to the 分', async () => {
    const locked = stores.filter((s) => s.status === 'open')[1];
    const d = await edited({ locks: [{ storeId: locked.id, value: 1_234_567_891 }] });
    const res = await ops.post(`/api/target-decompositions/${d.id}/publish`, { version: d.version, onDifference: 'rebalance' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'published', targetTotal: TOTAL });
    expectReconciled(res.body, TOTAL);
    expect(res.body.stores.find((s: { storeId: number }) => s.storeId === locked.id)).toMatchObject({ locked: true, value: 1_234_567_891 });
    const [change] = (await ops.get(`/api/target-decompositions/${d.id}/changes`)).body;
    expect(change).toMatchObject({ kind: 'rebalanced', before: TOTAL + 73_805_759, after: TOTAL });
  });

  it('a month at 0 is reported on the split; publish and approve need it confirmed (409 naming store and month)', async () => {
    const draft = await create();
    const row = draft.stores[2];
    const december = monthsOfStore(draft, row.storeId)[11];
    const dec = await ops.patch(`/api/target-decompositions/${draft.id}/cells`, {
      cells: [{ storeId: row.storeId, month: 12, value: 0 }],
      reason: '',
      version: draft.version,
    });
    expect(dec.body.zeroMonths).toEqual([{ storeId: row.storeId, storeCode: row.storeCode, storeName: row.storeName, months: [12] }]);
    const publish = (body: object) => ops.post(`/api/target-decompositions/${draft.id}/publish`, { version: dec.body.version, ...body });
    const refused = await publish({ onDifference: 'rebalance' });
    expect(refused.status).toBe(409);
    expect(refused.body.details).toEqual([
      expect.objectContaining({
        field: 'confirmZeroMonths',
        code: 'targets.zero_month_store',
        params: { store: row.storeCode, months: '12' },
      }),
    ]);
    expect((await get(draft.id)).status).toBe('draft');
    expect(december.value).toBeGreaterThan(0);
    const published = await publish({ onDifference: 'rebalance', confirmZeroMonths: true });
    expect(published.status).toBe(200);
    expectReconciled(published.body, TOTAL);
    const approve = (body: object) =>
      director.post(`/api/target-decompositions/${draft.id}/approve`, { version: published.body.version, ...body });
    expect((await approve({})).status).toBe(409);
    const approved = await approve({ confirmZeroMonths: true });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
  });
});
