import { TargetMetric } from '@storeops/shared/contracts';

/**
 * Read access to actuals, answered from rollups (never by scanning a month or more of daily rows). Provided by
 * the kpi module; used by targets (shares, seasonality, progress) without depending on how facts are stored.
 * Days are ISO dates (YYYY-MM-DD); values are integers: 分 for money metrics, a count for transactions.
 */
export interface ActualsReader {
  /** Each store's total for a calendar year (stores without facts are absent). */
  storeYearTotals(year: number, metric: TargetMetric): Promise<Map<number, number>>;
  /** Each store's total per month of a year: index 0 = January (months without facts are 0). */
  storeMonthTotals(year: number, metric: TargetMetric): Promise<Map<number, number[]>>;
  /** One store's total over an inclusive range of days. */
  storeTotal(storeId: number, from: string, to: string, metric: TargetMetric): Promise<number>;
  /** Every store's total over an inclusive range of days. */
  storeTotals(from: string, to: string, metric: TargetMetric): Promise<Map<number, number>>;
  /** The last day that has any facts, or null when there are none. */
  lastFactDate(): Promise<string | null>;
}

export const ACTUALS_READER = Symbol('ACTUALS_READER');
