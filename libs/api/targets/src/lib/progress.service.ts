import { Inject, Injectable, Optional } from '@nestjs/common';
import { ACTUALS_READER, ActualsReader, canReachStore, chinaDay, codedError, RequestUser } from '@storeops/api/core';
import {
  BEHIND_PACE_THRESHOLD,
  BehindPaceResponse,
  BehindPaceRow,
  Metric,
  METRIC_DIRECTION,
  MetricProgress,
  parseIsoDate,
  progress,
  StoreProgressResponse,
  TARGET_METRICS,
  TargetMetric,
} from '@storeops/shared/contracts';
import { TargetsRepository } from './targets.repository';

const pad = (n: number) => String(n).padStart(2, '0');

/** Progress against the approved (current) targets: DESIGN.md §3 achievement, time progress, pace, forecast. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly repo: TargetsRepository,
    @Optional() @Inject(ACTUALS_READER) private readonly actuals?: ActualsReader,
  ) {}

  private reader(): ActualsReader {
    if (!this.actuals) throw codedError(503, 'service.actuals_unavailable');
    return this.actuals;
  }

  /** The as-of date: the one asked for, else the last day with facts, else today. */
  private async asOf(date?: string): Promise<string> {
    return date ?? (await this.reader().lastFactDate()) ?? chinaDay();
  }

  async storeProgress(user: RequestUser, storeId: number, date?: string): Promise<StoreProgressResponse> {
    if (!canReachStore(user, storeId)) throw codedError(403, 'auth.forbidden');
    if (!(await this.repo.storeExists(storeId))) throw codedError(404, 'store.not_found', { id: storeId });
    const day = await this.asOf(date);
    const { y, m } = parseIsoDate(day);
    const metrics: MetricProgress[] = [];
    const current = new Map((await this.repo.findCurrentForYear(y)).map((d) => [d.metric, d]));
    for (const metric of TARGET_METRICS) {
      const d = current.get(metric);
      if (!d) continue;
      const [yearRow, monthCell] = await Promise.all([this.repo.findStoreRow(d.id, storeId), this.repo.findCell(d.id, storeId, m)]);
      if (!yearRow) continue;
      const [mtdActual, ytdActual, mtdDays, ytdDays] = await Promise.all([
        this.reader().storeTotal(storeId, `${y}-${pad(m)}-01`, day, metric),
        this.reader().storeTotal(storeId, `${y}-01-01`, day, metric),
        this.reader().storeDays(`${y}-${pad(m)}-01`, day),
        this.reader().storeDays(`${y}-01-01`, day),
      ]);
      // A figure whose inputs are unknown (a margin without 成本) has no progress to show, rather than 0 %.
      if (mtdActual === null || ytdActual === null) continue;
      const direction = METRIC_DIRECTION[metric as Metric];
      metrics.push({
        metric,
        mtd: progress(mtdActual, monthCell?.value ?? 0, day, 'mtd', direction, mtdDays.get(storeId)?.closedDays ?? 0),
        ytd: progress(ytdActual, yearRow.value, day, 'ytd', direction, ytdDays.get(storeId)?.closedDays ?? 0),
      });
    }
    return { storeId, date: day, metrics };
  }

  /** Stores whose month-to-date run-rate forecast is below 95 % of the month's target, worst first. */
  async behindPace(date: string | undefined, metric: TargetMetric = Metric.Sales): Promise<BehindPaceResponse> {
    const day = await this.asOf(date);
    const { y, m } = parseIsoDate(day);
    const d = await this.repo.findCurrent(y, metric);
    if (!d) return { date: day, metric, rows: [] };
    const [cells, actuals, days] = await Promise.all([
      this.repo.findMonthCells(d.id, m),
      this.reader().storeTotals(`${y}-${pad(m)}-01`, day, metric),
      this.reader().storeDays(`${y}-${pad(m)}-01`, day),
    ]);
    const rows: BehindPaceRow[] = [];
    for (const cell of cells) {
      if (cell.value <= 0) continue;
      const actual = actuals.get(cell.storeId);
      // Unknown (no facts, or no 成本 for margin) is not behind pace at 0: it is not judged.
      if (actual === undefined) continue;
      const p = progress(actual, cell.value, day, 'mtd', METRIC_DIRECTION[metric as Metric], days.get(cell.storeId)?.closedDays ?? 0);
      const forecastRatio = p.forecast / cell.value;
      if (forecastRatio >= BEHIND_PACE_THRESHOLD) continue;
      rows.push({
        storeId: cell.storeId,
        storeCode: cell.store?.code ?? '',
        storeName: cell.store?.name ?? '',
        regionName: cell.store?.region?.name ?? '',
        target: cell.value,
        actual: p.actual,
        forecast: p.forecast,
        forecastRatio,
        pace: p.pace,
      });
    }
    rows.sort((a, b) => a.forecastRatio - b.forecastRatio || a.storeCode.localeCompare(b.storeCode));
    return { date: day, metric, rows };
  }
}
