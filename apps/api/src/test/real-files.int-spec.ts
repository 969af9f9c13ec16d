// A chain's own POS export, not the project's demo data: the demo chain brings its stores and users but no facts.
process.env['SEED_DEMO_FACT_DAYS'] = '0';

import { ImportsService } from '@storeops/api/kpi';
import { ImportResponse, KpiResponse, StoreRankingResponse } from '@storeops/shared/contracts';
import { ApiClient, idOf, startTestApp, TestApp } from './test-app';

/**
 * Issue 10 over HTTP, on SQLite and PostgreSQL: a store-day file shaped like a European drugstore chain's export
 * (its own headers, its own store numbers, D.M.Y dates, decimal commas, an open flag, newest day first, no cost).
 */
const HEADERS = ['Filiale', 'Wochentag', 'Datum', 'Umsatz', 'Kunden', 'Geoeffnet', 'Aktion'];
const MAPPING = {
  Filiale: 'store_code',
  Wochentag: 'ignore',
  Datum: 'date',
  Umsatz: 'sales',
  Kunden: 'transactions',
  Geoeffnet: 'open',
  Aktion: 'ignore',
};

interface Row {
  store: string;
  y: number;
  d: number;
  /** 分 */
  sales: number;
  customers: number;
  open: boolean;
}

const weekday = (y: number, d: number) => new Date(Date.UTC(y, 2, d)).getUTCDay();
const pad = (n: number) => String(n).padStart(2, '0');
/** 分 as the chain writes money: decimal comma, dots grouping thousands ("1.234,56"). */
function euro(fen: number): string {
  const whole = Math.floor(fen / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${whole},${pad(fen % 100)}`;
}

/** March 2024 and 2025 of four stores, by POS number: 1 and 2 traded throughout (2 closes on Sundays), 3 opened in 2025, 4 lacks five days of 2024. */
function chainRows(): Row[] {
  const rows: Row[] = [];
  for (const y of [2025, 2024]) {
    for (let d = 31; d >= 1; d--) {
      for (const store of ['1', '2', '3', '4']) {
        if (store === '3' && y === 2024) continue;
        if (store === '4' && y === 2024 && d <= 5) continue;
        const closed = store === '2' && weekday(y, d) === 0;
        const base = Number(store) * 100_000 + d * 1_013 + (y === 2025 ? 7_777 : 0);
        rows.push({ store, y, d, sales: closed ? 0 : base, customers: closed ? 0 : 300 + d + Number(store), open: !closed });
      }
    }
  }
  return rows;
}

function csv(rows: Row[]): Buffer {
  const lines = [HEADERS.join(';').replace(/;/g, ',')];
  for (const r of rows) {
    lines.push(
      [r.store, weekday(r.y, r.d) || 7, `${pad(r.d)}.03.${r.y}`, `"${euro(r.sales)}"`, r.customers, r.open ? 1 : 0, r.d % 2].join(','),
    );
  }
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

describe('real chains’ files (issue 10)', () => {
  let t: TestApp;
  let ops: ApiClient;
  let admin: ApiClient;
  let director: ApiClient;
  const rm = new Map<string, number>();
  const rows = chainRows();

  async function upload(name: string, content: Buffer, fields: Record<string, string> = {}): Promise<ImportResponse> {
    const created = await ops.upload('/api/imports', { name, content }, fields);
    expect(created.status).toBe(201);
    await t.app.get(ImportsService).idle();
    return (await ops.get(`/api/imports/${created.body.id}`)).body as ImportResponse;
  }

  const kpis = async (query: string): Promise<KpiResponse> => {
    const res = await director.get(`/api/kpis?${query}`);
    expect(res.status).toBe(200);
    return res.body as KpiResponse;
  };

  beforeAll(async () => {
    t = await startTestApp();
    ops = await t.as('ops');
    admin = await t.as('admin');
    director = await t.as('director');
    const regionId = await idOf(t, 'region', 'code', 'EAST');
    // The chain's own codes; POS numbers 1–3 are known external codes, 4 is mapped during the import.
    for (const [code, external] of [
      ['RM0001', ['1']],
      ['RM0002', ['2', 'POS-0002']],
      ['rm-0003', ['3']],
      ['RM0004', []],
    ] as const) {
      const res = await admin.post('/api/stores', {
        code,
        name: `连锁门店 ${code}`,
        regionId,
        format: 'supermarket',
        status: 'open',
        openDate: '2020-01-01',
        salesAreaSqm: 400,
        externalCodes: external,
      });
      expect(res.status).toBe(201);
      rm.set(code.toUpperCase(), res.body.id);
    }
  }, 120_000);
  afterAll(() => t.close());

  it('stores keep the chain’s own codes and external codes; a taken code or external code is 409 naming the field', async () => {
    const rm2 = (await admin.get(`/api/stores/${rm.get('RM0002')}`)).body;
    expect(rm2).toMatchObject({ code: 'RM0002', externalCodes: ['2', 'POS-0002'], salesAreaSqm: 400 });
    const regionId = rm2.regionId;
    const taken = await admin.post('/api/stores', {
      code: 'X9',
      name: '重复',
      regionId,
      format: 'supermarket',
      salesAreaSqm: 1,
      externalCodes: ['pos-0002'],
    });
    expect(taken.status).toBe(409);
    expect(taken.body.details[0].field).toBe('externalCodes');
    const sameAsCode = await admin.post('/api/stores', { code: 'rm0001', name: '重复', regionId, format: 'supermarket' });
    expect(sameAsCode.status).toBe(409);
    expect(sameAsCode.body.details[0].field).toBe('code');
    // Without an area the store is still created: its 坪效 is unknown, never computed over 0 m².
    const noArea = await admin.post('/api/stores', { code: 'X9', name: '无面积', regionId, format: 'convenience' });
    expect(noArea.status).toBe(201);
    expect(noArea.body.salesAreaSqm).toBeNull();
    const patched = await admin.patch(`/api/stores/${noArea.body.id}`, {
      externalCodes: ['9001'],
      salesAreaSqm: 80,
      version: noArea.body.version,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ externalCodes: ['9001'], salesAreaSqm: 80 });
    expect((await admin.patch(`/api/stores/${noArea.body.id}`, { externalCodes: ['1'], version: patched.body.version })).status).toBe(409);
    // A store is found by its external code too.
    expect((await admin.get('/api/stores?q=POS-0002')).body.items.map((s: { code: string }) => s.code)).toEqual(['RM0002']);
  });

  it('asks for the mapping, lists an unknown store number once with its count, then imports the file once mapped', async () => {
    const content = csv(rows);
    const unmapped = await upload('export.csv', content);
    expect(unmapped.status).toBe('failed');
    expect(unmapped.missingFields).toEqual(expect.arrayContaining(['date', 'store_code']));
    // The mapping step shows what each column looks like: D.M.Y dates, decimal commas.
    const datum = unmapped.columns?.find((c) => c.header === 'Datum');
    const umsatz = unmapped.columns?.find((c) => c.header === 'Umsatz');
    expect(datum?.dateOrder).toBe('dmy');
    expect(umsatz?.numberStyle?.decimal).toBe(',');

    const unknown = await upload('export.csv', content, { mapping: JSON.stringify(MAPPING) });
    expect(unknown.status).toBe('failed');
    const fours = rows.filter((r) => r.store === '4');
    expect(unknown.unknownStoreValues).toEqual([{ value: '4', count: fours.length, firstLines: [5, 9, 13, 17, 21] }]);
    // One group, not one line per row.
    expect(unknown.problemGroups).toEqual([
      {
        column: 1,
        columnName: 'Filiale',
        code: 'unknown_store',
        problem: '未知的门店编码',
        count: fours.length,
        firstLines: [5, 9, 13, 17, 21],
      },
    ]);
    expect(unknown.errorCount).toBe(fours.length);

    // The column mapping was remembered; the store number is mapped to RM0004 and kept as its external code.
    const done = await upload('export.csv', content, { storeMapping: JSON.stringify({ '4': rm.get('RM0004') }) });
    expect(done.status).toBe('succeeded');
    expect(done).toMatchObject({ kind: 'store_facts', inserted: rows.length, dateOrder: 'dmy', decimalSeparator: ',', phase: 'done' });
    expect(done.closedDays).toBe(rows.filter((r) => !r.open).length);
    expect((await admin.get(`/api/stores/${rm.get('RM0004')}`)).body.externalCodes).toEqual(['4']);
  });

  it('sales and 来客数 per store and month equal the file’s sums; 毛利率 is unknown, not 100 %', async () => {
    const byStore = (await kpis('metric=sales&period=2025-03&groupBy=store')).rows;
    const customers = (await kpis('metric=transactions&period=2025-03&groupBy=store')).rows;
    for (const [pos, code] of [
      ['1', 'RM0001'],
      ['2', 'RM0002'],
      ['3', 'RM-0003'],
      ['4', 'RM0004'],
    ]) {
      const mine = rows.filter((r) => r.store === pos && r.y === 2025);
      const id = String(rm.get(code));
      expect(byStore.find((r) => r.key === id)?.value).toBe(mine.reduce((a, r) => a + r.sales, 0));
      expect(customers.find((r) => r.key === id)?.value).toBe(mine.reduce((a, r) => a + r.customers, 0));
    }
    const margin = await kpis(`metric=margin_rate&period=2025-03&storeId=${rm.get('RM0001')}`);
    expect(margin.rows[0]).toMatchObject({ value: null, unknownReason: 'inputs_unknown', coverage: { days: 31, missingDays: 31 } });
    expect((await kpis(`metric=gross_margin&period=2025-03`)).rows[0].value).toBeNull();
  });

  it('同店同比 is over the stores that traded on every day of both years; 全店同比 over all, by hand', async () => {
    const sum = (f: (r: Row) => boolean) => rows.filter(f).reduce((a, r) => a + r.sales, 0);
    const res = await kpis('metric=sales&period=2025-03');
    const row = res.rows[0];
    expect(row.yoy).toBeCloseTo(sum((r) => r.y === 2025) / sum((r) => r.y === 2024) - 1, 12);
    const comparable = (r: Row) => r.store === '1' || r.store === '2';
    expect(row.comparableStores).toBe(2);
    expect(row.yoyLikeForLike).toBeCloseTo(sum((r) => comparable(r) && r.y === 2025) / sum((r) => comparable(r) && r.y === 2024) - 1, 12);
    expect(row.yoyLikeForLike).not.toBeCloseTo(row.yoy as number, 3);
    // By store: a store is its own comparable set, or not comparable at all.
    const stores = (await kpis('metric=sales&period=2025-03&groupBy=store')).rows;
    expect(stores.find((r) => r.key === String(rm.get('RM0002')))).toMatchObject({ comparableStores: 1 });
    expect(stores.find((r) => r.key === String(rm.get('RM-0003')))).toMatchObject({ comparableStores: 0, yoyLikeForLike: null, yoy: null });
    expect(stores.find((r) => r.key === String(rm.get('RM0004')))).toMatchObject({ comparableStores: 0, yoyLikeForLike: null });
  });

  it('closed days count in no per-day figure: 坪效 over the open days, closed days marked in the day breakdown', async () => {
    const id = rm.get('RM0002') as number;
    const mine = rows.filter((r) => r.store === '2' && r.y === 2025);
    const open = mine.filter((r) => r.open);
    const sqm = await kpis(`metric=sales_per_sqm&period=2025-03&storeId=${id}`);
    expect(sqm.rows[0].value).toBeCloseTo((open.reduce((a, r) => a + r.sales, 0) / 400 / open.length) * 30, 9);
    expect(sqm.rows[0].coverage).toEqual({ days: open.length, missingDays: 0, closedDays: mine.length - open.length });
    const days = await kpis(`metric=sales&from=2025-03-01&to=2025-03-31&groupBy=day&storeId=${id}`);
    const sundays = days.rows.filter((r) => weekday(2025, Number(r.key.slice(8))) === 0);
    expect(sundays.length).toBe(5);
    expect(sundays.every((r) => r.closed === true)).toBe(true);
    expect(days.rows.filter((r) => r.closed).length).toBe(5);
  });

  it('day-level 同比 compares the same weekday 364 days back by default, the calendar date on request, and says which', async () => {
    const id = rm.get('RM0001') as number;
    const on = (y: number, d: number) => rows.find((r) => r.store === '1' && r.y === y && r.d === d)?.sales as number;
    const byWeekday = await kpis(`metric=sales&from=2025-03-10&to=2025-03-16&groupBy=day&storeId=${id}`);
    expect(byWeekday.yoyAlign).toBe('weekday');
    expect(byWeekday.lastYearFrom).toBe('2024-03-11');
    const monday = byWeekday.rows.find((r) => r.key === '2025-03-10');
    expect(monday?.lastYear).toBe(on(2024, 11));
    expect(monday?.yoy).toBeCloseTo(on(2025, 10) / on(2024, 11) - 1, 12);
    const byDate = await kpis(`metric=sales&from=2025-03-10&to=2025-03-16&groupBy=day&storeId=${id}&yoyAlign=date`);
    expect(byDate.yoyAlign).toBe('date');
    expect(byDate.rows.find((r) => r.key === '2025-03-10')?.lastYear).toBe(on(2024, 10));
  });

  it('a decimal comma in a column written 1,234.56 is refused naming line, column and value — never read as thousands', async () => {
    const lines = [
      '日期,门店编码,销售额',
      '2025-04-01,RM0001,"1,234.56"',
      '2025-04-02,RM0001,812.30',
      '2025-04-03,RM0001,"812,30"',
      '2025-04-04,RM0001,"1,2,3"',
    ];
    const job = await upload('dots.csv', Buffer.from(lines.join('\r\n'), 'utf8'));
    expect(job.status).toBe('failed');
    expect(job.errors.map((e) => [e.line, e.column, e.code, e.params?.['value']])).toEqual([
      [4, 3, 'number_style_mismatch', '812,30'],
      [5, 3, 'not_a_number', '1,2,3'],
    ]);
    expect(job.errors[0].problem).toBe('销售额: “812,30”与本列的数字格式（如 1,234.56）不符：请核对小数点与千位分隔符');
    // Nothing of the file was kept.
    expect((await kpis(`metric=sales&period=2025-04&storeId=${rm.get('RM0001')}`)).rows).toEqual([]);
  });

  it('an ambiguous date is an error unless the date order is given', async () => {
    const lines = ['日期,门店编码,销售额', '05/06/2025,RM0001,100', '06/06/2025,RM0001,100'];
    const refused = await upload('ambiguous.csv', Buffer.from(lines.join('\n'), 'utf8'));
    expect(refused.status).toBe('failed');
    expect(refused.errors).toEqual([expect.objectContaining({ line: 2, column: 1, code: 'date_ambiguous' })]);
    const given = await upload('ambiguous.csv', Buffer.from(lines.join('\n'), 'utf8'), { dateOrder: 'mdy' });
    expect(given).toMatchObject({ status: 'succeeded', inserted: 2, dateOrder: 'mdy' });
    // Read month first: 6 May and 6 June.
    expect((await kpis(`metric=sales&from=2025-05-06&to=2025-05-06&storeId=${rm.get('RM0001')}`)).rows[0].value).toBe(10_000);
    expect((await kpis(`metric=sales&from=2025-06-05&to=2025-06-05&storeId=${rm.get('RM0001')}`)).rows).toEqual([]);
  });

  it('a category file for a store-day replaces its 未分品类 sales, and the report says how many store-days', async () => {
    const id = rm.get('RM0001') as number;
    const before = (await kpis(`metric=sales&from=2025-03-01&to=2025-03-01&storeId=${id}`)).rows[0].value;
    const lines = [
      '日期,门店编码,品类编码,销售额,成本,损耗',
      '2025-03-01,RM0001,FR,600.00,450.00,6.00',
      '2025-03-01,RM0001,FD,400.00,300.00,0',
    ];
    const job = await upload('categories.csv', Buffer.from(lines.join('\r\n'), 'utf8'));
    expect(job).toMatchObject({ status: 'succeeded', replacedStoreDays: 1 });
    const day = (await kpis(`metric=sales&from=2025-03-01&to=2025-03-01&storeId=${id}`)).rows[0].value;
    expect(day).toBe(100_000);
    expect(day).not.toBe(before);
    // The rest of the month is still the store-day totals, shown as 未分品类 in a category breakdown.
    const byCategory = (await kpis(`metric=sales&period=2025-03&groupBy=category&storeId=${id}`)).rows;
    const uncategorised = rows.filter((r) => r.store === '1' && r.y === 2025 && r.d !== 1).reduce((a, r) => a + r.sales, 0);
    expect(byCategory.find((r) => r.key === '0')).toMatchObject({ label: '未分品类', value: uncategorised });
    // The month's margin is now known for the one day that has cost, and says the other 30 days lack it.
    const margin = (await kpis(`metric=margin_rate&period=2025-03&storeId=${id}`)).rows[0];
    expect(margin.value).toBeCloseTo(250 / 1000, 12);
    expect(margin.coverage.missingDays).toBe(30);
  });

  it('the store ranking leaves the margin missing for stores without cost; no store gets 100 for it', async () => {
    // No 12 complete months of history: each store's year is spread by days in month (March 31/365 of it), not —
    // as before issue 12 — all into the one month of 2024 that had facts.
    for (const metric of ['sales', 'gross_margin']) {
      const draft = await ops.post('/api/target-decompositions', { year: 2025, metric, total: 3_000_000_000, method: 'equal' });
      expect(draft.status).toBe(201);
      const published = await ops.post(`/api/target-decompositions/${draft.body.id}/publish`, { version: draft.body.version });
      expect(published.status).toBe(200);
      expect((await director.post(`/api/target-decompositions/${draft.body.id}/approve`, { version: published.body.version })).status).toBe(
        200,
      );
    }
    const ranking = (await director.get('/api/rankings/stores?period=2025-03')).body as StoreRankingResponse;
    for (const code of ['RM0001', 'RM0002', 'RM-0003', 'RM0004']) {
      const row = ranking.rows.find((r) => r.storeCode.toUpperCase() === code) as StoreRankingResponse['rows'][number];
      expect(row.components.find((c) => c.kind === 'margin_achievement')?.raw).toBeNull();
      expect(row.components.find((c) => c.kind === 'sales_achievement')?.raw).not.toBeNull();
    }
    const ranked = ranking.rows.filter((r) => r.rank !== null);
    expect(new Set(ranked.map((r) => r.composite)).size).toBeGreaterThan(1);
  });
});
