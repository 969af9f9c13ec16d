import { ImportsService } from '@storeops/api/kpi';
import { daysInYear } from '@storeops/shared/contracts';
import { ApiClient, idOf, startTestApp, TestApp } from './test-app';

/**
 * The progress endpoint against the real chain of facts → rollups → targets: facts go in through the import API,
 * a target through the decomposition workflow, and every figure is checked against a hand computation.
 */
describe('store progress from real facts', () => {
  const YEAR = 2031; // clear of the demo facts
  let t: TestApp;
  let ops: ApiClient;
  let director: ApiClient;
  let manager: ApiClient;
  let storeId: number;
  let monthTarget: number;
  let yearTarget: number;

  // SH001's daily sales in 元 and costs: January 1..31, February 1..28, March 1..10.
  const daily = (month: number, day: number) => 1000 + month * 100 + day; // 元
  const rows: string[] = [];
  for (const [month, days] of [
    [1, 31],
    [2, 28],
    [3, 10],
  ]) {
    for (let day = 1; day <= days; day++) {
      const date = `${YEAR}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      rows.push(`${date},BJ001,FR,${daily(month, day)}.50,${daily(month, day) - 200},1`);
    }
  }
  const fen = (month: number, day: number) => daily(month, day) * 100 + 50;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await t.as('ops');
    director = await t.as('director');
    manager = await t.as('manager');
    storeId = await idOf(t, 'store', 'code', 'BJ001');
    const file = Buffer.from(['日期,门店编码,品类编码,销售额,成本,损耗', ...rows].join('\r\n'), 'utf8');
    const job = await ops.upload('/api/imports', { name: 'bj001.csv', content: file });
    expect(job.status).toBe(201);
    await t.app.get(ImportsService).idle();
    expect((await ops.get(`/api/imports/${job.body.id}`)).body.status).toBe('succeeded');

    const created = await ops.post('/api/target-decompositions', {
      year: YEAR,
      metric: 'sales',
      total: 4_800_000_000,
      method: 'equal',
      locks: [],
    });
    expect(created.status).toBe(201);
    const published = await ops.post(`/api/target-decompositions/${created.body.id}/publish`, { version: created.body.version });
    const approved = await director.post(`/api/target-decompositions/${created.body.id}/approve`, { version: published.body.version });
    expect(approved.body.status).toBe('approved');
    const store = approved.body.stores.find((s: { storeId: number }) => s.storeId === storeId);
    yearTarget = store.value;
    monthTarget = approved.body.cells.find((c: { storeId: number; month: number }) => c.storeId === storeId && c.month === 3).value;
  });
  afterAll(() => t.close());

  it('gives MTD and YTD target, actual, achievement, time progress, pace and forecast as computed by hand', async () => {
    const res = await manager.get(`/api/stores/${storeId}/progress?date=${YEAR}-03-10`);
    expect(res.status).toBe(200);
    const sales = res.body.metrics.find((m: { metric: string }) => m.metric === 'sales');

    let mtdActual = 0;
    for (let d = 1; d <= 10; d++) mtdActual += fen(3, d);
    let ytdActual = mtdActual;
    for (let d = 1; d <= 31; d++) ytdActual += fen(1, d);
    for (let d = 1; d <= 28; d++) ytdActual += fen(2, d);

    expect(sales.mtd.actual).toBe(mtdActual);
    expect(sales.mtd.target).toBe(monthTarget);
    expect(sales.mtd.achievement).toBeCloseTo(mtdActual / monthTarget, 12);
    expect(sales.mtd.timeProgress).toBeCloseTo(10 / 31, 12);
    expect(sales.mtd.pace).toBeCloseTo(mtdActual / monthTarget / (10 / 31), 12);
    expect(sales.mtd.forecast).toBe(Math.round((mtdActual / 10) * 31));

    const elapsed = 31 + 28 + 10;
    expect(sales.ytd.actual).toBe(ytdActual);
    expect(sales.ytd.target).toBe(yearTarget);
    expect(sales.ytd.timeProgress).toBeCloseTo(elapsed / daysInYear(YEAR), 12);
    expect(sales.ytd.forecast).toBe(Math.round((ytdActual / elapsed) * daysInYear(YEAR)));
  });

  it('answers the KPI endpoint with the same month-to-date actual, and last year empty', async () => {
    const res = await manager.get(`/api/kpis?metric=sales&period=mtd&date=${YEAR}-03-10`);
    // No facts a year earlier: last year is unknown (null), not 0, and so is every 同比.
    expect(res.body.rows).toEqual([
      expect.objectContaining({
        key: 'all',
        label: '合计',
        value: sales310(),
        lastYear: null,
        yoy: null,
        yoyLikeForLike: null,
        comparableStores: 0,
      }),
    ]);
    function sales310() {
      let s = 0;
      for (let d = 1; d <= 10; d++) s += fen(3, d);
      return s;
    }
  });

  it('lets a store manager read only their own store, by id or by filter', async () => {
    const other = await idOf(t, 'store', 'code', 'SH001');
    expect((await manager.get(`/api/stores/${other}/progress?date=${YEAR}-03-10`)).status).toBe(403);
    expect((await manager.get(`/api/kpis?metric=sales&period=${YEAR}&storeId=${other}`)).status).toBe(403);
    const byStore = await manager.get(`/api/kpis?metric=sales&period=${YEAR}&groupBy=store`);
    expect(byStore.body.rows.map((r: { key: string }) => r.key)).toEqual([String(storeId)]);
  });
});
