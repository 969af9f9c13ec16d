import request from 'supertest';
import { QueryFailedError } from 'typeorm';
import { AllExceptionsFilter } from '@storeops/api/core';
import { DemoSeedService } from '../app/demo/demo-seed.service';
import { pendingSchemaSql } from '../database/schema-drift';
import { startTestApp, TestApp } from './test-app';
import { discoverRoutes } from './routes';

describe('platform: health, OpenAPI, schema', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('reports health with the database kind DATABASE_URL chose', async () => {
    const res = await t.client().get('/api/health');
    expect(res.status).toBe(200);
    const expected = (process.env['DATABASE_URL'] ?? '').startsWith('postgres') ? 'postgres' : 'sqlite';
    expect(res.body).toEqual({ status: 'ok', database: expected });
  });

  it('serves an OpenAPI description of every route at /api/docs', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/docs').set('Accept', 'application/json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(res.body.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    expect([...documented].sort()).toEqual(
      discoverRoutes(t.app)
        .map((r) => r.key)
        .sort(),
    );
  });

  it('answers /api/health with a deliberate 503 when the database does not answer', async () => {
    const query = jest.spyOn(t.db, 'query').mockRejectedValueOnce(new Error('connection refused'));
    const res = await t.client().get('/api/health');
    query.mockRestore();
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', details: [{ field: 'database' }] });
  });

  it('answers /api/health/ready 200 { status: "ready" } once migrations are applied, 503 when they are not or the database is down', async () => {
    const res = await t.client().get('/api/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready' });
    const down = jest.spyOn(t.db, 'query').mockRejectedValueOnce(new Error('connection refused'));
    const unreachable = await t.client().get('/api/health/ready');
    down.mockRestore();
    expect(unreachable.status).toBe(503);
    expect(unreachable.body).toMatchObject({ statusCode: 503, details: [{ field: 'database', code: 'database_down' }] });
  });

  it('says 503 on /api/health/ready while migrations are pending (a fresh process, before they ran)', async () => {
    const second = await startTestApp([], { wipe: false });
    try {
      const pending = jest.spyOn(second.db, 'showMigrations').mockResolvedValueOnce(true);
      const res = await second.client().get('/api/health/ready');
      pending.mockRestore();
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ statusCode: 503, details: [{ field: 'database', code: 'migrations_pending' }] });
      expect((await second.client().get('/api/health/ready')).body).toEqual({ status: 'ready' });
    } finally {
      await second.close();
    }
  });

  it('gives every request an id (X-Request-Id), keeping a well-formed one a proxy sent', async () => {
    const fresh = await t.client().get('/api/health');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await request(t.app.getHttpServer()).get('/api/health').set('X-Request-Id', 'nginx-7f3a.42');
    expect(given.headers['x-request-id']).toBe('nginx-7f3a.42');
    const hostile = await request(t.app.getHttpServer()).get('/api/health').set('X-Request-Id', 'a b<script>');
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves Prometheus metrics to an admin or the metrics token only', async () => {
    expect((await t.client().get('/api/health')).status).toBe(200);
    const anonymous = await t.client().get('/api/metrics');
    expect(anonymous.status).toBe(401);
    const director = await t.as('director');
    expect((await director.get('/api/metrics')).status).toBe(403);
    const admin = await t.as('admin');
    const res = await admin.get('/api/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    const text = res.text as string;
    expect(text).toMatch(/storeops_http_request_duration_seconds_count\{method="GET",route="\/api\/health",status="2xx"\} [1-9]/);
    expect(text).toMatch(/storeops_import_jobs\{status="queued"\} \d+/);
    process.env['METRICS_TOKEN'] = 'scrape-token-for-the-test-0123456789';
    try {
      const scraper = await request(t.app.getHttpServer())
        .get('/api/metrics')
        .set('Authorization', 'Bearer scrape-token-for-the-test-0123456789');
      expect(scraper.status).toBe(200);
      const wrong = await request(t.app.getHttpServer())
        .get('/api/metrics')
        .set('Authorization', 'Bearer scrape-token-for-the-test-0123456780');
      expect(wrong.status).toBe(401);
    } finally {
      delete process.env['METRICS_TOKEN'];
    }
  });

  it('keeps /api/docs for signed-in users when API_DOCS=signed-in (the default under NODE_ENV=production)', async () => {
    process.env['API_DOCS'] = 'signed-in';
    try {
      const anonymous = await request(t.app.getHttpServer()).get('/api/docs').set('Accept', 'application/json');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
      const ops = await t.as('ops');
      const res = await request(t.app.getHttpServer()).get('/api/docs').set('Accept', 'application/json').set('Cookie', ops.cookieHeader);
      expect(res.status).toBe(200);
      expect(res.body.openapi).toMatch(/^3\./);
    } finally {
      delete process.env['API_DOCS'];
    }
  });

  it('has no drift: generating a migration from the entities would produce nothing', async () => {
    const { up } = await pendingSchemaSql(
      process.env['DATABASE_URL']?.startsWith('postgres') ? process.env['DATABASE_URL'] : 'sqlite::memory:',
    );
    expect(up).toEqual([]);
  });

  it('seeds the demo chain only once: a second start leaves the data alone', async () => {
    expect(await t.app.get(DemoSeedService).seedIfEmpty()).toBe(0);
    const [{ n }] = await t.db.query('SELECT COUNT(*) AS n FROM "store"');
    expect(Number(n)).toBe(48);
  });

  it('never shows SQL or a stack trace to the client on a database failure', async () => {
    const body = new AllExceptionsFilter().toBody(
      new QueryFailedError('SELECT secret FROM "app_user"', [], new Error('syntax error near secret')),
    );
    expect(body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      code: 'http.internal',
      message: '服务器内部错误，请稍后重试',
      details: [],
    });
    const en = new AllExceptionsFilter().toBody(new QueryFailedError('SELECT 1', [], new Error('boom')), 'en');
    expect(en).toMatchObject({ code: 'http.internal', message: 'Internal server error; try again later' });
  });
});
