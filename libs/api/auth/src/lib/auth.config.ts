/** Session and throttling settings, read once from the environment (docs/operations.md lists them). */
export interface AuthConfig {
  idleMs: number;
  absoluteMs: number;
  /** Set the Secure flag even when the request did not arrive over https (e.g. TLS ends at a proxy that does not say so). */
  forceSecureCookies: boolean;
  maxFailuresPerUsername: number;
  maxFailuresPerAddress: number;
  failureWindowMs: number;
}

function num(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

export function loadAuthConfig(): AuthConfig {
  return {
    idleMs: num('SESSION_IDLE_MINUTES', 120) * 60_000,
    absoluteMs: num('SESSION_MAX_HOURS', 12) * 3_600_000,
    forceSecureCookies: process.env['COOKIE_SECURE'] === 'true',
    maxFailuresPerUsername: num('LOGIN_MAX_FAILURES_PER_USER', 5),
    maxFailuresPerAddress: num('LOGIN_MAX_FAILURES_PER_IP', 30),
    failureWindowMs: num('LOGIN_FAILURE_WINDOW_MINUTES', 15) * 60_000,
  };
}

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');
export const SESSION_COOKIE = 'storeops_sid';
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';
