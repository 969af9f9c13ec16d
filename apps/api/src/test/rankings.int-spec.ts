// Two months of demo inspections, so the ranked month is fully inspected, and over a year of facts, so the demo
// targets (split by last year's actuals) exist (set before the app seeds).
process.env['SEED_DEMO_INSPECTION_MONTHS'] = '2';
process.env['SEED_DEMO_FACT_DAYS'] = '731';

import { Workbook } from 'exceljs';
import {
  DashboardResponse,
  RankingComponent,
  ScorecardSchemeResponse,
  StoreRankingExplanation,
  StoreRankingResponse,
  StoreRankTrendResponse,
} from '@storeops/shared/contracts';
import { ImportsService } from '@storeops/api/kpi';
import { ApiClient, idOf, startTestApp, TestApp } from './test-app';
import { clock } from '@storeops/api/core';

const pad = (n: number) => String(n).padStart(2, '0');
const CHINA = 8 * 3_600_000;
const chinaDay = (at: Date | string) => new Date(new Date(at).getTime() + CHINA).toISOString().slice(0, 10);

/** The month before the one holding `day` (YYYY-MM-DD) — complete in the demo data. */
function previousMonth(day: string): string {
  const [y, m] = day.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

describe('store rankings (DESIGN.md §5, issue 5)', () => {
  let t: TestApp;
  let director: ApiClient;
  let ops: ApiClient;
  let period: string;

  beforeAll(async () => {
    t = await startTestApp();
    director = await t.as('director');
    ops = await t.as('ops');
    const [row] = await t.db.query(`SELECT MAX("day") AS d FROM "fact_store_day"`);
    const last = String(row.d);
    period = previousMonth(`${last.slice(0, 4)}-${last.slice(4, 6)}-${last.slice(6, 8)}`);
  }, 120_000);
  afterAll(() => t.close());

  it('without a period: the last complete month that has facts, named in the answer (on the 1st, the month just ended)', async () => {
    const [row] = await t.db.query(`SELECT MAX("day") AS d FROM "fact_store_day"`);
    const last = `${String(row.d).slice(0, 4)}-${String(row.d).slice(4, 6)}-${String(row.d).slice(6, 8)}`;
    const [y, m, d] = last.split('-').map(Number);
    const endsItsMonth = d === new Date(Date.UTC(y, m, 0)).getUTCDate();
    const expected = endsItsMonth ? last.slice(0, 7) : previousMonth(last);
    const res = await director.get('/api/rankings/stores');
    expect(res.status).toBe(200);
    const ranking = res.body as StoreRankingResponse;
    expect(ranking.period).toBe(expected);
    expect(ranking.partial).toBe(false);
    expect(ranking.rows.filter((r) => r.rank !== null && (r.composite ?? 0) > 0).length).toBeGreaterThan(10);
    const named = (await director.get(`/api/rankings/stores?period=${expected}`)).body as StoreRankingResponse;
    expect(named.rows).toEqual(ranking.rows);
    // The explanation and the export default the same way.
    const store = ranking.rows.find((r) => r.rank === 1)?.storeId;
    const explanation = (await director.get(`/api/rankings/stores/${store}/explanation`)).body as StoreRankingExplanation;
    expect(explanation.period).toBe(expected);
  });

  it('computes the demo chain’s month ranking exactly as by hand from the daily facts, targets, inspections and corrective actions', async () => {
    const res = await director.get(`/api/rankings/stores?period=${period}`);
    expect(res.status).toBe(200);
    const ranking = res.body as StoreRankingResponse;
    expect(ranking.partial).toBe(false);
    const scheme = ranking.scheme;
    expect(scheme.missingRule).toBe('reweight');

    // By hand, with nothing from the ranking code: daily facts (not the rollups), the targets in force, the rows.
    const [y, m] = period.split('-').map(Number);
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const p = (i: number) => (t.db.options.type === 'postgres' ? `$${i}` : '?');
    const facts: Array<{ s: number; sales: string; cost: string; shrink: string }> = await t.db.query(
      `SELECT "storeId" AS s, SUM("sales") AS sales, SUM("cost") AS cost, SUM("shrink") AS shrink FROM "fact_category_day" WHERE "day" BETWEEN ${p(1)} AND ${p(2)} GROUP BY "storeId"`,
      [y * 10_000 + m * 100 + 1, y * 10_000 + m * 100 + days],
    );
    const targets: Array<{ s: number; metric: string; v: string }> = await t.db.query(
      `SELECT c."storeId" AS s, d."metric" AS metric, c."value" AS v FROM "target_cell" c JOIN "target_decomposition" d ON d."id" = c."decompositionId"
       WHERE d."year" = ${p(1)} AND c."month" = ${p(2)} AND d."status" = 'approved' AND d."current" = ${t.db.options.type === 'postgres' ? 'TRUE' : '1'}`,
      [y, m],
    );
    const inspections: Array<{ storeId: number; score: number | null; inspectedAt: string }> = await t.db.query(
      `SELECT "storeId", "score", "inspectedAt" FROM "inspection"`,
    );
    const actions: Array<{ storeId: number; status: string; dueAt: string; closedAt: string | null }> = await t.db.query(
      `SELECT "storeId", "status", "dueAt", "closedAt" FROM "corrective_action"`,
    );
    const stores: Array<{ id: number; code: string; status: string }> = await t.db.query(`SELECT "id", "code", "status" FROM "store"`);

    const inMonth = (at: string) => chinaDay(at.includes('T') || t.db.options.type === 'postgres' ? at : `${at}Z`).startsWith(period);
    const round2 = (v: number) => Math.round(v * 100) / 100;
    const score = (raw: number, floor: number, ceiling: number, direction: string) => {
      const [bad, good] = direction === 'higher' ? [floor, ceiling] : [ceiling, floor];
      return Math.round(Math.min(1, Math.max(0, (raw - bad) / (good - bad))) * 10_000) / 100;
    };
    const expected = new Map<number, number | null>();
    let inspectedStores = 0;
    let judgedActions = 0;
    for (const store of stores) {
      const f = facts.find((r) => Number(r.s) === store.id);
      const sales = f ? Number(f.sales) : 0;
      const cost = f ? Number(f.cost) : 0;
      const shrink = f ? Number(f.shrink) : 0;
      if (store.status !== 'open' && sales <= 0) continue;
      const target = (metric: string) => Number(targets.find((r) => Number(r.s) === store.id && r.metric === metric)?.v ?? 0);
      const scores = inspections
        .filter((i) => i.storeId === store.id && i.score !== null && inMonth(String(i.inspectedAt)))
        .map((i) => Number(i.score));
      if (scores.length) inspectedStores++;
      const due = actions.filter(
        (a) =>
          a.storeId === store.id &&
          inMonth(String(a.dueAt)) &&
          new Date(t.db.options.type === 'postgres' ? a.dueAt : `${a.dueAt}Z`).getTime() < clock.ms(),
      );
      judgedActions += due.length;
      const onTime = due.filter(
        (a) =>
          (a.status === 'closed' || a.status === 'accepted') &&
          a.closedAt !== null &&
          new Date(String(a.closedAt)).getTime() <= new Date(String(a.dueAt)).getTime(),
      ).length;
      const raw: Record<string, number | null> = {
        sales: target('sales') > 0 ? round2((sales / target('sales')) * 100) : null,
        margin: target('gross_margin') > 0 ? round2(((sales - cost) / target('gross_margin')) * 100) : null,
        // Mean to one decimal, half up.
        inspection: scores.length
          ? Math.floor((2 * scores.reduce((a, s) => a + Math.round(s * 10), 0) + scores.length) / (2 * scores.length)) / 10
          : null,
        actions: due.length ? round2((onTime / due.length) * 100) : null,
        shrink: sales > 0 ? round2(((shrink / sales) * 100 * 100) / 1.2) : null,
      };
      let units = 0;
      let present = 0;
      for (const c of scheme.components) {
        const r = raw[c.key];
        if (r === null) continue;
        present += c.weight;
        units += c.weight * Math.round(score(r, c.floor, c.ceiling, c.direction) * 100);
      }
      expected.set(store.id, present === 0 ? null : Math.round((units * 100) / present) / 10_000);
    }
    // The month is really covered: most stores inspected and some corrective actions judged.
    expect(inspectedStores).toBeGreaterThan(30);
    expect(ranking.rows.filter((r) => r.components[0].raw !== null).length).toBeGreaterThan(30);
    expect(judgedActions).toBeGreaterThan(0);

    expect(ranking.rows.length).toBe(expected.size);
    for (const row of ranking.rows) expect([row.storeCode, row.composite]).toEqual([row.storeCode, expected.get(row.storeId)]);
    // Competition ranks from the hand-made composites, ties by store code.
    const ordered = [...expected]
      .filter(([, c]) => c !== null)
      .sort(([a, ca], [b, cb]) => (cb as number) - (ca as number) || codeOf(a).localeCompare(codeOf(b)));
    function codeOf(id: number) {
      return stores.find((s) => s.id === id)?.code ?? '';
    }
    const ranks = new Map<number, number>();
    ordered.forEach(([id, c], i) => ranks.set(id, i > 0 && ordered[i - 1][1] === c ? (ranks.get(ordered[i - 1][0]) as number) : i + 1));
    expect(ranking.rows.filter((r) => r.rank !== null).map((r) => [r.storeCode, r.rank])).toEqual(
      ordered.map(([id]) => [codeOf(id), ranks.get(id)]),
    );
  });

  it('every row carries the contract fields, and its contributions sum exactly to its composite change', async () => {
    const ranking = (await director.get(`/api/rankings/stores?period=${period}`)).body as StoreRankingResponse;
    const compared = ranking.rows.filter((r) => r.compositeChange !== null);
    expect(compared.length).toBeGreaterThan(0);
    for (const row of ranking.rows) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining([
          'storeId',
          'storeCode',
          'rank',
          'composite',
          'previousRank',
          'previousComposite',
          'rankChange',
          'components',
        ]),
      );
      for (const c of row.components)
        expect(Object.keys(c)).toEqual(expect.arrayContaining(['key', 'raw', 'score', 'weight', 'contribution']));
      if (row.rank !== null && row.previousRank !== null) expect(row.rankChange).toBe(row.previousRank - row.rank);
      if (row.compositeChange === null) continue;
      const sum = row.components.reduce((a: number, c: RankingComponent) => a + Math.round((c.contribution as number) * 10_000), 0);
      expect(sum).toBe(Math.round((row.compositeChange as number) * 10_000));
      expect(Math.round(((row.composite as number) - (row.previousComposite as number)) * 10_000)).toBe(sum);
    }
  });

  it('scopes by region and format, and ranks within the scope', async () => {
    const east = await idOf(t, 'region', 'code', 'EAST');
    const byRegion = (await director.get(`/api/rankings/stores?period=${period}&scope=region:${east}`)).body as StoreRankingResponse;
    expect(byRegion.rows.length).toBeGreaterThan(0);
    expect(byRegion.rows.every((r) => r.regionId === east)).toBe(true);
    expect(byRegion.rows[0].rank).toBe(1);
    const byFormat = (await director.get(`/api/rankings/stores?period=${period}&scope=format:convenience`)).body as StoreRankingResponse;
    expect(byFormat.rows.every((r) => r.format === 'convenience')).toBe(true);
    expect((await director.get(`/api/rankings/stores?period=${period}&scope=city:1`)).status).toBe(400);
    expect((await director.get(`/api/rankings/stores?period=2026-13`)).body.details[0].field).toBe('period');
    expect((await director.get(`/api/rankings/stores?period=${period}&extra=1`)).status).toBe(400);
  });

  it('schemes: weights not summing to 100 are refused naming the problem; a draft is approved by the director and then ranks by default', async () => {
    const base = ((await director.get('/api/scorecard-schemes')).body as ScorecardSchemeResponse[]).find(
      (s) => s.inForce,
    ) as ScorecardSchemeResponse;
    const bad = await ops.post('/api/scorecard-schemes', {
      name: '错误方案',
      missingRule: 'zero',
      components: base.components.map((c) => ({ ...c, weight: 10 })),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toContainEqual(
      expect.objectContaining({ field: 'components', code: 'scheme.weights_sum', params: { sum: 50 }, problem: '权重合计为 50，应为 100' }),
    );
    expect(
      (await ops.post('/api/scorecard-schemes', { name: 'x', missingRule: 'zero', components: base.components, colour: 'red' })).status,
    ).toBe(400);
    const count = ((await director.get('/api/scorecard-schemes')).body as unknown[]).length;
    expect(count).toBe(1);

    const salesOnly = [
      { key: 'sales', kind: 'sales_achievement', weight: 60, floor: 80, ceiling: 110, direction: 'higher' },
      { key: 'margin', kind: 'margin_achievement', weight: 40, floor: 80, ceiling: 110, direction: 'higher' },
    ];
    const draft = await ops.post('/api/scorecard-schemes', {
      basedOnId: base.id,
      name: 'ignored',
      missingRule: 'zero',
      components: salesOnly,
    });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ name: base.name, schemeVersion: 2, status: 'draft', inForce: false });
    expect((await ops.post(`/api/scorecard-schemes/${draft.body.id}/approve`, { version: draft.body.version })).status).toBe(403);
    expect((await director.post(`/api/scorecard-schemes/${draft.body.id}/approve`, { version: draft.body.version + 5 })).status).toBe(409);
    const approved = await director.post(`/api/scorecard-schemes/${draft.body.id}/approve`, { version: draft.body.version });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', inForce: true });
    const [directorUser] = await t.db.query(`SELECT "displayName" FROM "app_user" WHERE "username" = 'director'`);
    expect(approved.body.approvedBy).toBe(directorUser.displayName);
    expect(
      (await ops.patch(`/api/scorecard-schemes/${draft.body.id}`, { missingRule: 'reweight', version: approved.body.version })).status,
    ).toBe(409);
    const old = (await director.get(`/api/scorecard-schemes/${base.id}`)).body as ScorecardSchemeResponse;
    expect(old).toMatchObject({ status: 'superseded', inForce: false });

    const now = (await director.get(`/api/rankings/stores?period=${period}`)).body as StoreRankingResponse;
    expect(now.scheme).toMatchObject({ id: draft.body.id, schemeVersion: 2 });
    expect(now.rows[0].components.map((c) => c.key)).toEqual(['sales', 'margin']);
    const pinned = (await director.get(`/api/rankings/stores?period=${period}&schemeId=${base.id}`)).body as StoreRankingResponse;
    expect(pinned.scheme.id).toBe(base.id);
    expect(pinned.rows[0].components).toHaveLength(5);
  });

  it('exports the ranking as XLSX whose rows equal the API’s', async () => {
    const ranking = (await director.get(`/api/rankings/stores?period=${period}`)).body as StoreRankingResponse;
    const res = await director.download(`/api/rankings/stores/export?period=${period}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const book = new Workbook();
    await book.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe('门店编码');
    // Each component: its raw value in its unit, then its 0–100 score, headed so one is not taken for the other.
    const salesAt = 6 + 2 * ranking.scheme.components.findIndex((c) => c.kind === 'sales_achievement');
    expect(salesAt).toBeGreaterThanOrEqual(6);
    expect(sheet.getRow(1).getCell(salesAt).value).toBe('销售达成率（%）');
    expect(String(sheet.getRow(1).getCell(salesAt + 1).value)).toMatch(/^销售达成率得分（权重 \d+%）$/);
    ranking.rows.slice(0, 10).forEach((row, i) => {
      const cells = sheet.getRow(i + 2);
      expect([cells.getCell(1).value, cells.getCell(2).value, cells.getCell(5).value]).toEqual([
        row.rank ?? '—',
        row.storeCode,
        row.composite,
      ]);
      const sales = row.components.find((c) => c.kind === 'sales_achievement');
      expect([cells.getCell(salesAt).value, cells.getCell(salesAt + 1).value]).toEqual([sales?.raw ?? '缺失', sales?.score ?? '缺失']);
      // One score format: the composite shows one decimal like the component scores and the page.
      expect([cells.getCell(5).numFmt, cells.getCell(salesAt + 1).numFmt]).toEqual(['0.0', '0.0']);
    });
    expect(sheet.rowCount).toBe(ranking.rows.length + 1);
    expect(book.getWorksheet('说明')?.getRow(2).getCell(2).value).toBe('全部门店');

    // In the page's order when it sends one: lowest composite first.
    const sorted = await director.download(`/api/rankings/stores/export?period=${period}&sort=composite&dir=asc`);
    const ascending = new Workbook();
    await ascending.xlsx.load(sorted.body as unknown as ArrayBuffer);
    const lowest = ranking.rows.filter((r) => r.composite !== null).at(-1) as StoreRankingResponse['rows'][number];
    expect(ascending.worksheets[0].getRow(2).getCell(5).value).toBe(lowest.composite);
    expect((await director.get(`/api/rankings/stores/export?period=${period}&sort=colour`)).status).toBe(400);
  });

  it('explains one store and draws its 12-period trend; a store manager reaches their own store only', async () => {
    const own = await idOf(t, 'store', 'code', 'BJ001');
    const other = await idOf(t, 'store', 'code', 'SH001');
    const res = await director.get(`/api/rankings/stores/${own}/explanation?period=${period}`);
    expect(res.status).toBe(200);
    const explanation = res.body as StoreRankingExplanation;
    expect(explanation.row.storeId).toBe(own);
    expect(explanation.sales.actual).toBeGreaterThan(0);
    expect(explanation.sales.target).toBeGreaterThan(0);
    const trend = (await director.get(`/api/rankings/stores/${own}/trend?period=${period}`)).body as StoreRankTrendResponse;
    expect(trend.points).toHaveLength(12);
    expect(trend.points[11].period).toBe(period);
    expect(trend.points[11].rank).toBe(explanation.row.rank);

    const manager = await t.as('manager');
    expect((await manager.get(`/api/rankings/stores/${own}/explanation?period=${period}`)).status).toBe(200);
    expect((await manager.get(`/api/rankings/stores/${other}/explanation?period=${period}`)).status).toBe(403);
    expect((await manager.get(`/api/rankings/stores/${other}/trend?period=${period}`)).status).toBe(403);
    expect((await manager.get(`/api/rankings/stores/999999/trend?period=${period}`)).status).toBe(403);
    expect((await manager.get(`/api/rankings/stores?period=${period}`)).status).toBe(403);
    expect((await manager.get(`/api/rankings/stores/export?period=${period}`)).status).toBe(403);
    expect((await manager.get(`/api/dashboard`)).status).toBe(403);
  });

  it('the dashboard’s company figures add up from the facts and targets, and its ranking tiles are the month’s ranking', async () => {
    const [row] = await t.db.query(`SELECT MAX("day") AS d FROM "fact_store_day"`);
    const last = String(row.d);
    const day = `${last.slice(0, 4)}-${last.slice(4, 6)}-${last.slice(6, 8)}`;
    const res = await director.get(`/api/dashboard?date=${day}`);
    expect(res.status).toBe(200);
    const dash = res.body as DashboardResponse;
    const p = (i: number) => (t.db.options.type === 'postgres' ? `$${i}` : '?');
    const [mtd] = await t.db.query(`SELECT SUM("sales") AS v FROM "fact_category_day" WHERE "day" BETWEEN ${p(1)} AND ${p(2)}`, [
      Number(last.slice(0, 6) + '01'),
      Number(last),
    ]);
    expect(dash.sales.mtd.actual).toBe(Number(mtd.v));
    expect(dash.sales.mtd.target).toBeGreaterThan(0);
    expect(dash.sales.mtd.pace).toBeCloseTo(dash.sales.mtd.actual / dash.sales.mtd.target / dash.sales.mtd.timeProgress, 10);
    expect(dash.months).toHaveLength(12);
    expect(dash.heatmap.cells.length).toBe(dash.heatmap.regions.length * dash.heatmap.categories.length);
    expect(dash.ranking?.top).toHaveLength(10);
    const month = (await director.get(`/api/rankings/stores?period=${day.slice(0, 7)}`)).body as StoreRankingResponse;
    expect(dash.ranking?.top.map((s) => s.storeCode)).toEqual(month.rows.slice(0, 10).map((r) => r.storeCode));
    expect((await director.get('/api/dashboard?date=2026-02-30')).status).toBe(400);
  });

  it('an import makes the cached ranking recompute (the data version is part of the cache key)', async () => {
    const before = (await director.get(`/api/rankings/stores?period=${period}`)).body as StoreRankingResponse;
    const last = before.rows.filter((r) => r.rank !== null).at(-1) as StoreRankingResponse['rows'][number];
    const csv = `日期,门店编码,品类编码,销售额,成本,损耗\r\n${period}-01,${last.storeCode},FR,99999999.00,1.00,0\r\n`;
    const created = await ops.upload('/api/imports', { name: 'boost.csv', content: Buffer.from(csv, 'utf8') });
    expect(created.status).toBe(201);
    await t.app.get(ImportsService).idle();
    expect((await ops.get(`/api/imports/${created.body.id}`)).body.status).toBe('succeeded');
    const after = (await director.get(`/api/rankings/stores?period=${period}`)).body as StoreRankingResponse;
    const boosted = after.rows.find((r) => r.storeId === last.storeId) as StoreRankingResponse['rows'][number];
    expect(boosted.components[0].raw as number).toBeGreaterThan(last.components[0].raw as number);
    expect(boosted.rank as number).toBeLessThan(last.rank as number);
  });

  it('answers quarters and years, and a month still running as pace', async () => {
    const [y, m] = period.split('-').map(Number);
    const quarter = (await director.get(`/api/rankings/stores?period=${y}-Q${Math.ceil(m / 3)}`)).body as StoreRankingResponse;
    expect(quarter.rows.some((r) => r.rank === 1)).toBe(true);
    expect((await director.get(`/api/rankings/stores?period=${y}`)).status).toBe(200);
    // The month of the last fact day is still running, unless the clock stands on the 1st of a month: then the last
    // fact day ends its month, and the next day's facts (a copy of the last day's) are imported to start one.
    const [row] = await t.db.query(`SELECT MAX("day") AS d FROM "fact_store_day"`);
    const last = String(row.d);
    const lastDay = `${last.slice(0, 4)}-${last.slice(4, 6)}-${last.slice(6, 8)}`;
    let runningMonth = lastDay.slice(0, 7);
    const next = new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    if (next.slice(0, 7) !== runningMonth) {
      runningMonth = next.slice(0, 7);
      const p = (i: number) => (t.db.options.type === 'postgres' ? `$${i}` : '?');
      const rows: Array<{ store: string; category: string; sales: string; cost: string; shrink: string }> = await t.db.query(
        `SELECT s."code" AS store, c."code" AS category, f."sales" AS sales, f."cost" AS cost, f."shrink" AS shrink
         FROM "fact_category_day" f JOIN "store" s ON s."id" = f."storeId" JOIN "category" c ON c."id" = f."categoryId" WHERE f."day" = ${p(1)}`,
        [Number(last)],
      );
      const yuan = (fen: string) => (Number(fen) / 100).toFixed(2);
      const csv = [
        '日期,门店编码,品类编码,销售额,成本,损耗',
        ...rows.map((r) => `${next},${r.store},${r.category},${yuan(r.sales)},${yuan(r.cost)},${yuan(r.shrink)}`),
      ];
      const created = await ops.upload('/api/imports', { name: 'next-day.csv', content: Buffer.from(csv.join('\r\n'), 'utf8') });
      expect(created.status).toBe(201);
      await t.app.get(ImportsService).idle();
      expect((await ops.get(`/api/imports/${created.body.id}`)).body.status).toBe('succeeded');
    }
    // Pinned to the demo's first scheme: the schemes test above put a sales-and-margin-only version in force, and in a
    // January there are no targets of the new year yet.
    const first = ((await director.get('/api/scorecard-schemes')).body as ScorecardSchemeResponse[]).find((s) => s.schemeVersion === 1);
    const running = (await director.get(`/api/rankings/stores?period=${runningMonth}&schemeId=${first?.id}`)).body as StoreRankingResponse;
    expect(running.partial).toBe(true);
    expect(running.rows.filter((r) => r.rank !== null).length).toBeGreaterThan(30);
  });
});
