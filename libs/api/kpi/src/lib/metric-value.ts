import { KpiUnknownReason, Metric, ratio } from '@storeops/shared/contracts';
import { Sums } from './facts.repository';

/** For 坪效: Σ sales of the stores whose area is known, Σ area × their days with sales, and the days of the others. */
export interface AreaSums {
  sales: number;
  areaDays: number;
  daysWithoutArea: number;
}

export interface MetricFigure {
  value: number | null;
  /** Why value is null. */
  reason: KpiUnknownReason | null;
  /** Days with data that lack an input of the metric (the figure is over the other days). */
  missingDays: number;
}

const figure = (value: number | null, reason: KpiUnknownReason | null, missingDays: number): MetricFigure => ({
  value,
  reason: value === null ? reason : null,
  missingDays: Math.max(0, missingDays),
});

/** A ratio over the rows that have both inputs: unknown without them, and unknown (not 0) over a zero base. */
function over(numerator: number, base: number, knownDays: number, s: Sums): MetricFigure {
  const missing = s.days - knownDays;
  if (knownDays === 0 && base === 0) return figure(null, s.days === 0 && s.salesDays === 0 ? 'no_facts' : 'inputs_unknown', missing);
  return figure(ratio(numerator, base), 'zero_base', missing);
}

/**
 * A metric of DESIGN.md §3 from a group's sums. Ratios come from sums, never from averaging daily ratios, and only
 * over the days that have all their inputs: a file without 成本 gives no 毛利率 (null, inputs unknown), never 100 %.
 * Transactions and labour exist only at store level (`storeLevel`). 坪效 counts the days with sales, so a closed day
 * lowers no store's figure.
 */
export function metricFigure(metric: Metric, s: Sums, area: AreaSums, storeLevel: boolean): MetricFigure {
  const noFacts = s.days === 0 && s.salesDays === 0 && s.transactionDays === 0 && s.labourDays === 0;
  switch (metric) {
    case Metric.Sales:
      if (s.salesDays === 0) return figure(null, noFacts ? 'no_facts' : 'inputs_unknown', s.days);
      return figure(s.sales, null, s.days - s.salesDays);
    case Metric.GrossMargin:
      if (s.costDays === 0 && s.costSales === 0) return figure(null, noFacts ? 'no_facts' : 'inputs_unknown', s.days);
      return figure(s.costSales - s.cost, null, s.days - s.costDays);
    case Metric.MarginRate:
      return over(s.costSales - s.cost, s.costSales, s.costDays, s);
    case Metric.ShrinkRate:
      return over(s.shrink, s.shrinkSales, s.shrinkDays, s);
    case Metric.Transactions:
      if (!storeLevel) return figure(null, 'inputs_unknown', s.days);
      if (s.transactionDays === 0) return figure(null, noFacts ? 'no_facts' : 'inputs_unknown', s.days);
      return figure(s.transactions, null, s.days - s.transactionDays);
    case Metric.Basket:
      if (!storeLevel) return figure(null, 'inputs_unknown', s.days);
      return over(s.basketSales, s.basketTransactions, s.basketDays, s);
    case Metric.SalesPerLabourHour:
      if (!storeLevel) return figure(null, 'inputs_unknown', s.days);
      return over(s.labourSales, s.labourBase / 100, s.productivityDays, s);
    case Metric.SalesPerSqm: {
      // 坪效: sales / area / days with sales × 30, a monthly figure in 分 per m², over stores whose area is known.
      if (noFacts) return figure(null, 'no_facts', 0);
      if (area.areaDays === 0) return figure(null, 'inputs_unknown', s.days);
      return figure((area.sales / area.areaDays) * 30, null, Math.min(s.days, s.days - s.salesDays + area.daysWithoutArea));
    }
  }
}
