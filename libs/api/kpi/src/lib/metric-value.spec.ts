import { Metric } from '@storeops/shared/contracts';
import { emptySums, Sums } from './facts.repository';
import { AreaSums, metricFigure } from './metric-value';

const sums = (over: Partial<Sums>): Sums => ({ ...emptySums(), ...over });
/** Ten days of a store with every measure known on every day. */
const full = sums({
  days: 10,
  sales: 1_000_000,
  salesDays: 10,
  cost: 780_000,
  costSales: 1_000_000,
  costDays: 10,
  shrink: 15_000,
  shrinkSales: 1_000_000,
  shrinkDays: 10,
  transactions: 400,
  transactionDays: 10,
  basketDays: 10,
  basketSales: 1_000_000,
  basketTransactions: 400,
  labourCenti: 8_000,
  labourDays: 10,
  productivityDays: 10,
  labourSales: 1_000_000,
  labourBase: 8_000,
});
const area: AreaSums = { sales: 1_000_000, areaDays: 2_000 * 10, daysWithoutArea: 0 };
const noArea: AreaSums = { sales: 0, areaDays: 0, daysWithoutArea: 10 };

describe('metricFigure', () => {
  it.each<[Metric, number]>([
    [Metric.Sales, 1_000_000],
    [Metric.GrossMargin, 220_000],
    [Metric.MarginRate, 0.22],
    [Metric.Transactions, 400],
    [Metric.Basket, 2_500],
    [Metric.ShrinkRate, 0.015],
    [Metric.SalesPerSqm, (1_000_000 / 2_000 / 10) * 30],
    [Metric.SalesPerLabourHour, 12_500],
  ])('%s over 10 days with everything known', (metric, expected) => {
    const f = metricFigure(metric, full, area, true);
    expect(f.value).toBeCloseTo(expected, 9);
    expect(f).toMatchObject({ reason: null, missingDays: 0 });
  });

  it('a file without 成本: 毛利率 is unknown (null, inputs unknown), never 100 %', () => {
    const noCost = sums({ days: 30, sales: 5_000_000, salesDays: 30 });
    expect(metricFigure(Metric.MarginRate, noCost, area, true)).toEqual({ value: null, reason: 'inputs_unknown', missingDays: 30 });
    expect(metricFigure(Metric.GrossMargin, noCost, area, true)).toEqual({ value: null, reason: 'inputs_unknown', missingDays: 30 });
    expect(metricFigure(Metric.ShrinkRate, noCost, area, true)).toEqual({ value: null, reason: 'inputs_unknown', missingDays: 30 });
  });

  it('a ratio is computed over the days that have all its inputs, and says how many lacked them', () => {
    // 20 days with cost (sales 600, cost 450), 10 days without (sales 400): margin over the 600 only.
    const part = sums({ days: 30, sales: 1_000, salesDays: 30, cost: 450, costSales: 600, costDays: 20 });
    expect(metricFigure(Metric.MarginRate, part, area, true)).toEqual({ value: 0.25, reason: null, missingDays: 10 });
  });

  it('nothing at all is "no facts", not zero', () => {
    expect(metricFigure(Metric.Sales, emptySums(), noArea, true)).toEqual({ value: null, reason: 'no_facts', missingDays: 0 });
  });

  it.each([Metric.MarginRate, Metric.ShrinkRate])('%s over zero sales is null (zero base), not 0 or NaN', (metric) => {
    const zero = sums({ days: 1, salesDays: 1, costDays: 1, shrinkDays: 1, cost: 10, shrink: 5 });
    expect(metricFigure(metric, zero, area, true)).toMatchObject({ value: null, reason: 'zero_base' });
  });

  it('basket without known transactions is unknown; days with sales but no 来客数 are counted as missing', () => {
    const salesOnly = sums({ days: 5, sales: 100, salesDays: 5 });
    expect(metricFigure(Metric.Basket, salesOnly, area, true)).toEqual({ value: null, reason: 'inputs_unknown', missingDays: 5 });
  });

  it('坪效 counts the days with sales, so closed days do not lower it, and is unknown without any area', () => {
    const withClosed = { ...full, closedDays: 4 };
    expect(metricFigure(Metric.SalesPerSqm, withClosed, area, true).value).toBeCloseTo((1_000_000 / 2_000 / 10) * 30, 9);
    expect(metricFigure(Metric.SalesPerSqm, full, noArea, true)).toMatchObject({ value: null, reason: 'inputs_unknown' });
  });

  it.each([Metric.Transactions, Metric.Basket, Metric.SalesPerLabourHour])('%s has no category-level value', (metric) => {
    expect(metricFigure(metric, full, area, false).value).toBeNull();
  });

  it('ratios come from sums: two days of 10 % and 30 % margin on unequal sales is not 20 %', () => {
    // day 1: sales 100, cost 90 (10 %); day 2: sales 900, cost 630 (30 %) → (1000 − 720) / 1000 = 28 %
    const two = sums({ days: 2, sales: 1_000, salesDays: 2, cost: 720, costSales: 1_000, costDays: 2 });
    expect(metricFigure(Metric.MarginRate, two, area, true).value).toBeCloseTo(0.28, 12);
  });
});
