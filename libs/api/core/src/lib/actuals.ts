import { TargetMetric } from '@storeops/shared/contracts';

/** A company figure against the same days a year earlier, over all stores (全店) and over the comparable ones (同店). */
export interface ActualsComparison {
  /** null when its inputs are unknown (no 成本 for a margin). */
  current: number | null;
  lastYear: number | null;
  yoy: number | null;
  yoyLikeForLike: number | null;
  comparableStores: number;
}

/**
 * One store's figures over a period with what they cover (the ranking's inputs): money in 分, days counted.
 */
export interface StoreSums {
  sales: number;
  cost: number;
  /** The sales of the rows whose cost is known (the margin's base), and likewise for shrink. */
  costSales: number;
  shrink: number;
  shrinkSales: number;
  /** Days with sales, and of them the days whose cost (shrink) is known for every row. */
  salesDays: number;
  costDays: number;
  shrinkDays: number;
}

/** Σ sales of one store and category. */
export interface CategorySales {
  storeId: number;
  categoryId: number;
  sales: number;
}

/**
 * Read access to actuals, answered from rollups (never by scanning a month or more of daily rows). Provided by
 * the kpi module; used by targets (shares, seasonality, progress) and the dashboard without depending on how facts
 * are stored. Days are ISO dates (YYYY-MM-DD); values are integers: 分 for money metrics, a count for transactions.
 * A figure whose inputs are unknown is absent or null, never 0.
 */
export interface ActualsReader {
  /** Each store's total for a calendar year (stores without facts are absent). */
  storeYearTotals(year: number, metric: TargetMetric): Promise<Map<number, number>>;
  /** Each store's total per month of a year: index 0 = January (months without facts are 0). */
  storeMonthTotals(year: number, metric: TargetMetric): Promise<Map<number, number[]>>;
  /** One store's total over an inclusive range of days; null when its inputs are unknown. */
  storeTotal(storeId: number, from: string, to: string, metric: TargetMetric): Promise<number | null>;
  /** Every store's total over an inclusive range of days (stores whose inputs are unknown are absent). */
  storeTotals(from: string, to: string, metric: TargetMetric): Promise<Map<number, number>>;
  /** Store-days with data and closed store-days of each store over an inclusive range (for run-rates). */
  storeDays(from: string, to: string): Promise<Map<number, { days: number; closedDays: number }>>;
  /** The company's figure over a range against the same calendar days a year earlier, 全店 and 同店. */
  companyComparison(from: string, to: string, metric: TargetMetric): Promise<ActualsComparison>;
  /** The last day that has any facts, or null when there are none. */
  lastFactDate(): Promise<string | null>;
  /** Each store's sums over whole months `fromMonth`..`toMonth` (YYYYMM), from the month rollup (stores without facts are absent). */
  storeMonthSums(fromMonth: number, toMonth: number): Promise<Map<number, StoreSums>>;
  /** The same sums over days `fromDay`..`toDay` (YYYYMMDD) read from the daily rows: the benchmark's comparison. */
  storeDaySums(fromDay: number, toDay: number): Promise<Map<number, StoreSums>>;
  /**
   * Σ sales by store and category over whole months `fromMonth`..`toMonth` (YYYYMM, from the rollup) plus the days
   * `fromDay`..`toDay` (YYYYMMDD, from the daily rows) of a running month.
   */
  categorySales(fromMonth: number, toMonth: number, fromDay: number, toDay: number): Promise<CategorySales[]>;
}

export const ACTUALS_READER = Symbol('ACTUALS_READER');
