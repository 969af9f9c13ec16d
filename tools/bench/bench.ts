/**
 * `npm run bench` — imports a generated chain through the real import path and measures reads.
 *
 *   npm run bench -- --stores 2000 --days 730        (default: 2,000 stores × 12 categories × 730 days ≈ 17.5 M rows)
 *   npm run bench -- --stores 200 --days 120         (a quick run)
 *
 * Prints: import rows/s through POST /api/imports (upload → staged → applied with rollups); the floor — the same rows
 * inserted straight into the same table with one prepared statement in one transaction — and the ratio; the same for a
 * store-day-grain file (one row per store and day, newest day first, POS numbers, no categories or cost, as POS exports
 * come), with p95 of KPI and dashboard reads while each import applies; then p50/p95
 * through HTTP of GET /api/stores/:id/progress and GET /api/kpis under that chain; then the store ranking: p50/p95 through
 * HTTP (computed from the rollups, then cached) and the ratio against computing it from the daily facts. SQLite, in
 * a temporary directory.
 */
import 'reflect-metadata';
import Database from 'better-sqlite3';
import { createWriteStream, mkdtempSync, openAsBlob, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const STORES = arg('stores', 2000);
const DAYS = arg('days', 730);
const REQUESTS = arg('requests', 300);
const COLD = arg('cold', 20);
const dir = mkdtempSync(join(tmpdir(), 'storeops-bench-'));
/**
 * BENCH_DATABASE_URL (a postgres:// URL): after the SQLite pass, the bench runs again, in a child process, against
 * that PostgreSQL database — whose public schema it WIPES first, so never point it at data you keep.
 */
const PG_URL = process.argv.includes('--pg-pass') ? process.env['BENCH_DATABASE_URL'] : undefined;
process.env['DATABASE_URL'] = PG_URL ?? `sqlite:${join(dir, 'bench.sqlite')}`;
process.env['SEED_DEMO'] = 'false';
// Uploads beside the bench's database: another API process on this machine (a test run) never sweeps them.
process.env['UPLOAD_DIR'] = join(dir, 'uploads');
process.env['SCRYPT_LOG_N'] = '10';
process.env['IMPORT_MAX_MB'] = '8192';

const TOP = ['FR', 'DL', 'FD', 'GR', 'BV', 'FZ', 'PC', 'HH', 'MB', 'EL', 'AP', 'ST'];
const END = '2026-11-26';

function dayList(end = END): string[] {
  const out: string[] = [];
  const d = new Date(`${end}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - (DAYS - 1));
  for (let i = 0; i < DAYS; i++) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** Deterministic amounts without a PRNG call per value: cheap enough for 17.5 M rows. */
function amount(store: number, cat: number, dayIndex: number): number {
  const base = 200_000 + ((store * 7919 + cat * 104_729) % 900_000);
  const weekly = [0.95, 0.95, 0.95, 1.0, 1.08, 1.28, 1.28][dayIndex % 7];
  const wobble = 0.9 + ((store * 31 + cat * 17 + dayIndex * 13) % 100) / 500;
  return Math.round(base * weekly * wobble);
}

function* rows(days: string[]): Generator<[string, string, string, number, number, number]> {
  for (let d = 0; d < days.length; d++) {
    for (let s = 1; s <= STORES; s++) {
      const code = `BN${String(s).padStart(4, '0')}`;
      for (let c = 0; c < TOP.length; c++) {
        const sales = amount(s, c, d);
        yield [days[d], code, TOP[c], sales, Math.round(sales * 0.78), Math.round(sales * 0.01)];
      }
    }
  }
}

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

async function writeCsv(path: string, days: string[]): Promise<number> {
  const out = createWriteStream(path);
  out.write('日期,门店编码,品类编码,销售额,成本,损耗\r\n');
  let n = 0;
  let chunk = '';
  for (const [day, store, cat, sales, cost, shrink] of rows(days)) {
    chunk += `${day},${store},${cat},${yuan(sales)},${yuan(cost)},${yuan(shrink)}\r\n`;
    n++;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.write(chunk);
  out.end();
  await once(out, 'finish');
  return n;
}

/** One row per store and day, newest day first, as POS exports list them: POS number, date, sales, customers, open. */
function* storeDayRows(days: string[]): Generator<[string, number, string, number, number, number]> {
  for (let d = 0; d < days.length; d++) {
    for (let s = 1; s <= STORES; s++) {
      const closed = (s + d) % 97 === 0;
      const sales = closed ? 0 : amount(s, 0, d) * 12;
      yield [days[d], s, String(s), sales, closed ? 0 : 400 + ((s * 13 + d * 7) % 600), closed ? 0 : 1];
    }
  }
}

async function writeStoreDayCsv(path: string, days: string[]): Promise<number> {
  const out = createWriteStream(path);
  out.write('Store,Date,Sales,Customers,Open\r\n');
  let n = 0;
  let chunk = '';
  for (const [day, , pos, sales, customers, open] of storeDayRows(days)) {
    chunk += `${pos},${day},${yuan(sales)},${customers},${open}\r\n`;
    n++;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.write(chunk);
  out.end();
  await once(out, 'finish');
  return n;
}

/** The floor for the store-day file: the same rows straight into a table of the store-day facts' shape. */
function storeDayFloor(path: string, days: string[]): number {
  const floorDb = new Database(path);
  floorDb.pragma('journal_mode = WAL');
  floorDb.pragma('synchronous = NORMAL');
  floorDb.exec(
    `CREATE TABLE "fact_store_day" ("day" integer NOT NULL, "storeId" integer NOT NULL, "open" smallint, "transactions" integer, "sales" bigint, PRIMARY KEY ("day", "storeId"))`,
  );
  const insert = floorDb.prepare(`INSERT INTO "fact_store_day" VALUES (?, ?, ?, ?, ?)`);
  const t0 = performance.now();
  let n = 0;
  floorDb.transaction(() => {
    for (const [day, store, , sales, customers, open] of storeDayRows(days)) {
      insert.run(Number(day.replace(/-/g, '')), store, open, customers, sales);
      n++;
    }
  })();
  const rate = n / ((performance.now() - t0) / 1000);
  floorDb.close();
  return rate;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timeRequests(base: string, cookie: string, paths: string[]): Promise<{ p50: number; p95: number; sorted: number[] }> {
  const times: number[] = [];
  for (const path of paths) {
    const t0 = performance.now();
    const res = await fetch(base + path, { headers: { cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), sorted: times };
}

/**
 * The same ranking in DuckDB over the raw facts in memory: Σ per store of the period's days, the targets in force,
 * the bench scheme's three components scored between floor and ceiling, reweighted when missing, and ranked. Null when
 * @duckdb/node-api cannot load on this machine.
 */
async function duckRanking(
  csv: string,
  db: import('typeorm').DataSource,
  periods: string[],
): Promise<{ median: number; rows: number; loadMs: number } | null> {
  let api: typeof import('@duckdb/node-api');
  try {
    api = await import('@duckdb/node-api');
  } catch (error) {
    console.log(`(DuckDB baseline skipped: @duckdb/node-api does not load here: ${(error as Error).message})`);
    return null;
  }
  const { parseRankingPeriod, shiftPeriod } = await import('@storeops/shared/contracts');
  const duck = await (await api.DuckDBInstance.create(':memory:')).connect();
  const t0 = performance.now();
  await duck.run(
    `CREATE TABLE facts AS SELECT CAST(strftime(day, '%Y%m%d') AS INTEGER) AS day, store, CAST(round(sales * 100) AS BIGINT) AS sales,
       CAST(round(cost * 100) AS BIGINT) AS cost, CAST(round(shrink * 100) AS BIGINT) AS shrink
     FROM read_csv('${csv}', header = true, columns = {'day': 'DATE', 'store': 'VARCHAR', 'cat': 'VARCHAR', 'sales': 'DECIMAL(18,2)', 'cost': 'DECIMAL(18,2)', 'shrink': 'DECIMAL(18,2)'})`,
  );
  await duck.run(`CREATE TABLE targets (store VARCHAR, year INTEGER, month INTEGER, metric VARCHAR, value BIGINT)`);
  const cells: Array<{ code: string; year: number; month: number; metric: string; value: string }> = await db.query(
    `SELECT s."code" AS code, d."year" AS year, c."month" AS month, d."metric" AS metric, c."value" AS value
     FROM "target_cell" c JOIN "target_decomposition" d ON d."id" = c."decompositionId" JOIN "store" s ON s."id" = c."storeId"
     WHERE d."status" = 'approved' AND d."current" = ${db.options.type === 'postgres' ? 'TRUE' : '1'}`,
  );
  const appender = await duck.createAppender('targets');
  for (const c of cells) {
    appender.appendVarchar(c.code);
    appender.appendInteger(Number(c.year));
    appender.appendInteger(Number(c.month));
    appender.appendVarchar(c.metric);
    appender.appendBigInt(BigInt(c.value));
    appender.endRow();
  }
  appender.closeSync();
  const loadMs = performance.now() - t0;
  const rows = Number((await duck.runAndReadAll('SELECT COUNT(*) AS n FROM facts')).getRowObjects()[0]['n']);
  const rank = `WITH s AS (SELECT store, SUM(sales) AS sales, SUM(cost) AS cost, SUM(shrink) AS shrink FROM facts WHERE day BETWEEN $1 AND $2 GROUP BY store),
    t AS (SELECT store, SUM(CASE WHEN metric = 'sales' THEN value END) AS ts, SUM(CASE WHEN metric = 'gross_margin' THEN value END) AS tm
          FROM targets WHERE year = $3 AND month BETWEEN $4 AND $5 GROUP BY store),
    r AS (SELECT s.store, CASE WHEN ts > 0 THEN round(sales / ts * 100, 2) END AS sa, CASE WHEN tm > 0 THEN round((sales - cost) / tm * 100, 2) END AS ma,
            CASE WHEN sales > 0 THEN round(shrink / sales * 100 * 100 / 1.2, 2) END AS sh FROM s LEFT JOIN t USING (store)),
    sc AS (SELECT store, sa, ma, sh, greatest(0, least(1, (sa - 80) / 30.0)) * 100 AS ssa, greatest(0, least(1, (ma - 80) / 30.0)) * 100 AS sma,
             greatest(0, least(1, (150 - sh) / 70.0)) * 100 AS ssh FROM r),
    c AS (SELECT *, (coalesce(ssa * 50, 0) + coalesce(sma * 30, 0) + coalesce(ssh * 20, 0))
            / nullif((CASE WHEN ssa IS NULL THEN 0 ELSE 50 END) + (CASE WHEN sma IS NULL THEN 0 ELSE 30 END) + (CASE WHEN ssh IS NULL THEN 0 ELSE 20 END), 0) AS composite FROM sc)
    SELECT store, sa, ma, sh, ssa, sma, ssh, round(composite, 2) AS composite, RANK() OVER (ORDER BY round(composite, 2) DESC NULLS LAST) AS rank FROM c ORDER BY rank, store`;
  const args = (period: string) => {
    const p = parseRankingPeriod(period) as NonNullable<ReturnType<typeof parseRankingPeriod>>;
    return [p.firstDay, p.lastDay, p.year, p.firstMonth, p.lastMonth];
  };
  const times: number[] = [];
  for (const period of periods) {
    const t1 = performance.now();
    for (const p of [period, shiftPeriod(period, -1)]) (await duck.runAndReadAll(rank, args(p))).getRowObjects();
    times.push(performance.now() - t1);
  }
  times.sort((a, b) => a - b);
  duck.closeSync();
  return { median: times[Math.floor(times.length / 2)], rows, loadMs };
}

async function main(): Promise<void> {
  const days = dayList();
  const expected = STORES * TOP.length * DAYS;
  console.log(
    `chain: ${STORES} stores × ${TOP.length} categories × ${DAYS} days = ${expected.toLocaleString('en')} rows (${PG_URL ? `PostgreSQL ${PG_URL.replace(/:[^:@/]+@/, ':***@')}` : `SQLite in ${dir}`})`,
  );

  if (PG_URL) {
    const { Client } = await import('pg');
    const pg = new Client({ connectionString: PG_URL });
    await pg.connect();
    await pg.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
    await pg.end();
  }
  // The app, as npm start runs it.
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await import('../../apps/api/src/app/app.module');
  const { configureApp } = await import('../../apps/api/src/app/configure-app');
  const { hashPassword } = await import('@storeops/api/core');
  const app = await NestFactory.create(AppModule, { bodyParser: false, logger: ['error', 'warn', 'log'] });
  configureApp(app as never);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  const db = app.get((await import('typeorm')).DataSource);

  // Master data straight into the tables (not what is measured).
  const hash = await hashPassword('bench-password-1');
  await db.query(`INSERT INTO "region" ("code", "name") VALUES ('BENCH', '基准')`);
  for (const [i, code] of TOP.entries()) await db.query(`INSERT INTO "category" ("code", "name") VALUES ('${code}', '品类${i + 1}')`);
  const storeRow = (s: number) => {
    const code = `BN${String(s).padStart(4, '0')}`;
    return [code, code, `基准门店${s}`, 2000 + (s % 30) * 100] as const;
  };
  if (PG_URL) {
    for (let from = 1; from <= STORES; from += 1000) {
      const ids = Array.from({ length: Math.min(1000, STORES - from + 1) }, (_, i) => from + i);
      const rowsOf = ids.map(storeRow);
      await db.query(
        `INSERT INTO "store" ("code", "codeKey", "name", "regionId", "format", "status", "openDate", "salesAreaSqm")
         SELECT c, c, n, 1, 'supermarket', 'open', '2015-01-01', a FROM unnest($1::text[], $2::text[], $3::int[]) AS t(c, n, a)`,
        [rowsOf.map((r) => r[0]), rowsOf.map((r) => r[2]), rowsOf.map((r) => r[3])],
      );
    }
    // Each store also has its POS number (1, 2, 3 …) as an external code, which the store-day file uses.
    await db.query(
      `INSERT INTO "store_external_code" ("storeId", "code", "codeKey") SELECT s."id", CAST(s."id" AS text), CAST(s."id" AS text) FROM "store" s`,
    );
  } else {
    const conn = (db.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
    const insertStore = conn.prepare(
      `INSERT INTO "store" ("code", "codeKey", "name", "regionId", "format", "status", "openDate", "salesAreaSqm") VALUES (?, ?, ?, 1, 'supermarket', 'open', '2015-01-01', ?)`,
    );
    // Each store also has its POS number (1, 2, 3 …) as an external code, which the store-day file uses.
    const insertExternal = conn.prepare(`INSERT INTO "store_external_code" ("storeId", "code", "codeKey") VALUES (?, ?, ?)`);
    conn.transaction(() => {
      for (let s = 1; s <= STORES; s++) {
        insertStore.run(...storeRow(s));
        insertExternal.run(s, String(s), String(s));
      }
    })();
  }
  for (const [username, role] of [
    ['ops', 'ops_manager'],
    ['director', 'director'],
  ]) {
    await db.query(
      `INSERT INTO "app_user" ("username", "displayName", "role", "passwordHash") VALUES ('${username}', '${username}', '${role}', '${hash}')`,
    );
  }

  const login = async (username: string) => {
    const first = await fetch(`${base}/api/health`);
    const xsrf = /XSRF-TOKEN=([^;]+)/.exec(first.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-xsrf-token': xsrf, cookie: `XSRF-TOKEN=${xsrf}` },
      body: JSON.stringify({ username, password: 'bench-password-1' }),
    });
    const sid = /storeops_sid=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
    if (!sid) throw new Error(`login ${username} failed: ${res.status}`);
    return { cookie: `XSRF-TOKEN=${xsrf}; storeops_sid=${sid}`, xsrf };
  };
  const ops = await login('ops');

  // 1. The file.
  const csv = join(dir, 'facts.csv');
  let t0 = performance.now();
  await writeCsv(csv, days);
  const size = statSync(csv).size;
  console.log(`csv written: ${(size / 1e6).toFixed(0)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s (not measured)`);

  // 2. Import through POST /api/imports, timed from the upload to the applied result; while it applies, a colleague
  // keeps reading the KPIs and the dashboard.
  const director = await login('director');
  const readPaths = [
    `/api/kpis?metric=sales&period=mtd&date=${END}&groupBy=region`,
    `/api/dashboard?date=${END}`,
    `/api/kpis?metric=margin_rate&period=ytd&date=${END}`,
    `/api/kpis?metric=sales&period=2025-06&groupBy=store`,
  ];
  const importFile = async (path: string, name: string) => {
    const started = performance.now();
    const form = new FormData();
    // A file-backed Blob: the upload streams from disk instead of holding the file in memory.
    form.append('file', await openAsBlob(path), name);
    const created = await fetch(`${base}/api/imports`, {
      // A request that hangs fails the bench instead of stalling it.
      signal: AbortSignal.timeout(600_000),
      method: 'POST',
      headers: { cookie: ops.cookie, 'x-xsrf-token': ops.xsrf },
      body: form,
    });
    if (created.status !== 201) throw new Error(`POST /api/imports → ${created.status}: ${(await created.text()).slice(0, 500)}`);
    const { id } = (await created.json()) as { id: number };
    let job: { status: string; phase: string; rowsRead: number; inserted: number; errorCount: number; errors: unknown[] } = {
      status: 'queued',
      phase: 'queued',
      rowsRead: 0,
      inserted: 0,
      errorCount: 0,
      errors: [],
    };
    const during: number[] = [];
    const phaseTimes: Record<string, number> = {};
    let phaseStart = performance.now();
    let phase = 'queued';
    let read = 0;
    for (;;) {
      const res = await fetch(`${base}/api/imports/${id}`, { headers: { cookie: ops.cookie } });
      if (res.status !== 200) throw new Error(`GET /api/imports/${id} → ${res.status}`);
      job = (await res.json()) as typeof job;
      if (job.phase !== phase) {
        phaseTimes[phase] = (performance.now() - phaseStart) / 1000;
        phase = job.phase;
        phaseStart = performance.now();
      }
      if (job.status === 'succeeded' || job.status === 'failed') break;
      if (job.phase === 'writing' || job.phase === 'rollup') {
        const t1 = performance.now();
        const r = await fetch(base + readPaths[read++ % readPaths.length], { headers: { cookie: director.cookie } });
        await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`read during the apply → ${r.status}`);
        during.push(performance.now() - t1);
      } else {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const seconds = (performance.now() - started) / 1000;
    if (job.status !== 'succeeded') throw new Error(`import failed: ${JSON.stringify(job.errors.slice(0, 3))}`);
    during.sort((a, b) => a - b);
    return { job, seconds, rate: job.rowsRead / seconds, during, phaseTimes };
  };
  t0 = performance.now();
  const categoryImport = await importFile(csv, 'facts.csv');
  const job = categoryImport.job;
  const importSeconds = categoryImport.seconds;
  const importRate = categoryImport.rate;

  // 2b. A store-day file over the two years before: POS numbers, newest day first, sales and customers, an open flag.
  const storeDays = dayList(new Date(Date.parse(`${days[0]}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)).reverse();
  const storeCsv = join(dir, 'store-days.csv');
  await writeStoreDayCsv(storeCsv, storeDays);
  const storeImport = await importFile(storeCsv, 'store-days.csv');
  const storeFloorRate = storeDayFloor(join(dir, 'store-floor.sqlite'), storeDays);

  // 3. The floor: the same rows straight into the same table, one prepared statement, one transaction.
  const floorDb = new Database(join(dir, 'floor.sqlite'));
  floorDb.pragma('journal_mode = WAL');
  floorDb.pragma('synchronous = NORMAL');
  floorDb.exec(
    `CREATE TABLE "fact_category_day" ("day" integer NOT NULL, "storeId" integer NOT NULL, "categoryId" integer NOT NULL, "sales" bigint NOT NULL, "cost" bigint NOT NULL, "shrink" bigint NOT NULL, PRIMARY KEY ("day", "storeId", "categoryId"))`,
  );
  const insert = floorDb.prepare(`INSERT INTO "fact_category_day" VALUES (?, ?, ?, ?, ?, ?)`);
  t0 = performance.now();
  let floorRows = 0;
  floorDb.transaction(() => {
    for (let d = 0; d < days.length; d++) {
      const day = Number(days[d].replace(/-/g, ''));
      for (let s = 1; s <= STORES; s++) {
        for (let c = 0; c < TOP.length; c++) {
          const sales = amount(s, c, d);
          insert.run(day, s, c + 1, sales, Math.round(sales * 0.78), Math.round(sales * 0.01));
          floorRows++;
        }
      }
    }
  })();
  const floorRate = floorRows / ((performance.now() - t0) / 1000);
  floorDb.close();

  // The import figures now, so that a failure further on does not lose them.
  const fmt = (n: number) => Math.round(n).toLocaleString('en');
  console.log('');
  console.log(`import through POST /api/imports: ${fmt(job.rowsRead)} rows in ${importSeconds.toFixed(1)} s = ${fmt(importRate)} rows/s`);
  console.log(`floor (prepared INSERT, one transaction, same table): ${fmt(floorRate)} rows/s`);
  console.log(`ratio floor / import: ${(floorRate / importRate).toFixed(2)}×`);
  const phases = (p: Record<string, number>) => ['reading', 'writing', 'rollup'].map((k) => `${k} ${(p[k] ?? 0).toFixed(1)} s`).join(' · ');
  const duringApply = (d: number[]) =>
    d.length
      ? `p50 ${percentile(d, 50).toFixed(2)} ms   p95 ${percentile(d, 95).toFixed(2)} ms   max ${d[d.length - 1].toFixed(2)} ms (${d.length} reads)`
      : '(no read fell in the apply)';
  console.log(`  phases: ${phases(categoryImport.phaseTimes)}`);
  console.log(`  reads during the apply (KPIs, dashboard): ${duringApply(categoryImport.during)}`);
  console.log(
    `store-day file (${fmt(storeImport.job.rowsRead)} rows, newest day first, POS numbers): ${storeImport.seconds.toFixed(1)} s = ${fmt(storeImport.rate)} rows/s`,
  );
  console.log(
    `  floor (prepared INSERT into the store-day shape): ${fmt(storeFloorRate)} rows/s → ratio ${(storeFloorRate / storeImport.rate).toFixed(2)}×`,
  );
  console.log(`  phases: ${phases(storeImport.phaseTimes)}`);
  console.log(`  reads during the apply (KPIs, dashboard): ${duringApply(storeImport.during)}`);
  // The floors ran synchronously in this process, blocking the server's event loop as well: let the keep-alive
  // timers that fell due meanwhile close their idle sockets before the next request, or fetch reuses a dead one.
  await new Promise((r) => setTimeout(r, 1000));

  // 4. Targets for the progress endpoint (through the API), then latency of the read endpoints.
  const create = await fetch(`${base}/api/target-decompositions`, {
    method: 'POST',
    headers: { cookie: ops.cookie, 'x-xsrf-token': ops.xsrf, 'content-type': 'application/json' },
    body: JSON.stringify({ year: 2026, metric: 'sales', total: 5_000_000_000_000, method: 'last_year', locks: [] }),
  });
  const decomposition = (await create.json()) as { id: number; version: number };
  const step = async (who: typeof ops, action: string, version: number) =>
    (await (
      await fetch(`${base}/api/target-decompositions/${decomposition.id}/${action}`, {
        method: 'POST',
        headers: { cookie: who.cookie, 'x-xsrf-token': who.xsrf, 'content-type': 'application/json' },
        body: JSON.stringify({ version }),
      })
    ).json()) as { version: number; status: string };
  const published = await step(ops, 'publish', decomposition.version);
  const approved = await step(director, 'approve', published.version);
  if (approved.status !== 'approved') console.log(`(targets not approved: ${JSON.stringify(approved)})`);

  const pick = (i: number) => 1 + ((i * 7919) % STORES);
  const progressPaths = Array.from({ length: REQUESTS }, (_, i) => `/api/stores/${pick(i)}/progress?date=${END}`);
  const kpiPaths = Array.from(
    { length: REQUESTS },
    (_, i) =>
      [
        `/api/kpis?metric=sales&period=ytd&date=${END}&storeId=${pick(i)}`,
        `/api/kpis?metric=margin_rate&period=mtd&date=${END}&groupBy=category&storeId=${pick(i)}`,
        `/api/kpis?metric=sales&period=2026-Q3&groupBy=month&storeId=${pick(i)}`,
        `/api/kpis?metric=sales&period=mtd&date=${END}&groupBy=day&storeId=${pick(i)}`,
      ][i % 4],
  );
  // Whole-chain queries, each distinct (no cache hit): months by store, and year-to-date by region as of different days.
  const chainPaths = Array.from({ length: 30 }, (_, i) =>
    i % 2
      ? `/api/kpis?metric=sales&period=${days[days.length - 1 - ((i * 20) % days.length)].slice(0, 7)}&groupBy=store`
      : `/api/kpis?metric=sales&period=ytd&date=${days[days.length - 1 - (i % days.length)]}&groupBy=region`,
  );
  // 5. Rankings: a scheme in force (sales, margin and shrink; no inspections in the bench chain, so the reweight
  // rule applies), distinct periods through HTTP (each computed once from the rollups, then cached), and the same
  // computation in process from the rollups and from the daily facts, for the ratio.
  const scheme = (await (
    await fetch(`${base}/api/scorecard-schemes`, {
      method: 'POST',
      headers: { cookie: ops.cookie, 'x-xsrf-token': ops.xsrf, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: '基准考评',
        missingRule: 'reweight',
        components: [
          { key: 'sales', kind: 'sales_achievement', weight: 50, floor: 80, ceiling: 110, direction: 'higher' },
          { key: 'margin', kind: 'margin_achievement', weight: 30, floor: 80, ceiling: 110, direction: 'higher' },
          { key: 'shrink', kind: 'shrink_vs_target', weight: 20, floor: 80, ceiling: 150, direction: 'lower', targetRate: 1.2 },
        ],
      }),
    })
  ).json()) as { id: number; version: number };
  await fetch(`${base}/api/scorecard-schemes/${scheme.id}/approve`, {
    method: 'POST',
    headers: { cookie: director.cookie, 'x-xsrf-token': director.xsrf, 'content-type': 'application/json' },
    body: JSON.stringify({ version: scheme.version }),
  });
  const months = [...new Set(days.map((d) => d.slice(0, 7)))].filter((m) => m.startsWith('2026'));
  const rankingPeriods = [...months, '2026-Q1', '2026-Q2', '2026-Q3', '2026'];
  const rankingPaths = rankingPeriods.map((p) => `/api/rankings/stores?period=${p}`);
  const firstRanking = (await (await fetch(base + rankingPaths[0], { headers: { cookie: director.cookie } })).json()) as {
    rows: unknown[];
  };
  const rankingUncached = await timeRequests(base, director.cookie, rankingPaths.slice(1));
  const rankingCached = await timeRequests(
    base,
    director.cookie,
    Array.from({ length: REQUESTS }, (_, i) => rankingPaths[i % rankingPaths.length]),
  );
  const { RankingsService } = await import('@storeops/api/rankings');
  const rankings = app.get(RankingsService);
  const inProcess = async (source: 'rollup' | 'daily') => {
    const times: number[] = [];
    for (const period of rankingPeriods) {
      const t1 = performance.now();
      await rankings.rank({ period }, { source, noCache: true });
      times.push(performance.now() - t1);
    }
    return times.sort((a, b) => a - b);
  };
  const fromRollups = await inProcess('rollup');
  const fromDaily = await inProcess('daily');
  const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)];

  // 5b. Cold after an import: a one-row import (one store-day of the last day changed) makes every answer of the
  // facts' older version unreachable; then one ranking through HTTP, the periods in turn.
  const afterImport: number[] = [];
  // The in-process rankings above blocked the event loop: let idle keep-alive sockets close first (as after the floors).
  await new Promise((r) => setTimeout(r, 1000));
  for (let i = 0; i < COLD; i++) {
    const file = join(dir, `cold-${i}.csv`);
    writeFileSync(
      file,
      `日期,门店编码,品类编码,销售额,成本,损耗\r\n${END},BN0001,FR,${yuan(300_000 + i * 100)},${yuan(234_000)},${yuan(3_000)}\r\n`,
    );
    await importFile(file, `cold-${i}.csv`);
    const t1 = performance.now();
    const res = await fetch(base + rankingPaths[i % rankingPaths.length], { headers: { cookie: director.cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`ranking after an import → ${res.status}`);
    afterImport.push(performance.now() - t1);
  }
  afterImport.sort((a, b) => a - b);

  // 5c. DuckDB: the same facts (the category file) and targets in memory, ranked on the same scheme (a period and
  // its previous one, every row read back), for the ratio.
  const duckdb = await duckRanking(csv, db, rankingPeriods);

  await timeRequests(base, director.cookie, progressPaths.slice(0, 20)); // warm-up
  const progress = await timeRequests(base, director.cookie, progressPaths);
  const kpis = await timeRequests(base, director.cookie, kpiPaths);
  const chain = await timeRequests(base, director.cookie, chainPaths);
  const cached = await timeRequests(base, director.cookie, chainPaths);

  console.log('');
  console.log(
    `GET /api/stores/:id/progress   p50 ${progress.p50.toFixed(2)} ms   p95 ${progress.p95.toFixed(2)} ms   (${progressPaths.length} requests, one store each)`,
  );
  console.log(
    `GET /api/kpis (one store)      p50 ${kpis.p50.toFixed(2)} ms   p95 ${kpis.p95.toFixed(2)} ms   (${kpiPaths.length} requests: ytd, mtd by category, quarter by month, mtd by day)`,
  );
  console.log(
    `GET /api/kpis (whole chain)    p50 ${chain.p50.toFixed(2)} ms   p95 ${chain.p95.toFixed(2)} ms   (${chainPaths.length} distinct requests: a month by store, ytd by region)`,
  );
  console.log(
    `  … the same again (cached)     p50 ${cached.p50.toFixed(2)} ms   p95 ${cached.p95.toFixed(2)} ms   (answers are kept per query and data version)`,
  );
  console.log(
    `GET /api/rankings/stores        p50 ${rankingUncached.p50.toFixed(2)} ms   p95 ${rankingUncached.p95.toFixed(2)} ms   (${rankingPaths.length - 1} distinct periods, ${firstRanking.rows.length} stores each, computed from the rollups)`,
  );
  console.log(
    `  … repeated (cached)           p50 ${rankingCached.p50.toFixed(2)} ms   p95 ${rankingCached.p95.toFixed(2)} ms   (${REQUESTS} requests; kept per period, scope, scheme and data version)`,
  );
  console.log(
    `  … first request after an import p50 ${percentile(afterImport, 50).toFixed(2)} ms   p95 ${percentile(afterImport, 95).toFixed(2)} ms   (${COLD} one-row imports, each followed by one ranking)`,
  );
  if (duckdb) {
    const cold = rankingUncached.p50;
    console.log(
      `DuckDB in memory ranking the same ${fmt(duckdb.rows)} facts: median ${duckdb.median.toFixed(2)} ms (load ${(duckdb.loadMs / 1000).toFixed(1)} s, not measured) → cold ranking p50 / DuckDB ${(cold / duckdb.median).toFixed(2)}×, first after an import p50 / DuckDB ${(percentile(afterImport, 50) / duckdb.median).toFixed(2)}×`,
    );
  }
  console.log(
    `ranking computed in process: from rollups median ${median(fromRollups).toFixed(2)} ms, from daily facts median ${median(fromDaily).toFixed(2)} ms → ratio ${(median(fromDaily) / median(fromRollups)).toFixed(1)}× (${rankingPeriods.length} periods: months, quarters, the year)`,
  );
  await app.close();
  if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  const pgUrl = process.env['BENCH_DATABASE_URL'];
  if (!PG_URL && pgUrl) {
    console.log('');
    console.log('— the same on PostgreSQL (BENCH_DATABASE_URL) —');
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1), '--pg-pass'], { stdio: 'inherit' });
    if (run.status !== 0) process.exitCode = run.status ?? 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
