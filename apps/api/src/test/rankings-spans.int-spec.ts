import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  InspectionTemplateResponse,
  StoreRankingExplanation,
  StoreRankingResponse,
  StoreRankTrendResponse,
} from '@storeops/shared/contracts';
import { ImportsService } from '@storeops/api/kpi';
import { RankingsService } from '@storeops/api/rankings';
import { ApiClient, signOff, startTestApp, TestApp } from './test-app';

/**
 * rollup_store_span (issue 17, point 5): the quarter and year sums a ranking of a quarter or a year reads in one
 * indexed read. It is written by the import's apply in the same transaction as the facts, so after any import it must
 * equal the month rollups summed, and a ranking read from it must equal the ranking computed from the daily facts.
 */
const SUMS = [
  'days',
  'closedDays',
  'sales',
  'salesDays',
  'cost',
  'costSales',
  'costDays',
  'shrink',
  'shrinkSales',
  'shrinkDays',
  'transactions',
  'transactionDays',
  'basketDays',
  'basketSales',
  'basketTransactions',
  'labourCenti',
  'labourDays',
  'productivityDays',
  'labourSales',
  'labourBase',
];

describe('rankings from the kept quarter and year sums (rollup_store_span)', () => {
  let t: TestApp;
  let ops: ApiClient;
  let director: ApiClient;
  let year: number;
  let quarter: number;

  /** Span rows that differ from Σ of their months in rollup_store_month (missing, extra or with another sum). */
  async function staleSpans(): Promise<unknown[]> {
    const quarterStart = `("month" / 100) * 100 + (("month" % 100 - 1) / 3) * 3 + 1`;
    const expected = (from: string, to: string, group: string) =>
      `SELECT ${from} AS "fromMonth", ${to} AS "toMonth", "storeId", ${SUMS.map((c) => `SUM("${c}") AS "${c}"`).join(', ')}
       FROM "rollup_store_month" GROUP BY ${group}, "storeId"`;
    const truth = `${expected(quarterStart, `${quarterStart} + 2`, quarterStart)} UNION ALL ${expected(
      `("month" / 100) * 100 + 1`,
      `("month" / 100) * 100 + 12`,
      `"month" / 100`,
    )}`;
    const kept = `SELECT "fromMonth", "toMonth", "storeId", ${SUMS.map((c) => `"${c}"`).join(', ')} FROM "rollup_store_span"`;
    const minus = (a: string, b: string) => `SELECT * FROM (${a}) x EXCEPT SELECT * FROM (${b}) y`;
    return t.db.query(`SELECT * FROM (${minus(truth, kept)}) a UNION ALL SELECT * FROM (${minus(kept, truth)}) b`);
  }

  /** The ranking as the API computes it (from the kept sums) and as it was computed before (from the daily facts). */
  async function bothWays(period: string): Promise<[StoreRankingResponse, StoreRankingResponse]> {
    const rankings = t.app.get(RankingsService);
    return Promise.all([rankings.rank({ period }, { noCache: true }), rankings.rank({ period }, { noCache: true, source: 'daily' })]);
  }

  async function importCsv(name: string, csv: string): Promise<void> {
    const created = await ops.upload('/api/imports', { name, content: Buffer.from(csv, 'utf8') });
    expect(created.status).toBe(201);
    await t.app.get(ImportsService).idle();
    expect((await ops.get(`/api/imports/${created.body.id}`)).body.status).toBe('succeeded');
  }

  beforeAll(async () => {
    t = await startTestApp();
    ops = await t.as('ops');
    director = await t.as('director');
    const [row] = await t.db.query(`SELECT MAX("day") AS d FROM "fact_store_day"`);
    const last = String(row.d);
    year = Number(last.slice(0, 4));
    // The last complete quarter before the last fact day's (a year of demo facts always holds one).
    const running = Math.ceil(Number(last.slice(4, 6)) / 3);
    [year, quarter] = running === 1 ? [year - 1, 4] : [year, running - 1];
  }, 120_000);
  afterAll(() => t.close());

  it('after the demo import: every quarter and year of every store equals the sum of its month rollups', async () => {
    const [{ n }] = await t.db.query(`SELECT COUNT(*) AS n FROM "rollup_store_span"`);
    expect(Number(n)).toBeGreaterThan(0);
    expect(await staleSpans()).toEqual([]);
  });

  it('a quarter’s and a year’s ranking read from the kept sums equal the ones computed from the daily facts', async () => {
    for (const period of [`${year}-Q${quarter}`, String(year)]) {
      const [kept, daily] = await bothWays(period);
      expect(kept.rows.filter((r) => r.rank !== null).length).toBeGreaterThan(10);
      expect(kept).toEqual(daily);
    }
  });

  it('the 12-month trend (scored together from the periods’ raw values) equals each month’s own ranking, region scope too', async () => {
    const [store] = await t.db.query(`SELECT "id", "regionId" FROM "store" WHERE "status" = 'open' ORDER BY "code" LIMIT 1`);
    const period = `${year}-${String(quarter * 3).padStart(2, '0')}`;
    for (const scope of ['all', `region:${store.regionId}`]) {
      const trend = (await director.get(`/api/rankings/stores/${store.id}/trend?period=${period}&scope=${scope}`))
        .body as StoreRankTrendResponse;
      expect(trend.points).toHaveLength(12);
      for (const point of trend.points) {
        const ranking = (await director.get(`/api/rankings/stores?period=${point.period}&scope=${scope}`)).body as StoreRankingResponse;
        const row = ranking.rows.find((r) => r.storeId === store.id);
        expect(point).toEqual({
          period: point.period,
          rank: row?.rank ?? null,
          composite: row?.composite ?? null,
          ranked: ranking.rows.filter((r) => r.rank !== null).length,
        });
        expect(trend.scheme).toEqual(ranking.scheme);
      }
      expect(trend.points.some((p) => p.rank !== null)).toBe(true);
    }
  });

  it('the explanation of a store after an import shows the new facts (its inputs are kept per data version)', async () => {
    const period = `${year}-${String(quarter * 3).padStart(2, '0')}`;
    const ranking = (await director.get(`/api/rankings/stores?period=${period}`)).body as StoreRankingResponse;
    const row = ranking.rows.find((r) => r.rank !== null) as StoreRankingResponse['rows'][number];
    const before = (await director.get(`/api/rankings/stores/${row.storeId}/explanation?period=${period}`)).body as StoreRankingExplanation;
    expect(before.row).toEqual(row);
    await importCsv('extra.csv', `日期,门店编码,品类编码,销售额,成本,损耗\r\n${period}-05,${row.storeCode},FR,1.00,1.00,0\r\n`);
    const after = (await director.get(`/api/rankings/stores/${row.storeId}/explanation?period=${period}`)).body as StoreRankingExplanation;
    expect(after.sales.actual).not.toBe(before.sales.actual);
  });

  it('a category file changing one store-day: its quarter and year are rebuilt in the import, and rank as from the facts', async () => {
    const period = `${year}-Q${quarter}`;
    const before = (await director.get(`/api/rankings/stores?period=${period}`)).body as StoreRankingResponse;
    const last = before.rows.filter((r) => r.rank !== null).at(-1) as StoreRankingResponse['rows'][number];
    const month = String((quarter - 1) * 3 + 2).padStart(2, '0');
    await importCsv(
      'boost.csv',
      `日期,门店编码,品类编码,销售额,成本,损耗\r\n${year}-${month}-10,${last.storeCode},FR,99999999.00,1.00,0\r\n`,
    );
    expect(await staleSpans()).toEqual([]);
    const after = (await director.get(`/api/rankings/stores?period=${period}`)).body as StoreRankingResponse;
    const boosted = after.rows.find((r) => r.storeId === last.storeId) as StoreRankingResponse['rows'][number];
    expect(boosted.rank as number).toBeLessThan(last.rank as number);
    const [kept, daily] = await bothWays(period);
    expect(kept).toEqual(daily);
    expect(kept.rows).toEqual(after.rows);
    const [keptYear, dailyYear] = await bothWays(String(year));
    expect(keptYear).toEqual(dailyYear);
  });

  it('a store file (来客数, a closed day) over days of the quarter: the kept sums follow it too', async () => {
    const [store] = await t.db.query(`SELECT "code" FROM "store" WHERE "status" = 'open' ORDER BY "code" LIMIT 1`);
    const month = String((quarter - 1) * 3 + 1).padStart(2, '0');
    await importCsv(
      'store-days.csv',
      `日期,门店编码,来客数,营业\r\n${year}-${month}-03,${store.code},1234,1\r\n${year}-${month}-04,${store.code},0,0\r\n`,
    );
    expect(await staleSpans()).toEqual([]);
    const [kept, daily] = await bothWays(`${year}-Q${quarter}`);
    expect(kept).toEqual(daily);
  });

  it('after a target approval: the ranking (its other inputs kept) equals one computed from scratch, with the new targets', async () => {
    const period = `${year}-${String(quarter * 3).padStart(2, '0')}`;
    const before = (await director.get(`/api/rankings/stores?period=${period}`)).body as StoreRankingResponse;
    const draft = await ops.post('/api/target-decompositions', { year, metric: 'sales', total: 7_000_000_000_000, method: 'equal' });
    expect(draft.status).toBe(201);
    const published = await ops.post(`/api/target-decompositions/${draft.body.id}/publish`, { version: draft.body.version });
    const approved = await director.post(`/api/target-decompositions/${draft.body.id}/approve`, { version: published.body.version });
    expect(approved.status).toBe(200);
    const after = (await director.get(`/api/rankings/stores?period=${period}`)).body as StoreRankingResponse;
    const [fresh] = await bothWays(period);
    expect(after).toEqual(JSON.parse(JSON.stringify(fresh)));
    const sales = (r: StoreRankingResponse) => r.rows.map((x) => x.components.find((c) => c.kind === 'sales_achievement')?.raw ?? null);
    expect(sales(after)).not.toEqual(sales(before));
  });

  it('after an inspection lands: the running month’s ranking equals one computed from scratch, with the inspection', async () => {
    const specialist = await t.as('specialist');
    const [store] = await t.db.query(`SELECT "id" FROM "store" WHERE "code" = 'BJ001'`);
    const nowMonth = (await director.get('/api/rankings/stores')).body as StoreRankingResponse;
    const running = (nowMonth.asOf as string).slice(0, 7);
    const before = (await director.get(`/api/rankings/stores?period=${running}`)).body as StoreRankingResponse;
    const templates = (await specialist.get('/api/inspection-templates')).body as InspectionTemplateResponse[];
    const general = templates.find((x) => x.code === 'STD-STORE') as InspectionTemplateResponse;
    // One failed item that needs no photo, the rest passed: a score unlike the store's others this month.
    const items = general.sections.flatMap((sec) => sec.items);
    const failed = items.find((i) => i.kind === 'pass_fail' && !i.photoOnFail && !i.critical);
    const results = items.map((i) =>
      i.kind === 'scale'
        ? { itemId: i.id, result: 'score', points: i.maxPoints }
        : { itemId: i.id, result: i === failed ? 'fail' : 'pass' },
    );
    const res = await request(t.app.getHttpServer())
      .post('/api/inspections')
      .set('Cookie', [...specialist.cookies].map(([k, v]) => `${k}=${v}`).join('; '))
      .set('X-XSRF-TOKEN', specialist.xsrf ?? '')
      .set('Idempotency-Key', randomUUID())
      .send({ ...(await signOff(specialist)), storeId: store.id, categoryId: null, templateId: general.id, results });
    expect([res.status, res.body.details]).toEqual([201, undefined]);
    const after = (await director.get(`/api/rankings/stores?period=${running}`)).body as StoreRankingResponse;
    const [fresh] = await bothWays(running);
    expect(after).toEqual(JSON.parse(JSON.stringify(fresh)));
    const score = (r: StoreRankingResponse) =>
      r.rows.find((x) => x.storeId === store.id)?.components.find((c) => c.kind === 'inspection_score')?.raw ?? null;
    expect(score(after)).not.toEqual(score(before));
  });
});
