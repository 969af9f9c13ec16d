/**
 * The API's clock. Everything that asks "what time is it" (defaults of periods, due times, the demo seed, session
 * expiry) asks `clock.now()`, never `new Date()`, so a test run can start the clock at a chosen instant: STOREOPS_NOW (an
 * ISO instant such as 2026-11-18T10:00:00+08:00) sets it when the process starts, and it then runs at real speed.
 * That is how the suite proves it passes on the 1st of a month, on 29 February and on 31 December.
 */
function startOffset(fixed: string | undefined): number {
  if (!fixed) return 0;
  const at = Date.parse(fixed);
  if (Number.isNaN(at)) throw new Error(`STOREOPS_NOW="${fixed}" is not an ISO instant (e.g. 2026-11-18T10:00:00+08:00)`);
  return at - Date.now();
}

let offsetMs = startOffset(process.env['STOREOPS_NOW']);

export const clock = {
  /** The current instant on the app's clock. */
  now(): Date {
    return new Date(Date.now() + offsetMs);
  },
  /** The current instant in milliseconds since the epoch, on the app's clock. */
  ms(): number {
    return Date.now() + offsetMs;
  },
  /** Moves the clock to `at` (a test whose lock must expire); it keeps running from there. */
  set(at: Date | string): void {
    offsetMs = startOffset(typeof at === 'string' ? at : at.toISOString());
  },
};
