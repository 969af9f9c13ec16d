import { Metric, ratio } from '@storeops/shared/contracts';
import { Sums } from './facts.repository';

/**
 * A metric of DESIGN.md §3 from the sums of a group over `days` days. Ratios come from sums, never from averaging
 * daily ratios; a ratio over nothing is null. Transactions and labour exist only at store level (`storeLevel`).
 */
export function metricValue(metric: Metric, s: Sums, days: number, storeLevel: boolean): number | null {
  switch (metric) {
    case Metric.Sales:
      return s.sales;
    case Metric.GrossMargin:
      return s.sales - s.cost;
    case Metric.MarginRate:
      return ratio(s.sales - s.cost, s.sales);
    case Metric.Transactions:
      return storeLevel ? s.transactions : null;
    case Metric.Basket:
      return storeLevel ? ratio(s.sales, s.transactions) : null;
    case Metric.ShrinkRate:
      return ratio(s.shrink, s.sales);
    case Metric.SalesPerSqm: {
      // 坪效: sales / area / days × 30, a monthly figure in 分 per m².
      const perSqm = ratio(s.sales, s.areaSqm);
      return perSqm === null || days <= 0 ? null : (perSqm / days) * 30;
    }
    case Metric.SalesPerLabourHour:
      return storeLevel ? ratio(s.sales, s.labourCenti / 100) : null;
  }
}
