import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DataSource, IsNull, LessThan, LessThanOrEqual } from 'typeorm';
import { clock, isScheduledTask, runInTransaction, ScheduledTask, startOfChinaDay } from '@storeops/api/core';
import { addDays, chinaInstant } from '@storeops/shared/contracts';
import { AlertNotifier, DIGEST_FROM } from './alert-notifier.service';
import { ScheduledJobEntity } from './entities/alerts.entity';

const MINUTE = 60_000;

/** The jobs and when each runs next after a run at `now`. */
export const JOBS: Readonly<Record<string, (now: Date) => Date>> = {
  /** Every ten minutes: reminders, overdue and escalation notices (they send only within working hours). */
  'alerts.reminders': (now) => new Date(Math.floor(now.getTime() / (10 * MINUTE)) * 10 * MINUTE + 10 * MINUTE),
  /** Every day at 09:00 China time (the digest skips days off). */
  'alerts.digest': (now) => nextDailyAt(now, DIGEST_FROM),
  /** Every five minutes: notices that failed are tried again. */
  'alerts.retry': (now) => new Date(now.getTime() + 5 * MINUTE),
};

/** The next instant after `now` at `hm` China time. */
export function nextDailyAt(now: Date, hm: string): Date {
  const today = chinaInstant(now).slice(0, 10);
  const [h, m] = hm.split(':').map(Number);
  const at = new Date(startOfChinaDay(today).getTime() + (h * 60 + m) * MINUTE);
  return at.getTime() > now.getTime() ? at : new Date(startOfChinaDay(addDays(today, 1)).getTime() + (h * 60 + m) * MINUTE);
}

/** How long a process holds a job it took; one that dies holding it leaves it to another after this. */
export const JOB_LEASE_MS = 5 * MINUTE;
const TICK_MS = 30_000;

/**
 * The scheduler: a job table (scheduled_job) read by every API process every 30 s. A process takes a job that is due
 * and not held by leasing it — on PostgreSQL `SELECT … FOR UPDATE SKIP LOCKED`, so of several processes exactly one
 * takes it; on SQLite there is one process — runs it, and sets its next run. Every job is idempotent on its own
 * (notices are claimed before they are sent), so a job run twice after a crash sends nothing twice.
 * Other domains add jobs as providers marked SCHEDULED_TASK (the complaints' retention). `ALERT_SCHEDULER=off` stops
 * the ticking (the tests run jobs themselves).
 */
@Injectable()
export class AlertScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AlertScheduler.name);
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private tasks: Map<string, ScheduledTask> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly notifier: AlertNotifier,
    private readonly discovery: DiscoveryService,
  ) {}

  /** The domains' tasks by job name, found at first use. */
  private get domainTasks(): Map<string, ScheduledTask> {
    this.tasks ??= new Map(
      this.discovery
        .getProviders()
        .map((wrapper) => wrapper.instance as unknown)
        .filter(isScheduledTask)
        .map((task) => [task.jobName, task]),
    );
    return this.tasks;
  }

  /** When a job runs next after a run at `now`. */
  private nextRun(name: string, now: Date): Date {
    return name in JOBS ? JOBS[name](now) : (this.domainTasks.get(name)?.nextRunAfter(now) ?? new Date(now.getTime() + JOB_LEASE_MS));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureJobs();
    if (process.env['ALERT_SCHEDULER'] === 'off') return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runDue()
        .catch((error: unknown) => this.logger.error(`scheduler: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => (this.running = null));
    }, TICK_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Every job with whether a process holds its lease now (for /api/metrics). */
  async jobStates(now = new Date()): Promise<Array<{ name: string; held: boolean; lastRunAt: Date | null }>> {
    const rows = await this.db.getRepository(ScheduledJobEntity).find({ order: { name: 'ASC' } });
    return rows.map((r) => ({ name: r.name, held: !!r.lockedUntil && r.lockedUntil.getTime() > now.getTime(), lastRunAt: r.lastRunAt }));
  }

  /** Adds the jobs the table lacks, due now (two processes starting at once add each once). */
  async ensureJobs(): Promise<void> {
    const repo = this.db.getRepository(ScheduledJobEntity);
    for (const name of [...Object.keys(JOBS), ...this.domainTasks.keys()]) {
      if (await repo.existsBy({ name })) continue;
      try {
        await repo.insert({ name, nextRunAt: clock.now(), lockedBy: null, lockedUntil: null, lastRunAt: null, lastResult: null });
      } catch (error) {
        if (!(await repo.existsBy({ name }))) throw error;
      }
    }
  }

  /** Runs every job that is due at `now` and that this process could take; answers the names it ran. */
  async runDue(now = clock.now()): Promise<string[]> {
    const ran: string[] = [];
    for (;;) {
      const name = await this.take(now);
      if (!name) return ran;
      let result: string;
      try {
        result = JSON.stringify(await this.run(name, now));
      } catch (error) {
        result = `failed: ${error instanceof Error ? error.message : String(error)}`;
        this.logger.error(`job ${name} ${result}`);
      }
      await this.db
        .getRepository(ScheduledJobEntity)
        .update(
          { name, lockedBy: this.owner },
          { nextRunAt: this.nextRun(name, now), lockedBy: null, lockedUntil: null, lastRunAt: now, lastResult: result.slice(0, 500) },
        );
      ran.push(name);
    }
  }

  private run(name: string, now: Date): Promise<unknown> {
    const task = this.domainTasks.get(name);
    if (task) return task.runJob(now);
    if (name === 'alerts.digest') return this.notifier.digest(now);
    if (name === 'alerts.reminders') return this.notifier.reminders(now);
    return this.notifier.retryUnsent(now);
  }

  /** Leases one due job nobody holds (or whose holder's lease ran out); null when there is none. */
  private async take(now: Date): Promise<string | null> {
    const postgres = this.db.options.type === 'postgres';
    return runInTransaction(this.db, async (em) => {
      const due = LessThanOrEqual(now);
      const row = await em.getRepository(ScheduledJobEntity).findOne({
        where: [
          { nextRunAt: due, lockedUntil: IsNull() },
          { nextRunAt: due, lockedUntil: LessThan(now) },
        ],
        order: { nextRunAt: 'ASC' },
        ...(postgres ? { lock: { mode: 'pessimistic_write' as const, onLocked: 'skip_locked' as const } } : {}),
      });
      const name = row?.name;
      if (!name || !(name in JOBS || this.domainTasks.has(name))) return null;
      await em.update(ScheduledJobEntity, { name }, { lockedBy: this.owner, lockedUntil: new Date(now.getTime() + JOB_LEASE_MS) });
      return name;
    });
  }
}
