import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { ImportsService } from '@storeops/api/kpi';
import { ApiClient, idOf, startTestApp, TestApp } from './test-app';

const HEADER_ZH = '日期,门店编码,品类编码,销售额,成本,损耗';

/** A CSV the way Excel in China saves it: CRLF, Chinese headers, ¥ and thousands separators, quoted amounts. */
function csvLines(rows: string[]): string {
  return [HEADER_ZH, ...rows].join('\r\n') + '\r\n';
}

async function xlsx(rows: Array<Array<string | number | Date>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('销售日报');
  ws.addRow(['日期', '门店编码', '品类编码', '销售额', '成本', '损耗']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('imports of daily facts', () => {
  let t: TestApp;
  let ops: ApiClient;
  let director: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await t.as('ops');
    director = await t.as('director');
  });
  afterAll(() => t.close());

  async function importFile(name: string, content: Buffer, fields: Record<string, string> = {}) {
    const created = await ops.upload('/api/imports', { name, content }, fields);
    expect(created.status).toBe(201);
    await t.app.get(ImportsService).idle();
    return (await ops.get(`/api/imports/${created.body.id}`)).body;
  }

  async function monthSales(storeCode: string, month: string): Promise<number | null> {
    const storeId = await idOf(t, 'store', 'code', storeCode);
    const res = await director.get(`/api/kpis?metric=sales&period=${month}&storeId=${storeId}`);
    expect(res.status).toBe(200);
    return res.body.rows[0]?.value ?? null;
  }

  it('imports a GBK CSV saved by Excel, with Chinese headers and ￥ amounts', async () => {
    // GBK has the full-width ￥ (U+FFE5), which is what Chinese Excel writes; the half-width ¥ is not in GBK.
    const text = csvLines([
      '2026/3/1,SH001,FR,"￥12,345.67","￥9,876.54",123.45',
      '2026/3/1,SH001,FD,"8,000.00","6,000",0',
      '2026/3/2,SH001,FR,1000,800,10.5',
    ]);
    const job = await importFile('三月销售.csv', iconv.encode(text, 'gbk'));
    expect(job).toMatchObject({
      status: 'succeeded',
      kind: 'category_facts',
      rowsRead: 3,
      inserted: 3,
      updated: 0,
      unchanged: 0,
      errorCount: 0,
      fileName: '三月销售.csv',
    });
    expect(job.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(await monthSales('SH001', '2026-03')).toBe(1234567 + 800000 + 100000);
  });

  it('imports a UTF-8 CSV with a BOM', async () => {
    const text = '\uFEFF' + csvLines(['2026-03-01,SH002,FR,500.00,400.00,5.00']);
    const job = await importFile('bom.csv', Buffer.from(text, 'utf8'));
    expect(job).toMatchObject({ status: 'succeeded', inserted: 1 });
    expect(await monthSales('SH002', '2026-03')).toBe(50000);
  });

  it('imports an XLSX workbook with Excel date cells and numbers', async () => {
    const content = await xlsx([
      [new Date(Date.UTC(2026, 2, 5)), 'SH003', 'FR', 2222.22, 1111.11, 0],
      ['2026/3/6', 'SH003', 'FD', '¥1,000.00', '900', '1.5'],
    ]);
    const job = await importFile('日报.xlsx', content);
    expect(job).toMatchObject({ status: 'succeeded', inserted: 2, rowsRead: 2 });
    expect(await monthSales('SH003', '2026-03')).toBe(222222 + 100000);
  });

  it('writes nothing when one row in the middle is bad, and reports its line and column', async () => {
    const before = await monthSales('GZ001', '2026-04');
    const rows = Array.from(
      { length: 50 },
      (_, i) => `2026-04-${String((i % 28) + 1).padStart(2, '0')},GZ001,${i < 28 ? 'FR' : 'FD'},100,80,1`,
    );
    rows[24] = '2026-04-25,GZ001,FR,一百,80,1';
    const job = await importFile('bad.csv', Buffer.from(csvLines(rows), 'utf8'));
    expect(job.status).toBe('failed');
    expect(job.errorCount).toBe(1);
    expect(job.errors).toEqual([
      { line: 26, column: 4, code: 'not_a_number', params: { value: '一百' }, problem: '销售额: “一百”不是数字' },
    ]);
    // The same problem in English for a caller who asks for it.
    const en = await ops.send('get', `/api/imports/${job.id}`, undefined, { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    expect(en.body.errors[0].problem).toBe('销售额: "一百" is not a number');
    expect(await monthSales('GZ001', '2026-04')).toBe(before);
  });

  it('reports unknown stores and categories, bad dates and a key repeated inside the file, each with line and column', async () => {
    const job = await importFile(
      'many-bad.csv',
      Buffer.from(
        csvLines([
          '2026-05-01,ZZ999,FR,1,1,0',
          '2026-05-01,SH001,XX,1,1,0',
          '2026-02-30,SH001,FR,1,1,0',
          '2026-05-02,SH001,FR,1,1,0',
          '2026-05-02,SH001,FR,2,1,0',
          '2026-05-03,SH001,FR,1,1,-1',
        ]),
        'utf8',
      ),
    );
    expect(job.status).toBe('failed');
    expect(job.errors.map((e: { line: number; column: number; code: string }) => [e.line, e.column, e.code])).toEqual([
      [2, 2, 'unknown_store'],
      [3, 3, 'unknown_category'],
      [4, 1, 'not_calendar_date'],
      [7, 6, 'negative'],
      [6, 1, 'duplicate_key_category'],
    ]);
    expect(job.errors[2].problem).toBe('日期: “2026-02-30”不是有效的日期');
    expect(job.errors[4].problem).toBe('日期: 与第 5 行的日期、门店和品类相同');
    expect(job.errorCount).toBe(5);
  });

  it('is idempotent: the same file twice changes nothing the second time and says so', async () => {
    const content = Buffer.from(csvLines(['2026-06-01,BJ001,FR,300,200,1', '2026-06-02,BJ001,FR,400,300,2']), 'utf8');
    const first = await importFile('june.csv', content);
    expect(first).toMatchObject({ status: 'succeeded', inserted: 2, updated: 0, unchanged: 0 });
    const total = await monthSales('BJ001', '2026-06');
    const second = await importFile('june.csv', content);
    expect(second).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0, unchanged: 2 });
    expect(await monthSales('BJ001', '2026-06')).toBe(total);
    const corrected = await importFile('june-fix.csv', Buffer.from(csvLines(['2026-06-02,BJ001,FR,450,300,2']), 'utf8'));
    expect(corrected).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    expect(await monthSales('BJ001', '2026-06')).toBe(30000 + 45000);
  });

  it('imports store facts (来客数, 工时) and keeps basket and 人效 exact', async () => {
    const storeId = await idOf(t, 'store', 'code', 'BJ001');
    const job = await importFile(
      'traffic.csv',
      Buffer.from('日期,门店编码,来客数,工时\r\n2026-06-01,BJ001,10,7.5\r\n2026-06-02,BJ001,"1,000",8\r\n', 'utf8'),
    );
    expect(job).toMatchObject({ status: 'succeeded', kind: 'store_facts', inserted: 2 });
    const basket = await director.get(`/api/kpis?metric=basket&period=2026-06&storeId=${storeId}`);
    expect(basket.body.rows[0].value).toBeCloseTo((30000 + 45000) / 1010, 9);
    const perHour = await director.get(`/api/kpis?metric=sales_per_labour_hour&period=2026-06&storeId=${storeId}`);
    expect(perHour.body.rows[0].value).toBeCloseTo(75000 / 15.5, 9);
  });

  it('asks for a mapping when the headers are unknown, and remembers it for the next file', async () => {
    const header = '营业日,店号,类别,金额,进价,报损\r\n';
    const file = Buffer.from(header + '2026-07-01,SH001,FR,100,50,0\r\n', 'utf8');
    const unknown = await importFile('pos-export.csv', file);
    expect(unknown.status).toBe('failed');
    expect(unknown.headers).toEqual(['营业日', '店号', '类别', '金额', '进价', '报损']);
    expect(unknown.errors[0]).toMatchObject({ line: 1 });
    const mapping = JSON.stringify({
      营业日: 'date',
      店号: 'store_code',
      类别: 'category_code',
      金额: 'sales',
      进价: 'cost',
      报损: 'shrink',
    });
    expect(await importFile('pos-export.csv', file, { mapping })).toMatchObject({ status: 'succeeded', inserted: 1 });
    const next = await importFile('pos-export-2.csv', Buffer.from(header + '2026-07-02,SH001,FR,200,50,0\r\n', 'utf8'));
    expect(next).toMatchObject({ status: 'succeeded', inserted: 1 });
  });

  it('refuses a request without a file or with unknown fields, naming them', async () => {
    expect((await ops.post('/api/imports', {})).status).toBe(415);
    const noFile = await ops.form('/api/imports', { kind: 'category_facts' });
    expect(noFile.status).toBe(400);
    expect(noFile.body.details[0].field).toBe('file');
    const extra = await ops.upload('/api/imports', { name: 'x.csv', content: Buffer.from(csvLines([]), 'utf8') }, { colour: 'red' });
    expect(extra.status).toBe(400);
    expect(extra.body.details[0].field).toBe('colour');
  });

  it('refuses a file over the size limit with 413 and records nothing', async () => {
    const before = (await director.get('/api/imports?pageSize=1')).body.total;
    const big = Buffer.alloc(2 * 1024 * 1024 + 10, 'a');
    const res = await ops.upload('/api/imports', { name: 'big.csv', content: big });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    expect((await director.get('/api/imports?pageSize=1')).body.total).toBe(before);
  });

  it('lists imports newest first with who and what', async () => {
    const list = await director.get('/api/imports?pageSize=5');
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({ createdBy: 'ops', status: expect.any(String) });
    const ids = list.body.items.map((i: { id: number }) => i.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
  });

  it("serves fresh figures after an org change: 坪效 follows a store's new area", async () => {
    const admin = await t.as('admin');
    const storeId = await idOf(t, 'store', 'code', 'SH001');
    const url = `/api/kpis?metric=sales_per_sqm&period=2026-03&storeId=${storeId}`;
    const before = (await director.get(url)).body.rows[0].value;
    const store = (await admin.get(`/api/stores/${storeId}`)).body;
    expect((await admin.patch(`/api/stores/${storeId}`, { salesAreaSqm: store.salesAreaSqm * 2, version: store.version })).status).toBe(
      200,
    );
    const after = (await director.get(url)).body.rows[0].value;
    expect(after).toBeCloseTo(before / 2, 9);
  });

  it('keeps the month rollups equal to the daily rows they summarise', async () => {
    const rows: Array<{ month: number; storeId: number; categoryId: number; sales: string | number }> = await t.db.query(
      'SELECT r."month" AS month, r."storeId" AS "storeId", r."categoryId" AS "categoryId", r."sales" AS sales FROM "rollup_category_month" r',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const [{ s }] = await t.db.query(
        `SELECT SUM("sales") AS s FROM "fact_category_day" WHERE "storeId" = ${r.storeId} AND "categoryId" = ${r.categoryId} AND "day" BETWEEN ${r.month * 100 + 1} AND ${r.month * 100 + 31}`,
      );
      expect(Number(r.sales)).toBe(Number(s));
    }
  });
});
