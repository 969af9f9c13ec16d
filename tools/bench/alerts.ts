/**
 * `npm run bench:alerts` — the alert centre under many open deadlines.
 *
 *   npm run bench:alerts                          (default: the demo chain with its corrective actions copied to ≈ 20,000)
 *   npm run bench:alerts -- --actions 100000
 *
 * Boots the app as `npm start` does (demo chain, SQLite in a temporary directory, scheduler off), copies the demo's
 * open, reopened and closed corrective actions until there are about `--actions` of them, then prints p50/p95 through
 * HTTP of the badge (GET /api/alerts/count) and of the list (GET /api/alerts) for the 营运部长, a specialist and a
 * 店长: cold (the deadline records read again after a data change) and warm (records kept per data version; the
 * status, due time and escalation of each are still worked out from the calendar on every request).
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const ACTIONS = arg('actions', 20_000);
const REQUESTS = arg('requests', 40);
const dir = mkdtempSync(join(tmpdir(), 'storeops-bench-alerts-'));
process.env['DATABASE_URL'] = `sqlite:${join(dir, 'bench.sqlite')}`;
process.env['SEED_DEMO'] = 'true';
process.env['UPLOAD_DIR'] = join(dir, 'uploads');
process.env['ALERT_SCHEDULER'] = 'off';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await import('../../apps/api/src/app/app.module');
  const { configureApp } = await import('../../apps/api/src/app/configure-app');
  const { bumpDataVersion, runInTransaction } = await import('@storeops/api/core');
  const { DEMO_PASSWORD } = await import('@storeops/tools/demo-data');
  const app = await NestFactory.create(AppModule, { bodyParser: false, logger: ['error', 'warn'] });
  configureApp(app as never);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  const db = app.get((await import('typeorm')).DataSource);

  // Copies of the demo's live corrective actions (same stores, inspections and items), doubling until there are enough.
  const columns = ((await db.query(`PRAGMA table_info("corrective_action")`)) as Array<{ name: string }>)
    .map((c) => `"${c.name}"`)
    .filter((c) => c !== '"id"')
    .join(', ');
  const live = async () =>
    Number((await db.query(`SELECT COUNT(*) AS n FROM "corrective_action" WHERE "status" IN ('open', 'reopened', 'closed')`))[0].n);
  const demo = await live();
  if (demo === 0) throw new Error('the demo chain has no open corrective actions to copy');
  while ((await live()) < ACTIONS) {
    const missing = ACTIONS - (await live());
    await db.query(
      `INSERT INTO "corrective_action" (${columns}) SELECT ${columns} FROM "corrective_action" WHERE "status" IN ('open', 'reopened', 'closed') ORDER BY "id" LIMIT ${missing}`,
    );
  }
  const actions = await live();
  await runInTransaction(db, (em) => bumpDataVersion(em, 'inspections'));

  const login = async (username: string) => {
    const first = await fetch(`${base}/api/health`);
    const xsrf = /XSRF-TOKEN=([^;]+)/.exec(first.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-xsrf-token': xsrf, cookie: `XSRF-TOKEN=${xsrf}` },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    const sid = /storeops_sid=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
    if (!sid) throw new Error(`login ${username} failed: ${res.status}`);
    return `XSRF-TOKEN=${xsrf}; storeops_sid=${sid}`;
  };
  const get = async (cookie: string, path: string): Promise<{ ms: number; body: Record<string, unknown> }> => {
    const t0 = performance.now();
    const res = await fetch(base + path, { headers: { cookie } });
    const body = (await res.json()) as Record<string, unknown>;
    if (res.status !== 200) throw new Error(`${path} → ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
    return { ms: performance.now() - t0, body };
  };
  const times = async (cookie: string, path: string, cold: boolean) => {
    const ms: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      if (cold) await runInTransaction(db, (em) => bumpDataVersion(em, 'inspections'));
      ms.push((await get(cookie, path)).ms);
    }
    ms.sort((a, b) => a - b);
    return `p50 ${percentile(ms, 50).toFixed(1)} ms   p95 ${percentile(ms, 95).toFixed(1)} ms`;
  };

  const people = [
    ['ops', '营运部长'],
    ['specialist', '品类专员'],
    ['manager', '店长'],
  ] as const;
  console.log(`alert centre: ${actions.toLocaleString('en')} live corrective actions (${demo} in the demo, copied), SQLite in ${dir}`);
  for (const [username, label] of people) {
    const cookie = await login(username);
    const count = (await get(cookie, '/api/alerts/count')).body;
    const all = (await get(cookie, '/api/alerts?pageSize=20')).body;
    console.log('');
    console.log(`${label} (${username}): badge ${count['total']} (${count['overdue']} overdue), list total ${all['total']}`);
    console.log(`  GET /api/alerts/count              cold ${await times(cookie, '/api/alerts/count', true)}`);
    console.log(`                                     warm ${await times(cookie, '/api/alerts/count', false)}`);
    console.log(`  GET /api/alerts?mine=true          warm ${await times(cookie, '/api/alerts?mine=true&pageSize=20', false)}`);
    console.log(
      `  GET /api/alerts?kind=…&status=…    warm ${await times(cookie, '/api/alerts?kind=corrective_action&status=overdue&page=2&pageSize=20', false)}`,
    );
  }
  await app.close();
  if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
