import { NextFunction, Request, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SESSION_COOKIE, SessionsService } from '@storeops/api/auth';
import { AlertScheduler } from '@storeops/api/calendar';
import { ImportsService } from '@storeops/api/kpi';
import { refreshDataVersions } from '@storeops/api/core';
import { ApiError, Role } from '@storeops/shared/contracts';

/** Upper bounds (seconds) of the request-latency histogram. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  counts: number[];
  sum: number;
  count: number;
}

/**
 * Request latency per route template (GET /api/stores/:id/progress, not every id), method and status class, as a
 * Prometheus histogram. Kept in this process: each process is scraped on its own.
 */
export class RequestMetrics {
  private readonly series = new Map<string, Series>();

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `${method}\u0000${route}\u0000${Math.floor(status / 100)}xx`;
    let s = this.series.get(key);
    if (!s) {
      s = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.series.set(key, s);
    }
    BUCKETS.forEach((le, i) => {
      if (seconds <= le) (s as Series).counts[i]++;
    });
    s.sum += seconds;
    s.count++;
  }

  text(): string[] {
    const out = [
      '# HELP storeops_http_request_duration_seconds Time from the request to the end of the response.',
      '# TYPE storeops_http_request_duration_seconds histogram',
    ];
    for (const [key, s] of [...this.series].sort(([a], [b]) => a.localeCompare(b))) {
      const [method, route, status] = key.split('\u0000');
      const labels = `method="${method}",route="${escapeLabel(route)}",status="${status}"`;
      BUCKETS.forEach((le, i) => out.push(`storeops_http_request_duration_seconds_bucket{${labels},le="${le}"} ${s.counts[i]}`));
      out.push(`storeops_http_request_duration_seconds_bucket{${labels},le="+Inf"} ${s.count}`);
      out.push(`storeops_http_request_duration_seconds_sum{${labels}} ${s.sum.toFixed(6)}`);
      out.push(`storeops_http_request_duration_seconds_count{${labels}} ${s.count}`);
    }
    return out;
  }
}

const escapeLabel = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/** Records every /api request's latency once its response has been sent. */
export function observeRequests(metrics: RequestMetrics) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.path.startsWith('/api')) return next();
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
      metrics.observe(req.method, route, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
}

/**
 * Before any /api request is answered, this process's data versions are at most a second old (a read of the rows),
 * besides what LISTEN/NOTIFY tells it at once: so no process answers from a cache that another's write made stale.
 */
export function freshDataVersions(db: DataSource) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!req.path.startsWith('/api')) return next();
    refreshDataVersions(db).then(
      () => next(),
      // A database that does not answer is the request's own problem to report (503 from the route or /api/health).
      () => next(),
    );
  };
}

function tokenMatches(given: string | undefined, expected: string): boolean {
  if (!given?.startsWith('Bearer ')) return false;
  const a = Buffer.from(given.slice(7));
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * GET /api/metrics in the Prometheus text format: request latency, and the import and scheduler jobs by state.
 * For a scraper with METRICS_TOKEN (`Authorization: Bearer …`), or a signed-in administrator; everyone else 401/403.
 */
export interface MetricsSources {
  sessions: SessionsService;
  imports: ImportsService;
  scheduler: AlertScheduler;
  metrics: RequestMetrics;
}

export function metricsEndpoint({ sessions, imports, scheduler, metrics }: MetricsSources) {
  const refuse = (res: Response, statusCode: 401 | 403) => {
    const body: ApiError = {
      statusCode,
      error: statusCode === 401 ? 'Unauthorized' : 'Forbidden',
      message: statusCode === 401 ? 'Sign in as an administrator or send the metrics token' : 'Only an administrator may read the metrics',
      details: [],
    };
    res.status(statusCode).json(body);
  };
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.path !== '/' && req.path !== '') return next();
    if (req.method !== 'GET') return next();
    try {
      const token = process.env['METRICS_TOKEN'];
      if (!(token && tokenMatches(req.get('authorization'), token))) {
        const sid = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
        const user = sid ? await sessions.resolve(sid) : null;
        if (!user) return refuse(res, 401);
        if (user.role !== Role.Admin) return refuse(res, 403);
      }
      const jobs = await imports.countByStatus();
      const scheduled = await scheduler.jobStates();
      const lines = [
        ...metrics.text(),
        '# HELP storeops_import_jobs Fact-import jobs by status (the whole database).',
        '# TYPE storeops_import_jobs gauge',
        ...['queued', 'running', 'succeeded', 'failed'].map((status) => `storeops_import_jobs{status="${status}"} ${jobs[status] ?? 0}`),
        '# HELP storeops_scheduled_job_held Whether a process holds the scheduled job now (1) or not (0).',
        '# TYPE storeops_scheduled_job_held gauge',
        ...scheduled.map((r) => `storeops_scheduled_job_held{job="${escapeLabel(r.name)}"} ${r.held ? 1 : 0}`),
        '# HELP storeops_process_uptime_seconds Seconds since this API process started.',
        '# TYPE storeops_process_uptime_seconds gauge',
        `storeops_process_uptime_seconds ${process.uptime().toFixed(0)}`,
        '',
      ];
      res.setHeader('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
      res.send(lines.join('\n'));
    } catch (error) {
      next(error);
    }
  };
}
