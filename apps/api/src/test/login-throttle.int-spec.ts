import request from 'supertest';
import { PASSWORD_VERIFIER } from '@storeops/api/auth';
import { clock, verifyPassword } from '@storeops/api/core';
import { DEMO_PASSWORD } from '@storeops/tools/demo-data';
import { startTestApp, TestApp } from './test-app';

/**
 * The throttle under parallel guesses (the attack of issue 11: 24 wrong passwords and the right one at the same
 * moment got 24 × 401 and a 200). Every password check goes through a counting verifier.
 */
describe('login throttle: parallel guesses, lock with back-off, per-address rule', () => {
  let t: TestApp;
  let checks = 0;
  let xsrf = '';
  const started = clock.now();

  beforeAll(async () => {
    process.env['TRUST_PROXY'] = 'loopback';
    process.env['LOGIN_MAX_DELAY_MS'] = '60';
    t = await startTestApp([
      {
        provide: PASSWORD_VERIFIER,
        useValue: {
          verify: (password: string, hash: string) => {
            checks++;
            return verifyPassword(password, hash);
          },
        },
      },
    ]);
    const first = await request(t.app.getHttpServer()).get('/api/health');
    xsrf = /XSRF-TOKEN=([^;]+)/.exec(String(first.headers['set-cookie']))?.[1] ?? '';
  });
  afterAll(async () => {
    delete process.env['TRUST_PROXY'];
    delete process.env['LOGIN_MAX_DELAY_MS'];
    clock.set(started);
    await t.close();
  });

  const login = (username: string, password: string, from = '203.0.113.7') =>
    request(t.app.getHttpServer())
      .post('/api/auth/login')
      .set('Cookie', `XSRF-TOKEN=${xsrf}`)
      .set('X-XSRF-TOKEN', xsrf)
      .set('X-Forwarded-For', from)
      .send({ username, password });

  it('25 parallel wrong-and-right guesses for one account: at most 5 password checks, the right one refused until the lock passes', async () => {
    checks = 0;
    const guesses = [...Array.from({ length: 24 }, (_, i) => `wrong-guess-${i}`), DEMO_PASSWORD];
    const answers = await Promise.all(guesses.map((password) => login('buyer', password)));
    const statuses = answers.map((a) => a.status);
    expect(checks).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 200)).toEqual([]);
    expect(statuses.filter((s) => s === 401).length).toBe(checks);
    expect(statuses.filter((s) => s === 429).length).toBe(25 - checks);
    const right = answers[24];
    expect(right.status).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    expect(right.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', details: [{ field: 'retryAfter' }] });

    // Still locked a moment later, without a check.
    const before = checks;
    expect((await login('buyer', DEMO_PASSWORD)).status).toBe(429);
    expect(checks).toBe(before);

    // The lock (60 s for the first) passes: the right password gets in and clears the count.
    clock.set(new Date(clock.ms() + 61_000));
    expect((await login('buyer', DEMO_PASSWORD)).status).toBe(200);
    expect((await login('buyer', 'wrong-again-1')).status).toBe(401);
  });

  it('doubles the lock with each failure after the fifth', async () => {
    for (let i = 0; i < 5; i++) expect((await login('office', `nope-${i}`)).status).toBe(401);
    const first = await login('office', DEMO_PASSWORD);
    expect(first.status).toBe(429);
    expect(Number(first.headers['retry-after'])).toBe(60);
    clock.set(new Date(clock.ms() + 61_000));
    expect((await login('office', 'nope-5')).status).toBe(401);
    const second = await login('office', DEMO_PASSWORD);
    expect(second.status).toBe(429);
    expect(Number(second.headers['retry-after'])).toBe(120);
  });

  it('slows and then blocks failures from one address, and still lets another account behind it sign in', async () => {
    const nat = '198.51.100.20';
    // 30 failures from the address, spread over unknown accounts so no account lock is involved.
    for (let i = 0; i < 30; i++) expect((await login(`nobody-${i}`, 'x-wrong-password', nat)).status).toBe(401);
    const slowStart = performance.now();
    const blocked = await login('nobody-x', 'x-wrong-password', nat);
    expect(performance.now() - slowStart).toBeGreaterThanOrEqual(55);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // That account is now locked from this address only…
    expect((await login('nobody-x', 'x-wrong-password', nat)).status).toBe(429);
    // …while a colleague behind the same address signs in with the right password,
    expect((await login('specialist', DEMO_PASSWORD, nat)).status).toBe(200);
    // and another address is not touched at all.
    expect((await login('nobody-y', 'x-wrong-password', '192.0.2.1')).status).toBe(401);
  });
});
