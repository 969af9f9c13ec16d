import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A database file, as in production: the apply runs in a worker thread on its own connection (an in-memory database
// cannot be shared with one). PostgreSQL runs the same test on its own database.
const file = join(tmpdir(), `storeops-concurrent-${process.pid}.sqlite`);
if (!(process.env['DATABASE_URL'] ?? '').startsWith('postgres')) process.env['DATABASE_URL'] = `sqlite:${file}`;
process.env['IMPORT_MAX_MB'] = '200';
process.env['SEED_DEMO_FACT_DAYS'] = '31';

import { ImportsService } from '@storeops/api/kpi';
import { ImportResponse } from '@storeops/shared/contracts';
import { ApiClient, startTestApp, TestApp } from './test-app';

const ROWS = 1_000_000;

/** ≥ 1 M category-day rows from 2019 on (days the demo has no facts for), oldest day first. */
function bigFile(stores: string[], categories: string[]): { content: Buffer; rows: number } {
  const perDay = stores.length * categories.length;
  const days = Math.ceil(ROWS / perDay);
  const parts: string[] = ['日期,门店编码,品类编码,销售额,成本,损耗'];
  const start = Date.UTC(2019, 0, 1);
  let rows = 0;
  for (let d = 0; d < days; d++) {
    const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    for (const s of stores) {
      for (const c of categories) {
        const sales = 1000 + ((d * 7 + s.length * 13 + c.length) % 900);
        parts.push(`${day},${s},${c},${sales}.25,${Math.floor(sales * 0.7)}.10,${(sales % 9) + 1}.00`);
        rows++;
      }
    }
  }
  return { content: Buffer.from(parts.join('\n') + '\n', 'utf8'), rows };
}

describe('the app keeps answering while an import of a million rows applies', () => {
  let t: TestApp;
  let ops: ApiClient;
  let director: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await t.as('ops');
    director = await t.as('director');
  }, 120_000);
  afterAll(async () => {
    await t.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  });

  it('every KPI and dashboard read during the apply is answered, and the import lands whole', async () => {
    const stores = ((await t.db.query(`SELECT "code" FROM "store" ORDER BY "code"`)) as Array<{ code: string }>).map((r) => r.code);
    const categories = ((await t.db.query(`SELECT "code" FROM "category" ORDER BY "code"`)) as Array<{ code: string }>).map((r) => r.code);
    const { content, rows } = bigFile(stores, categories);
    expect(rows).toBeGreaterThanOrEqual(ROWS);
    const created = await ops.upload('/api/imports', { name: 'million.csv', content });
    expect(created.status).toBe(201);
    const id = created.body.id as number;

    const answered: Array<{ status: number; phase: string }> = [];
    const phases = new Set<string>();
    let job: ImportResponse = created.body;
    for (;;) {
      job = (await ops.get(`/api/imports/${id}`)).body as ImportResponse;
      phases.add(job.phase);
      if (job.status === 'succeeded' || job.status === 'failed') break;
      if (job.phase === 'writing' || job.phase === 'rollup') {
        // While the facts are written, colleagues keep reading the dashboard and the KPIs.
        for (const path of [
          '/api/kpis?metric=sales&period=mtd&groupBy=region',
          '/api/dashboard',
          '/api/kpis?metric=margin_rate&period=ytd',
        ]) {
          const res = await director.get(path);
          const during = (await ops.get(`/api/imports/${id}`)).body as ImportResponse;
          answered.push({ status: res.status, phase: during.phase });
        }
        expect(job.progress?.total).toBeGreaterThan(0);
      } else {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    await t.app.get(ImportsService).idle();
    expect(job).toMatchObject({ status: 'succeeded', inserted: rows, errorCount: 0 });
    expect(phases).toEqual(expect.objectContaining({}));
    expect([...phases]).toEqual(expect.arrayContaining(['reading', 'writing']));
    // Reads were answered while the apply was still going (the job still writing after the answer came back).
    const whileApplying = answered.filter((a) => a.phase === 'writing' || a.phase === 'rollup');
    console.log(`reads answered while applying: ${whileApplying.length} of ${answered.length}`);
    expect(whileApplying.length).toBeGreaterThan(0);
    expect(answered.every((a) => a.status === 200)).toBe(true);
    // All of it landed: the rollups add up to the file.
    const [{ n }] = await t.db.query(`SELECT COUNT(*) AS n FROM "fact_category_day" WHERE "day" < 20240101`);
    expect(Number(n)).toBe(rows);
  }, 300_000);
});
