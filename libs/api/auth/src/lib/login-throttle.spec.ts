import { addressBlocked, addressDelayMs, addressFailed, lockMsAfter, reserveAccount, ThrottleRules, ThrottleState } from './login-throttle';

const rules: ThrottleRules = {
  maxFailuresPerUser: 5,
  lockMs: 60_000,
  maxLockMs: 60 * 60_000,
  windowMs: 15 * 60_000,
  slowFailuresPerIp: 10,
  maxFailuresPerIp: 30,
  maxDelayMs: 3000,
};
const fresh: ThrottleState = { failures: 0, windowStartMs: 0, lastFailureMs: 0, lockedUntilMs: 0 };

describe('login throttle rules', () => {
  it('reserves attempts as failures, and the one that reaches the limit locks the account for those after it', () => {
    let state = fresh;
    const now = 1_000_000;
    const allowed: boolean[] = [];
    for (let i = 0; i < 25; i++) {
      const d = reserveAccount(state, now, rules);
      allowed.push(d.allowed);
      state = d.state;
    }
    expect(allowed.filter(Boolean)).toHaveLength(5);
    expect(allowed.slice(0, 5)).toEqual([true, true, true, true, true]);
    expect(state.lockedUntilMs).toBe(now + 60_000);
  });

  it('doubles the lock with each failure after the limit, up to the cap', () => {
    expect([4, 5, 6, 7, 8].map((n) => lockMsAfter(n, rules))).toEqual([0, 60_000, 120_000, 240_000, 480_000]);
    expect(lockMsAfter(40, rules)).toBe(60 * 60_000);
  });

  it('lets an account try again once its lock has passed, and forgets failures after a quiet window', () => {
    const locked = { failures: 5, windowStartMs: 0, lastFailureMs: 1000, lockedUntilMs: 61_000 };
    const during = reserveAccount(locked, 30_000, rules);
    expect(during).toMatchObject({ allowed: false, retryAfterMs: 31_000 });
    const after = reserveAccount(locked, 62_000, rules);
    expect(after.allowed).toBe(true);
    expect(after.state.lockedUntilMs).toBe(62_000 + 120_000);
    const quiet = reserveAccount({ ...locked, lockedUntilMs: 0 }, 1000 + 15 * 60_000, rules);
    expect(quiet.state.failures).toBe(1);
  });

  it('slows an address after 10 failures and blocks its failures after 30, for the rest of the window', () => {
    let ip = fresh;
    const now = 5_000_000;
    for (let i = 0; i < 10; i++) ip = addressFailed(ip, now, rules);
    expect(addressDelayMs(ip, now, rules)).toBe(0);
    ip = addressFailed(ip, now, rules);
    expect(addressDelayMs(ip, now, rules)).toBe(100);
    for (let i = 0; i < 19; i++) ip = addressFailed(ip, now + 1000, rules);
    expect(addressDelayMs(ip, now + 1000, rules)).toBe(3000);
    expect(addressBlocked(ip, now + 1000, rules)).toBe(0);
    ip = addressFailed(ip, now + 1000, rules);
    expect(addressBlocked(ip, now + 1000, rules)).toBe(15 * 60_000 - 1000);
    expect(addressBlocked(ip, now + 15 * 60_000, rules)).toBe(0);
  });
});
