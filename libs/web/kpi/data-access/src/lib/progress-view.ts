import { KpiRow, daysInMonth, parseIsoDate } from '@storeops/shared/contracts';

/** 进度达成率 colour: green on track (≥ 100 %), amber within 10 % (90–100 %), red below; grey when unknown. */
export type PaceTone = 'good' | 'warn' | 'bad' | 'none';

export function paceTone(pace: number | null | undefined): PaceTone {
  if (pace === null || pace === undefined || Number.isNaN(pace)) return 'none';
  if (pace >= 1) return 'good';
  if (pace >= 0.9) return 'warn';
  return 'bad';
}

export interface TrendSeries {
  /** Day of month 1..n for the whole month. */
  days: number[];
  /** Each day's actual: null after the as-of date, on a day without facts and on a closed day (a gap, never 0). */
  daily: (number | null)[];
  /** Running total of the known actuals up to the as-of date. */
  cumulative: (number | null)[];
  /** The target's straight-line pace: month target × day / days in month. */
  targetPace: number[];
  /** Days every store of the row was closed (营业 = 0). */
  closed: boolean[];
}

/**
 * The month of `date` day by day from `groupBy=day` rows (keys `YYYY-MM-DD`), in the rows' unit. A day without a
 * known value is a gap in the bars; the running total carries over it.
 */
export function buildTrend(rows: readonly KpiRow[], date: string, monthTarget: number): TrendSeries {
  const { y, m, d } = parseIsoDate(date);
  const total = daysInMonth(y, m);
  const prefix = date.slice(0, 8);
  const byDay = new Map<number, KpiRow>();
  for (const row of rows) if (row.key.startsWith(prefix)) byDay.set(Number(row.key.slice(8, 10)), row);
  const days: number[] = [];
  const daily: (number | null)[] = [];
  const cumulative: (number | null)[] = [];
  const targetPace: number[] = [];
  const closed: boolean[] = [];
  let running = 0;
  for (let day = 1; day <= total; day++) {
    const row = byDay.get(day);
    days.push(day);
    closed.push(row?.closed === true);
    if (day <= d) {
      const value = row?.closed ? null : (row?.value ?? null);
      running += value ?? 0;
      daily.push(value);
      cumulative.push(running);
    } else {
      daily.push(null);
      cumulative.push(null);
    }
    targetPace.push((monthTarget * day) / total);
  }
  return { days, daily, cumulative, targetPace, closed };
}

/** Share of each row in the total of all rows (null when the total is 0). */
export function withShares<T extends { value: number | null }>(rows: readonly T[]): (T & { share: number | null })[] {
  const total = rows.reduce((sum, row) => sum + (row.value ?? 0), 0);
  return rows.map((row) => ({ ...row, share: total === 0 || row.value === null ? null : row.value / total }));
}
