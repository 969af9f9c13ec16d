/** The mark of a domain's scheduled task among a module's providers: the scheduler runs every provider carrying it. */
export const SCHEDULED_TASK = Symbol.for('storeops:scheduled-task');

/**
 * A domain's job for the scheduler's job table (leased, run by one process at a time, surviving restarts): its name,
 * when it runs next after a run, and the run itself, which must be idempotent (a run cut off is run again).
 */
export interface ScheduledTask {
  readonly [SCHEDULED_TASK]: true;
  readonly jobName: string;
  nextRunAfter(now: Date): Date;
  runJob(now: Date): Promise<unknown>;
}

export function isScheduledTask(value: unknown): value is ScheduledTask {
  return typeof value === 'object' && value !== null && (value as Partial<ScheduledTask>)[SCHEDULED_TASK] === true;
}
