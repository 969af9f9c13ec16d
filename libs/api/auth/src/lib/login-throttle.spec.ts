import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  let now = 0;
  const throttle = () => new LoginThrottle(15 * 60_000, () => now);

  beforeEach(() => (now = 1_000_000));

  it('lets a key try until it has failed `limit` times in the window', () => {
    const t = throttle();
    for (let i = 0; i < 4; i++) t.fail('user:ops');
    expect(t.retryAfterMs('user:ops', 5)).toBe(0);
    t.fail('user:ops');
    expect(t.retryAfterMs('user:ops', 5)).toBe(15 * 60_000);
  });

  it('opens again when the oldest counted failure leaves the window', () => {
    const t = throttle();
    for (let i = 0; i < 5; i++) {
      t.fail('user:ops');
      now += 60_000;
    }
    expect(t.retryAfterMs('user:ops', 5)).toBe(10 * 60_000);
    now += 10 * 60_000;
    expect(t.retryAfterMs('user:ops', 5)).toBe(0);
  });

  it('keeps keys apart and forgets a key on reset', () => {
    const t = throttle();
    for (let i = 0; i < 5; i++) t.fail('user:a');
    expect(t.retryAfterMs('user:b', 5)).toBe(0);
    t.reset('user:a');
    expect(t.retryAfterMs('user:a', 5)).toBe(0);
  });
});
