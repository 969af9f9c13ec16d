/** Session settings, read once from the environment (docs/operations.md lists them); throttling reads core's limits. */
export interface AuthConfig {
  idleMs: number;
  absoluteMs: number;
  /** Set the Secure flag even when the request did not arrive over https (e.g. TLS ends at a proxy that does not say so). */
  forceSecureCookies: boolean;
}

/** Checks a password against a stored hash; a token of its own so a test can count the checks. */
export interface PasswordVerifier {
  verify(password: string, hash: string): Promise<boolean>;
}
export const PASSWORD_VERIFIER = Symbol('PASSWORD_VERIFIER');

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
  };
}

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');
export const SESSION_COOKIE = 'storeops_sid';
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';
