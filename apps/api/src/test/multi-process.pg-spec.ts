import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '@storeops/tools/demo-data';

/**
 * Two API processes on one PostgreSQL database, as behind a load balancer (PostgreSQL only: this file is collected
 * by `npm run test:pg`, which .ci/run runs). Real child processes of the API's own entry point, so one can be killed
 * with SIGKILL in the middle of an import's apply.
 */
const ROOT = resolve(__dirname, '../../../..');
const URL = process.env['DATABASE_URL'] as string;
const uploads = mkdtempSync(join(tmpdir(), 'storeops-mp-uploads-'));
const logs: Record<string, string[]> = { A: [], B: [] };

/** An answer's JSON as the assertions read it (supertest types its bodies the same way). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- checked field by field by the assertions
type Json = any;

interface Api {
  name: string;
  base: string;
  proc: ChildProcess;
}

function start(name: 'A' | 'B', port: number, extra: Record<string, string> = {}): Api {
  const proc = spawn(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      TS_NODE_PROJECT: 'tsconfig.scripts.json',
      TS_NODE_TRANSPILE_ONLY: 'true',
      DATABASE_URL: URL,
      PORT: String(port),
      HOST: '127.0.0.1',
      UPLOAD_DIR: uploads,
      IMPORT_LEASE_SECONDS: '2',
      IMPORT_MAX_MB: '50',
      LOG_LEVEL: 'warn',
      WEB_DIST: join(uploads, 'no-web'),
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => logs[name].push(chunk.toString());
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  return { name, base: `http://127.0.0.1:${port}`, proc };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ready(api: Api, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (api.proc.exitCode !== null) throw new Error(`${api.name} exited: ${logs[api.name].join('').slice(-2000)}`);
    try {
      const res = await fetch(`${api.base}/api/health/ready`);
      if (res.status === 200) {
        expect(await res.json()).toEqual({ status: 'ready' });
        return;
      }
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${api.name} not ready: ${logs[api.name].join('').slice(-2000)}`);
}

/** A browser's session on one process: its cookies, and the XSRF token sent back on writes. */
class Session {
  private readonly cookies = new Map<string, string>();

  constructor(private api: Api) {}

  /** The same signed-in browser, sent to the other process (sessions live in the database). */
  via(api: Api): Session {
    const other = new Session(api);
    for (const [k, v] of this.cookies) other.cookies.set(k, v);
    return other;
  }

  private take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
  }

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
    if (method !== 'GET' && !this.cookies.has('XSRF-TOKEN')) await this.request('GET', '/api/health');
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (this.cookies.has('XSRF-TOKEN')) headers['x-xsrf-token'] = decodeURIComponent(this.cookies.get('XSRF-TOKEN') as string);
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(`${this.api.base}${path}`, { method, headers, body: payload });
    this.take(res);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed };
  }

  get(path: string) {
    return this.request('GET', path);
  }

  login(username: string, password = DEMO_PASSWORD) {
    return this.request('POST', '/api/auth/login', { username, password });
  }

  async upload(name: string, text: string): Promise<number> {
    const form = new FormData();
    form.append('file', new Blob([text], { type: 'text/csv' }), name);
    const res = await this.request('POST', '/api/imports', form);
    expect(res.status).toBe(201);
    return res.body.id as number;
  }

  async finished(id: number, timeoutMs = 120_000): Promise<Json> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const job = (await this.get(`/api/imports/${id}`)).body;
      if (job.status === 'succeeded' || job.status === 'failed') return job;
      await sleep(100);
    }
    throw new Error(`import ${id} did not finish`);
  }
}

async function signedIn(api: Api, username: string): Promise<Session> {
  const s = new Session(api);
  const res = await s.login(username);
  expect(res.status).toBe(200);
  return s;
}

describe('two API processes on one PostgreSQL database', () => {
  let a: Api;
  let b: Api;

  beforeAll(async () => {
    const pg = new Client({ connectionString: URL });
    await pg.connect();
    await pg.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
    await pg.end();
    // A migrates and seeds the demo chain first; B starts on what A made. A's applies pause after each step
    // (IMPORT_STEP_DELAY_MS) so the test can kill it in the middle of one.
    a = start('A', 3391 + (process.pid % 50) * 2, { IMPORT_STEP_DELAY_MS: '400' });
    await ready(a);
    b = start('B', 3392 + (process.pid % 50) * 2);
    await ready(b);
  }, 240_000);

  afterAll(async () => {
    for (const api of [a, b]) if (api && api.proc.exitCode === null) api.proc.kill('SIGTERM');
    await sleep(500);
    for (const api of [a, b]) if (api && api.proc.exitCode === null) api.proc.kill('SIGKILL');
    rmSync(uploads, { recursive: true, force: true });
  });

  it('answers a KPI, the dashboard and the ranking through B with an import made through A, at once', async () => {
    const opsA = await signedIn(a, 'ops');
    const directorB = await signedIn(b, 'director');
    const kpi = '/api/kpis?metric=sales&from=2026-11-17&to=2026-11-17';
    // B computes (and caches) each figure before the import.
    const before = {
      kpi: (await directorB.get(kpi)).body.rows[0]?.value ?? null,
      dashboard: (await directorB.get('/api/dashboard')).body,
      ranking: (await directorB.get('/api/rankings/stores?period=2026-11')).body,
    };
    expect(typeof before.kpi).toBe('number');
    const store = await opsA.get('/api/stores?q=BJ001');
    expect(store.status).toBe(200);
    const storeKpi = `${kpi}&storeId=${store.body.items[0].id}`;
    const storeBefore = (await directorB.get(storeKpi)).body.rows[0].value as number;
    // BJ001's fresh food on 2026-11-17 becomes ¥5,000,000.00 (was its demo figure): the chain's day moves as BJ001's does.
    const id = await opsA.upload('一天.csv', '日期,门店编码,品类编码,销售额,成本,损耗\r\n2026-11-17,BJ001,FR,5000000,3900000,0\r\n');
    const job = await opsA.finished(id);
    expect(job).toMatchObject({ status: 'succeeded', rowsRead: 1 });
    const after = (await directorB.get(kpi)).body.rows[0].value as number;
    const storeAfter = (await directorB.get(storeKpi)).body.rows[0].value as number;
    expect(storeAfter).toBeGreaterThanOrEqual(500_000_000);
    expect(after - before.kpi).toBe(storeAfter - storeBefore);
    expect((await directorB.get('/api/dashboard')).body).not.toEqual(before.dashboard);
    expect((await directorB.get('/api/rankings/stores?period=2026-11')).body).not.toEqual(before.ranking);
  });

  it('locks an account after 5 failed sign-ins split across A and B, on both', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await new Session(i % 2 ? b : a).login('buyer', `wrong-password-${i}`);
      expect(res.status).toBe(401);
    }
    for (const api of [a, b]) {
      const right = await new Session(api).login('buyer');
      expect(right.status).toBe(429);
      expect(right.body).toMatchObject({ statusCode: 429, details: [{ field: 'retryAfter' }] });
    }
  });

  it('finishes an import on B when A is killed in the middle of applying it, and applies it exactly once', async () => {
    const ops = await signedIn(a, 'ops');
    const opsB = ops.via(b);
    const stores = ((await ops.get('/api/stores?pageSize=100')).body.items as Array<{ code: string }>).map((s) => s.code);
    expect(stores.length).toBeGreaterThan(10);
    // 2024 holds no demo facts: what the KPI shows for it is exactly what this file holds.
    const lines = ['日期,门店编码,品类编码,销售额,成本,损耗'];
    let total = 0;
    for (let d = new Date(Date.UTC(2024, 0, 1)); d.getUTCFullYear() === 2024; d.setUTCDate(d.getUTCDate() + 1)) {
      const day = d.toISOString().slice(0, 10);
      stores.forEach((code, i) => {
        const sales = 1000 + ((i * 37 + d.getUTCDate() * 11) % 900);
        total += sales * 100;
        lines.push(`${day},${code},FR,${sales},${Math.round(sales * 0.7)},0`);
      });
    }
    const file = lines.join('\r\n') + '\r\n';
    const year = '/api/kpis?metric=sales&from=2024-01-01&to=2024-12-31';
    expect((await opsB.get(year)).body.rows[0]?.value ?? null).toBeNull();

    const id = await ops.upload('2024.csv', file);
    // A reaches the apply (phase 写入 saved before its transaction begins), gets a few steps in, and is killed.
    const until = Date.now() + 120_000;
    for (;;) {
      const job = (await opsB.get(`/api/imports/${id}`)).body;
      if (job.status === 'running' && job.phase === 'writing') break;
      expect(job.status).not.toBe('succeeded');
      if (Date.now() > until) throw new Error(`A never began applying: ${JSON.stringify(job)}`);
      await sleep(50);
    }
    await sleep(1_500);
    a.proc.kill('SIGKILL');
    await new Promise((r) => a.proc.once('exit', r));
    // Nothing of the cut-off apply is visible.
    expect((await opsB.get(year)).body.rows[0]?.value ?? null).toBeNull();

    // B takes the job once A's lease has run out, reads the upload again from the shared folder and applies it.
    const job = await opsB.finished(id);
    expect(job.status).toBe('succeeded');
    expect(job.rowsRead).toBe(lines.length - 1);
    expect(job.inserted).toBe(lines.length - 1);
    expect((await opsB.get(year)).body.rows[0].value).toBe(total);
    // Taken twice (A, then B), and let go.
    const pg = new Client({ connectionString: URL });
    await pg.connect();
    const [row] = (await pg.query(`SELECT "attempts", "leaseOwner", "applied" FROM "import_job" WHERE "id" = $1`, [id])).rows;
    await pg.end();
    expect(row).toEqual({ attempts: 2, leaseOwner: null, applied: true });

    // The same file again: every row is already there, nothing changes.
    const again = await opsB.finished(await opsB.upload('2024.csv', file));
    expect(again).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0, unchanged: lines.length - 1 });
    expect((await opsB.get(year)).body.rows[0].value).toBe(total);
  }, 240_000);

  it('stops B gracefully on SIGTERM: it leaves the pool, the listener and its timers and exits, holding no job', async () => {
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
      b.proc.once('exit', (code, signal) => r({ code, signal })),
    );
    b.proc.kill('SIGTERM');
    const outcome = await Promise.race([exited, sleep(20_000).then(() => 'still running' as const)]);
    expect(outcome).not.toBe('still running');
    const pg = new Client({ connectionString: URL });
    await pg.connect();
    const held = (await pg.query(`SELECT "id" FROM "import_job" WHERE "leaseOwner" IS NOT NULL`)).rows;
    await pg.end();
    expect(held).toEqual([]);
  }, 30_000);
});
