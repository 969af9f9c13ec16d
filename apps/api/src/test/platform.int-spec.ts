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
