import { idOf, startTestApp, TestApp } from './test-app';
import { clock } from '@storeops/api/core';

function cookieLine(res: { headers: Record<string, unknown> }, name: string): string | undefined {
  return ((res.headers['set-cookie'] as string[] | undefined) ?? []).find((c) => c.startsWith(`${name}=`));
}

describe('auth: login, sessions, CSRF, throttling, headers', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('sets XSRF-TOKEN on the first response to an anonymous request, readable by the page', async () => {
    const res = await t.client().get('/api/health');
    const line = cookieLine(res, 'XSRF-TOKEN');
    expect(line).toBeDefined();
    expect(line).toMatch(/SameSite=Strict/i);
    expect(line).not.toMatch(/HttpOnly/i);
  });

  it('refuses login without the CSRF header, and with a header that does not match the cookie', async () => {
    const c = t.client();
    await c.get('/api/health');
    const missing = await c.send('post', '/api/auth/login', { username: 'admin', password: 'storeops-demo' }, { csrf: false });
    expect(missing.status).toBe(403);
    expect(missing.body).toMatchObject({
      statusCode: 403,
      error: 'Forbidden',
      code: 'auth.csrf',
      details: [{ field: 'X-XSRF-TOKEN', code: 'auth.csrf_missing', params: {}, problem: '缺少' }],
    });
    expect(missing.body.message).toBe('缺少或无效的 CSRF 令牌，请刷新页面后重试');
    const wrong = await c.send('post', '/api/auth/login', { username: 'admin', password: 'storeops-demo' }, { csrf: 'not-the-token' });
    expect(wrong.status).toBe(403);
    expect(cookieLine(wrong, 'storeops_sid')).toBeUndefined();
  });

  it('logs in with the right password: HttpOnly SameSite=Strict session cookie and the caller', async () => {
    const c = t.client();
    await c.get('/api/health');
    const res = await c.login('specialist', 'storeops-demo');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ username: 'specialist', role: 'specialist', storeId: null });
    expect(res.body.categoryIds).toHaveLength(2);
    const line = cookieLine(res, 'storeops_sid') ?? '';
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/SameSite=Strict/i);
    const me = await c.get('/api/auth/me');
    expect(me.body).toEqual(res.body);
  });

  it('answers 401 to a wrong password or unknown user, with the same message', async () => {
    const wrong = await t.client().login('director', 'storeops-dem0');
    const unknown = await t.client().login('nobody', 'storeops-demo');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('throttles a username after 5 failures with 429, even for the right password', async () => {
    const c = t.client();
    for (let i = 0; i < 5; i++) expect((await c.login('buyer', `wrong-${i}-password`)).status).toBe(401);
    const blocked = await c.login('buyer', 'storeops-demo');
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ code: 'login_locked', details: [{ field: 'retryAfter', code: 'too_many_requests' }] });
    expect(blocked.body.message).toMatch(/^登录失败次数过多，请 \d+ 秒后再试$/);
  });

  it('issues a new session id at each login and ends the old one', async () => {
    const c = t.client();
    await c.login('office', 'storeops-demo');
    const first = c.cookies.get('storeops_sid');
    await c.login('office', 'storeops-demo');
    const second = c.cookies.get('storeops_sid');
    expect(second).not.toEqual(first);
    const stale = t.client();
    stale.cookies.set('storeops_sid', first ?? '');
    expect((await stale.get('/api/auth/me')).status).toBe(401);
  });

  it('logout ends the session on the server, not just in the browser', async () => {
    const c = await t.as('ops');
    const token = c.cookies.get('storeops_sid') ?? '';
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    const replay = t.client();
    replay.cookies.set('storeops_sid', token);
    expect((await replay.get('/api/auth/me')).status).toBe(401);
  });

  it('deactivating a user ends their sessions at once', async () => {
    const admin = await t.as('admin');
    const victim = await t.as('sm-sh002');
    expect((await victim.get('/api/auth/me')).status).toBe(200);
    const id = await idOf(t, 'app_user', 'username', 'sm-sh002');
    expect((await admin.patch(`/api/users/${id}`, { active: false })).status).toBe(200);
    expect((await victim.get('/api/auth/me')).status).toBe(401);
    const rows = await t.db.query(`SELECT COUNT(*) AS n FROM "session" WHERE "userId" = ${id}`);
    expect(Number(rows[0].n)).toBe(0);
    expect((await t.client().login('sm-sh002', 'storeops-demo')).status).toBe(401);
  });

  it('ends a session idle for longer than the idle timeout', async () => {
    const c = await t.as('sm-sh003');
    const longAgo = new Date(clock.ms() - 3 * 3_600_000);
    await t.db.getRepository('SessionEntity').createQueryBuilder().update().set({ lastSeenAt: longAgo }).execute();
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('ends a session past its absolute end even while active', async () => {
    const c = await t.as('sm-sh001');
    await t.db
      .getRepository('SessionEntity')
      .createQueryBuilder()
      .update()
      .set({ expiresAt: new Date(clock.ms() - 1000) })
      .execute();
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('sends a Content-Security-Policy and one year of HSTS', async () => {
    const res = await t.client().get('/api/health');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('issues a new XSRF token at login and at logout; the old one no longer passes', async () => {
    const c = t.client();
    await c.get('/api/health');
    const before = c.xsrf;
    expect((await c.login('director', 'storeops-demo')).status).toBe(200);
    const afterLogin = c.xsrf;
    expect(afterLogin).toBeDefined();
    expect(afterLogin).not.toEqual(before);
    const stale = await c.send('post', '/api/auth/logout', undefined, { csrf: before });
    expect(stale.status).toBe(403);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect(c.xsrf).toBeDefined();
    expect(c.xsrf).not.toEqual(afterLogin);
  });

  it('answers every /api request with Cache-Control: no-store, 429s included with Retry-After', async () => {
    const c = await t.as('ops');
    for (const path of ['/api/health', '/api/auth/me', '/api/stores?pageSize=1', '/api/nothing-here']) {
      expect(`${path} ${(await c.get(path)).headers['cache-control']}`).toBe(`${path} no-store`);
    }
  });

  it('validates the login body like any other: unknown fields are refused', async () => {
    const c = t.client();
    await c.get('/api/health');
    const res = await c.post('/api/auth/login', { username: 'admin', password: 'storeops-demo', role: 'admin' });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      { field: 'role', code: 'validation.whitelistValidation', params: {}, problem: 'role 不是可接受的字段' },
    ]);
  });
});
