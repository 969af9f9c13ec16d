import { Metric } from '@storeops/shared/contracts';
import { emptySums, Sums } from './facts.repository';
import { metricValue } from './metric-value';

const sums = (over: Partial<Sums>): Sums => ({ ...emptySums(), ...over });
const s = sums({ sales: 1_000_000, cost: 780_000, shrink: 15_000, transactions: 400, labourCenti: 8_000, areaSqm: 2_000 });

describe('metricValue', () => {
  it.each<[Metric, number | null]>([
    [Metric.Sales, 1_000_000],
    [Metric.GrossMargin, 220_000],
    [Metric.MarginRate, 0.22],
    [Metric.Transactions, 400],
    [Metric.Basket, 2_500],
    [Metric.ShrinkRate, 0.015],
    [Metric.SalesPerSqm, (1_000_000 / 2_000 / 10) * 30],
    [Metric.SalesPerLabourHour, 12_500],
  ])('%s over 10 days', (metric, expected) => {
    const value = metricValue(metric, s, 10, true);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 9);
  });

  it.each([Metric.MarginRate, Metric.ShrinkRate])('%s over zero sales is null, not 0 or NaN', (metric) => {
    expect(metricValue(metric, sums({ cost: 10, shrink: 5 }), 30, true)).toBeNull();
  });

  it('basket with no transactions is null', () => expect(metricValue(Metric.Basket, sums({ sales: 100 }), 1, true)).toBeNull());

  it.each([Metric.Transactions, Metric.Basket, Metric.SalesPerLabourHour])('%s has no category-level value', (metric) => {
    expect(metricValue(metric, s, 10, false)).toBeNull();
  });

  it('ratios come from sums: two days of 10 % and 30 % margin on unequal sales is not 20 %', () => {
    // day 1: sales 100, cost 90 (10 %); day 2: sales 900, cost 630 (30 %) → (1000 − 720) / 1000 = 28 %
    expect(metricValue(Metric.MarginRate, sums({ sales: 1_000, cost: 720 }), 2, true)).toBeCloseTo(0.28, 12);
  });
});
