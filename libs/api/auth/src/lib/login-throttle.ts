import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import { clock, limitValue, runInTransaction } from '@storeops/api/core';
import { LoginThrottleEntity } from './entities/login-throttle.entity';

export interface ThrottleRules {
  maxFailuresPerUser: number;
  lockMs: number;
  maxLockMs: number;
  windowMs: number;
  slowFailuresPerIp: number;
  maxFailuresPerIp: number;
  maxDelayMs: number;
}

export function loadThrottleRules(): ThrottleRules {
  return {
    maxFailuresPerUser: limitValue('loginMaxFailuresPerUser'),
    lockMs: limitValue('loginLockSeconds') * 1000,
    maxLockMs: limitValue('loginLockMaxMinutes') * 60_000,
    windowMs: limitValue('loginFailureWindowMinutes') * 60_000,
    slowFailuresPerIp: limitValue('loginSlowFailuresPerIp'),
    maxFailuresPerIp: limitValue('loginMaxFailuresPerIp'),
    maxDelayMs: limitValue('loginMaxDelayMs'),
  };
}

export interface ThrottleState {
  failures: number;
  windowStartMs: number;
  lastFailureMs: number;
  lockedUntilMs: number;
}

const EMPTY: ThrottleState = { failures: 0, windowStartMs: 0, lastFailureMs: 0, lockedUntilMs: 0 };

/** A row whose window has passed without a failure, and that is not locked, starts again from nothing. */
export function decayed(state: ThrottleState, now: number, rules: ThrottleRules): ThrottleState {
  if (state.lockedUntilMs > now) return state;
  if (state.failures > 0 && now - state.lastFailureMs >= rules.windowMs) return { ...EMPTY };
  return state;
}

/** The lock after the n-th failure in a row: none below the limit, then 1, 2, 4 … × LOGIN_LOCK_SECONDS, at most the cap. */
export function lockMsAfter(failures: number, rules: ThrottleRules): number {
  if (failures < rules.maxFailuresPerUser) return 0;
  const doublings = Math.min(30, failures - rules.maxFailuresPerUser);
  return Math.min(rules.maxLockMs, rules.lockMs * 2 ** doublings);
}

export type AccountDecision = { allowed: false; retryAfterMs: number; state: ThrottleState } | { allowed: true; state: ThrottleState };

/**
 * Reserves one attempt of an account: a locked account is refused; otherwise the attempt counts as a failure at
 * once (undone by a success), and the attempt that reaches the limit locks the account for the attempts after it,
 * while its own password is still checked. So N guesses at the same moment check at most the limit.
 */
export function reserveAccount(current: ThrottleState, now: number, rules: ThrottleRules): AccountDecision {
  const state = decayed(current, now, rules);
  if (state.lockedUntilMs > now) return { allowed: false, retryAfterMs: state.lockedUntilMs - now, state };
  const failures = state.failures + 1;
  const lock = lockMsAfter(failures, rules);
  return { allowed: true, state: { ...state, failures, lastFailureMs: now, lockedUntilMs: lock ? now + lock : 0 } };
}

/** One more failure from an address, in a window that starts with its first failure. */
export function addressFailed(current: ThrottleState, now: number, rules: ThrottleRules): ThrottleState {
  const fresh = now - current.windowStartMs >= rules.windowMs;
  return {
    failures: fresh ? 1 : current.failures + 1,
    windowStartMs: fresh ? now : current.windowStartMs,
    lastFailureMs: now,
    lockedUntilMs: 0,
  };
}

/** How long an attempt from an address waits before its password is checked: it grows with the address's failures. */
export function addressDelayMs(current: ThrottleState, now: number, rules: ThrottleRules): number {
  if (now - current.windowStartMs >= rules.windowMs) return 0;
  const over = current.failures - rules.slowFailuresPerIp;
  if (over <= 0) return 0;
  return Math.min(rules.maxDelayMs, 100 * over * over);
}

export function addressBlocked(current: ThrottleState, now: number, rules: ThrottleRules): number {
  if (now - current.windowStartMs >= rules.windowMs || current.failures <= rules.maxFailuresPerIp) return 0;
  return current.windowStartMs + rules.windowMs - now;
}

export type Reservation = { allowed: false; retryAfterMs: number } | { allowed: true; delayMs: number };

const keysOf = (username: string, ip: string | null) => {
  const user = username.trim().toLowerCase().slice(0, 64);
  const address = (ip ?? 'unknown').slice(0, 64);
  return { user: `user:${user}`, ip: `ip:${address}`, pair: `pair:${user}|${address}` };
};

/**
 * Sign-in throttling in the database (every API process shares it; on PostgreSQL the rows are locked for the
 * step): per account, a lock after LOGIN_MAX_FAILURES_PER_USER failures in a row that doubles with each further
 * failure; per address, attempts are slowed after LOGIN_SLOW_FAILURES_PER_IP failures, and past
 * LOGIN_MAX_FAILURES_PER_IP a failure from it locks that account for that address only — the correct password of
 * another account behind the same address (a store's shared NAT) is still checked and let in.
 */
@Injectable()
export class LoginThrottle {
  private lastSweep = 0;

  constructor(private readonly db: DataSource) {}

  private async rows(em: EntityManager, keys: string[]): Promise<Map<string, ThrottleState & { throttleKey: string }>> {
    await em
      .createQueryBuilder()
      .insert()
      .into(LoginThrottleEntity)
      .values(keys.map((throttleKey) => ({ throttleKey, failures: 0, windowStartMs: 0, lastFailureMs: 0, lockedUntilMs: 0 })))
      .orIgnore()
      .execute();
    let query = em.createQueryBuilder(LoginThrottleEntity, 't').where('t.throttleKey IN (:...keys)', { keys }).orderBy('t.throttleKey');
    if (this.db.options.type === 'postgres') query = query.setLock('pessimistic_write');
    const found = await query.getMany();
    const out = new Map<string, ThrottleState & { throttleKey: string }>();
    for (const r of found) {
      out.set(r.throttleKey, {
        throttleKey: r.throttleKey,
        failures: Number(r.failures),
        windowStartMs: Number(r.windowStartMs),
        lastFailureMs: Number(r.lastFailureMs),
        lockedUntilMs: Number(r.lockedUntilMs),
      });
    }
    return out;
  }

  private save(em: EntityManager, throttleKey: string, state: ThrottleState): Promise<unknown> {
    return em.update(LoginThrottleEntity, { throttleKey }, { ...state });
  }

  /** Reserves an attempt before the password is checked; refused while the account (or the account from this address) is locked. */
  async reserve(username: string, ip: string | null, rules: ThrottleRules = loadThrottleRules()): Promise<Reservation> {
    const keys = keysOf(username, ip);
    const now = clock.ms();
    const reservation = await runInTransaction(this.db, async (em) => {
      const rows = await this.rows(em, [keys.user, keys.ip, keys.pair]);
      const pair = rows.get(keys.pair) ?? { ...EMPTY };
      if (pair.lockedUntilMs > now) return { allowed: false as const, retryAfterMs: pair.lockedUntilMs - now };
      const decision = reserveAccount(rows.get(keys.user) ?? { ...EMPTY }, now, rules);
      if (decision.allowed === false) return { allowed: false as const, retryAfterMs: decision.retryAfterMs };
      await this.save(em, keys.user, decision.state);
      return { allowed: true as const, delayMs: addressDelayMs(rows.get(keys.ip) ?? { ...EMPTY }, now, rules) };
    });
    if (now - this.lastSweep > 10 * 60_000) {
      this.lastSweep = now;
      await this.sweep(now, rules);
    }
    return reservation;
  }

  /** The password was right: the account's failures (and its lock from this address) are forgotten. */
  async succeeded(username: string, ip: string | null): Promise<void> {
    const keys = keysOf(username, ip);
    await runInTransaction(this.db, async (em) => {
      await this.save(em, keys.user, { ...EMPTY });
      await this.save(em, keys.pair, { ...EMPTY });
    });
  }

  /**
   * The password was wrong (the account's failure was counted when the attempt was reserved): the address's
   * failure is counted now. Returns how long this account is blocked from this address, 0 when it is not.
   */
  async failed(username: string, ip: string | null, rules: ThrottleRules = loadThrottleRules()): Promise<number> {
    const keys = keysOf(username, ip);
    const now = clock.ms();
    return runInTransaction(this.db, async (em) => {
      const rows = await this.rows(em, [keys.ip, keys.pair]);
      const address = addressFailed(rows.get(keys.ip) ?? { ...EMPTY }, now, rules);
      await this.save(em, keys.ip, address);
      const blocked = addressBlocked(address, now, rules);
      if (blocked > 0)
        await this.save(em, keys.pair, { failures: 1, windowStartMs: now, lastFailureMs: now, lockedUntilMs: now + blocked });
      return blocked;
    });
  }

  /** Rows with nothing left to remember. */
  private async sweep(now: number, rules: ThrottleRules): Promise<void> {
    const before = now - Math.max(rules.windowMs, rules.maxLockMs);
    await runInTransaction(this.db, (em) =>
      em.delete(LoginThrottleEntity, { lastFailureMs: LessThan(before), lockedUntilMs: LessThan(now) }),
    );
  }
}
