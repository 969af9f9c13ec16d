import { ImportsService } from '@storeops/api/kpi';
import { ApiClient, startTestApp, TestApp } from './test-app';

interface StoreRow {
  id: number;
  code: string;
  regionId: number;
  format: string;
}

/**
 * KPIs by region and filtered by region or format: facts carry no region, so the stores of a region or format come
 * from org's directory. Every figure is checked against the sum of the stores' own imported sales.
 */
describe('KPI breakdowns by region and format', () => {
  const YEAR = 2033; // clear of the demo facts and of the other suites
  let t: TestApp;
  let director: ApiClient;
  let stores: StoreRow[];
  /** Sales in 分 of each store code over the month. */
  const sales = new Map<string, number>();

  beforeAll(async () => {
    t = await startTestApp();
    const ops = await t.as('ops');
    director = await t.as('director');
    stores = (await director.get('/api/stores?pageSize=500')).body.items;
    // Six stores from at least two regions and two formats, each selling a different amount on every day of March.
    const picked = [...new Map(stores.map((s) => [`${s.regionId}:${s.format}`, s])).values()].slice(0, 6);
    expect(new Set(picked.map((s) => s.regionId)).size).toBeGreaterThan(1);
    expect(new Set(picked.map((s) => s.format)).size).toBeGreaterThan(1);
    const lines = ['日期,门店编码,销售额'];
    picked.forEach((s, i) => {
      for (let day = 1; day <= 31; day++) {
        const yuan = 1000 + i * 111 + day;
        lines.push(`${YEAR}-03-${String(day).padStart(2, '0')},${s.code},${yuan}.25`);
        sales.set(s.code, (sales.get(s.code) ?? 0) + yuan * 100 + 25);
      }
    });
    const job = await ops.upload('/api/imports', { name: 'stores.csv', content: Buffer.from(lines.join('\n'), 'utf8') });
    expect(job.status).toBe(201);
    await t.app.get(ImportsService).idle();
    expect((await ops.get(`/api/imports/${job.body.id}`)).body.status).toBe('succeeded');
  });
  afterAll(() => t.close());

  const sumOf = (keep: (s: StoreRow) => boolean) =>
    stores.filter((s) => keep(s) && sales.has(s.code)).reduce((a, s) => a + (sales.get(s.code) ?? 0), 0);

  it('groupBy=region: each region is the sum of its stores, labelled by the region', async () => {
    const res = await director.get(`/api/kpis?metric=sales&period=${YEAR}-03&groupBy=region`);
    expect(res.status).toBe(200);
    const regions = [...new Set(stores.filter((s) => sales.has(s.code)).map((s) => s.regionId))].sort((a, b) => a - b);
    const rows = res.body.rows as Array<{ key: string; label: string; value: number }>;
    expect(rows.map((r) => Number(r.key)).sort((a, b) => a - b)).toEqual(regions);
    for (const r of rows) {
      expect(r.value).toBe(sumOf((s) => s.regionId === Number(r.key)));
      expect(r.label).not.toBe(r.key);
    }
  });

  it('regionId and format filters keep only those stores; both together intersect', async () => {
    const { regionId, format } = stores.find((s) => sales.has(s.code)) as StoreRow;
    const byRegion = await director.get(`/api/kpis?metric=sales&period=${YEAR}-03&regionId=${regionId}`);
    expect(byRegion.body.rows[0].value).toBe(sumOf((s) => s.regionId === regionId));
    const byFormat = await director.get(`/api/kpis?metric=sales&period=${YEAR}-03&format=${format}`);
    expect(byFormat.body.rows[0].value).toBe(sumOf((s) => s.format === format));
    const both = await director.get(`/api/kpis?metric=sales&period=${YEAR}-03&regionId=${regionId}&format=${format}&groupBy=store`);
    const expected = stores.filter((s) => s.regionId === regionId && s.format === format && sales.has(s.code)).map((s) => String(s.id));
    expect(both.body.rows.map((r: { key: string }) => r.key).sort()).toEqual(expected.sort());
  });

  it('a region without stores answers no figure, not the whole chain', async () => {
    const res = await director.get(`/api/kpis?metric=sales&period=${YEAR}-03&regionId=999999`);
    expect(res.status).toBe(200);
    expect(res.body.rows.every((r: { value: number | null }) => r.value === null || r.value === 0)).toBe(true);
    expect(res.body.rows[0]?.value ?? null).not.toBe(sumOf(() => true));
  });
});
