/** KPI definitions and progress formulas of DESIGN.md §3. Money in integer 分; ratios as decimals (0.95 = 95 %). */

export enum Metric {
  Sales = 'sales',
  GrossMargin = 'gross_margin',
  MarginRate = 'margin_rate',
  Transactions = 'transactions',
  Basket = 'basket',
  ShrinkRate = 'shrink_rate',
  SalesPerSqm = 'sales_per_sqm',
  SalesPerLabourHour = 'sales_per_labour_hour',
}

export type Direction = 'higher' | 'lower';

export const METRIC_DIRECTION: Readonly<Record<Metric, Direction>> = {
  [Metric.Sales]: 'higher',
  [Metric.GrossMargin]: 'higher',
  [Metric.MarginRate]: 'higher',
  [Metric.Transactions]: 'higher',
  [Metric.Basket]: 'higher',
  [Metric.ShrinkRate]: 'lower',
  [Metric.SalesPerSqm]: 'higher',
  [Metric.SalesPerLabourHour]: 'higher',
};

/** numerator / denominator, or null when the denominator is zero (a ratio of nothing is unknown, not 0). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** 同比: this period / same period last year − 1; null without last year's figure. */
export function yoy(current: number, lastYear: number): number | null {
  const r = ratio(current, lastYear);
  return r === null ? null : r - 1;
}

/**
 * 同店 (like-for-like): a store is comparable over a stretch of days when each of them has data or is marked closed —
 * it traded all along, so its figure can be set against the same stretch a year earlier. Days without any record are
 * what make a store not comparable (opened, closed for good, or missing from the files).
 */
export function tradedThroughout(counts: { days: number; closedDays: number } | undefined, calendarDays: number): boolean {
  if (!counts || calendarDays <= 0) return false;
  return counts.days > 0 && counts.days + counts.closedDays >= calendarDays;
}

/** 达成率: actual / target; for lower-is-better metrics target / actual. Null when the divisor is zero. */
export function achievement(actual: number, target: number, direction: Direction = 'higher'): number | null {
  return direction === 'lower' ? ratio(target, actual) : ratio(actual, target);
}

interface YMD {
  y: number;
  m: number;
  d: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(date: string): YMD {
  const match = DATE.exec(date);
  if (!match) throw new Error(`expected YYYY-MM-DD, got "${date}"`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new Error(`no such date: ${date}`);
  return { y, m, d };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

export function dayOfYear(date: string): number {
  const { y, m, d } = parseIsoDate(date);
  return (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
}

export type ProgressPeriod = 'mtd' | 'ytd';

/** Days elapsed (counting the as-of date itself) and days in the period. */
export function periodDays(date: string, period: ProgressPeriod): { elapsed: number; total: number } {
  const { y, m, d } = parseIsoDate(date);
  return period === 'mtd' ? { elapsed: d, total: daysInMonth(y, m) } : { elapsed: dayOfYear(date), total: daysInYear(y) };
}

/** 时间进度: elapsed days / days in the period, counting the as-of date. */
export function timeProgress(date: string, period: ProgressPeriod): number {
  const { elapsed, total } = periodDays(date, period);
  return elapsed / total;
}

export interface Progress {
  target: number;
  actual: number;
  achievement: number | null;
  timeProgress: number;
  /** 进度达成率: achievement / time progress; ≥ 1 is on track. */
  pace: number | null;
  /** 预计完成: actual / elapsed open days × the period's days less the closed ones so far (same unit as actual). */
  forecast: number;
}

/**
 * Progress of a period-to-date actual against the whole period's target. For money the forecast is rounded to
 * whole 分 (half away from zero) so it can be shown and compared as money.
 */
export function progress(
  actual: number,
  target: number,
  date: string,
  period: ProgressPeriod,
  direction: Direction = 'higher',
  closedDays = 0,
): Progress {
  const { elapsed, total } = periodDays(date, period);
  const ach = achievement(actual, target, direction);
  const tp = elapsed / total;
  // A closed day (营业 = 0) is no trading day: the run-rate is per day open, over the days that can still trade.
  const open = Math.max(0, elapsed - closedDays);
  return {
    target,
    actual,
    achievement: ach,
    timeProgress: tp,
    pace: ach === null ? null : ach / tp,
    forecast: open === 0 ? actual : Math.round((actual / open) * (total - Math.min(closedDays, elapsed))),
  };
}
