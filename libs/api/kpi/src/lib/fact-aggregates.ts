import { q } from '@storeops/api/core';

/**
 * What a period's facts add up to, per store (and per category): the same expressions build the month rollups from
 * the daily rows and answer a partial month straight from the daily rows, so both say exactly the same.
 *
 * A store-day is a day with data when it is not closed (营业 ≠ 0) and some measure is known. Each measure counts the
 * days it is known on, and each ratio keeps the base it divides by over the days that have all its inputs.
 */

export const STORE_SUM_COLUMNS = [
  'days',
  'closedDays',
  'sales',
  'salesDays',
  'cost',
  'costSales',
  'costDays',
  'shrink',
  'shrinkSales',
  'shrinkDays',
  'transactions',
  'transactionDays',
  'basketDays',
  'basketSales',
  'basketTransactions',
  'labourCenti',
  'labourDays',
  'productivityDays',
  'labourSales',
  'labourBase',
] as const;

export const CATEGORY_SUM_COLUMNS = ['days', 'sales', 'cost', 'costSales', 'costDays', 'shrink', 'shrinkSales', 'shrinkDays'] as const;

export type StoreSumColumn = (typeof STORE_SUM_COLUMNS)[number];
export type CategorySumColumn = (typeof CATEGORY_SUM_COLUMNS)[number];

const sum = (expr: string) => `COALESCE(SUM(${expr}), 0)`;
const sumWhen = (cond: string, value: string) => `COALESCE(SUM(CASE WHEN ${cond} THEN ${value} END), 0)`;
const countWhen = (cond: string) => `COALESCE(SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END), 0)`;

/** Aggregates over fact_store_day rows aliased `f`, in STORE_SUM_COLUMNS order. */
export function storeDayAggregates(f: string): string[] {
  const c = (name: string) => `${f}.${q(name)}`;
  const open = `COALESCE(${c('open')}, 1) <> 0`;
  const sales = `${c('sales')} IS NOT NULL`;
  const tx = `${c('transactions')} IS NOT NULL`;
  const labour = `${c('labourCenti')} IS NOT NULL`;
  const hasData = `${open} AND (${sales} OR ${tx} OR ${labour})`;
  return [
    countWhen(hasData),
    countWhen(`${c('open')} = 0`),
    sum(c('sales')),
    countWhen(`${open} AND ${sales}`),
    sum(c('cost')),
    sum(c('costSales')),
    countWhen(`${open} AND ${c('rows')} > 0 AND ${c('costRows')} = ${c('rows')}`),
    sum(c('shrink')),
    sum(c('shrinkSales')),
    countWhen(`${open} AND ${c('rows')} > 0 AND ${c('shrinkRows')} = ${c('rows')}`),
    sum(c('transactions')),
    countWhen(`${open} AND ${tx}`),
    countWhen(`${open} AND ${sales} AND ${tx}`),
    sumWhen(`${sales} AND ${tx}`, c('sales')),
    sumWhen(`${sales} AND ${tx}`, c('transactions')),
    sum(c('labourCenti')),
    countWhen(`${open} AND ${labour}`),
    countWhen(`${open} AND ${sales} AND ${labour}`),
    sumWhen(`${sales} AND ${labour}`, c('sales')),
    sumWhen(`${sales} AND ${labour}`, c('labourCenti')),
  ];
}

/** Aggregates over fact_category_day rows aliased `f`, in CATEGORY_SUM_COLUMNS order. */
export function categoryDayAggregates(f: string): string[] {
  const c = (name: string) => `${f}.${q(name)}`;
  return [
    'COUNT(*)',
    sum(c('sales')),
    sum(c('cost')),
    sumWhen(`${c('cost')} IS NOT NULL`, c('sales')),
    countWhen(`${c('cost')} IS NOT NULL`),
    sum(c('shrink')),
    sumWhen(`${c('shrink')} IS NOT NULL`, c('sales')),
    countWhen(`${c('shrink')} IS NOT NULL`),
  ];
}
