import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CategorySales, param, q, StoreSums } from '@storeops/api/core';
import { CATEGORY_SUM_COLUMNS, categoryDayAggregates, STORE_SUM_COLUMNS, storeDayAggregates } from './fact-aggregates';
import { splitRange } from './periods';

/**
 * Sums every metric of DESIGN.md §3 is computed from, with what they cover: `days` with data (store-days, or
 * category-days for category rows), closed days, and for each measure the days it is known on and the base its ratio
 * divides by. Money in 分, labour in hundredths of an hour.
 */
export interface Sums {
  days: number;
  closedDays: number;
  sales: number;
  salesDays: number;
  cost: number;
  costSales: number;
  costDays: number;
  shrink: number;
  shrinkSales: number;
  shrinkDays: number;
  transactions: number;
  transactionDays: number;
  basketDays: number;
  basketSales: number;
  basketTransactions: number;
  labourCenti: number;
  labourDays: number;
  productivityDays: number;
  labourSales: number;
  labourBase: number;
}

export type GroupKey = 'store' | 'region' | 'category' | 'month' | 'day' | 'none';

export interface FactFilter {
  storeId?: number;
  regionId?: number;
  format?: string;
  categoryId?: number;
}

/**
 * A filter as the fact queries take it: a region or format already resolved to its stores through org's
 * StoreDirectory (the facts carry no region), and each store's region for a breakdown by region.
 */
export interface FactQuery {
  storeId?: number;
  categoryId?: number;
  /** Only these stores (a region's or a format's); absent = every store. */
  storeIds?: readonly number[];
  /** storeId → regionId, for group 'region'. */
  regionOf?: ReadonlyMap<number, number>;
}

export function emptySums(): Sums {
  return Object.fromEntries(STORE_SUM_COLUMNS.map((c) => [c, 0])) as unknown as Sums;
}

export function addSums(into: Sums, s: Sums): Sums {
  for (const c of STORE_SUM_COLUMNS) into[c] += s[c];
  return into;
}

/** Store-level days of a store in a stretch of time: days with data and closed days. */
export interface DayCounts {
  days: number;
  closedDays: number;
}

/**
 * The named queries over facts and rollups. Every range is split into whole months (rollups) and at most two
 * partial months (daily rows, by the same aggregates the rollups are built with), so no query reads a month or more
 * of daily rows. Sums come per group and store, so a like-for-like figure can keep only the comparable stores.
 */
@Injectable()
export class FactsRepository {
  constructor(private readonly db: DataSource) {}

  private p(i: number): string {
    return param(this.db, i);
  }

  /**
   * Sums per group and store over an inclusive day range. Category grouping or a category filter reads the category
   * tables (which carry no transactions or labour); everything else reads the store tables.
   */
  async sumsByStore(group: GroupKey, from: number, to: number, filter: FactQuery): Promise<Map<string, Map<number, Sums>>> {
    const byCategory = group === 'category' || filter.categoryId !== undefined;
    const { months, dayRanges } = group === 'day' ? { months: [], dayRanges: [[from, to] as [number, number]] } : splitRange(from, to);
    const out = new Map<string, Map<number, Sums>>();
    const columns = byCategory ? CATEGORY_SUM_COLUMNS : STORE_SUM_COLUMNS;
    const add = (rows: Array<Record<string, unknown>>) => {
      for (const r of rows) {
        const storeId = Number(r['s']);
        // A region is its stores: the rows come per store and are keyed by the store's region here.
        const region = group === 'region' ? filter.regionOf?.get(storeId) : undefined;
        if (group === 'region' && region === undefined) continue;
        const key = group === 'region' ? String(region) : String(r['k']);
        let stores = out.get(key);
        if (!stores) out.set(key, (stores = new Map()));
        const s = stores.get(storeId) ?? emptySums();
        for (const c of columns) s[c] += Number(r[c] ?? 0);
        // Every category row carries its sales: its days are days with sales.
        if (byCategory) s.salesDays = s.days;
        stores.set(storeId, s);
      }
    };
    if (months.length) {
      const table = byCategory ? 'rollup_category_month' : 'rollup_store_month';
      const keyExpr = group === 'month' ? `f.${q('month')}` : this.keyExpr(group);
      const sums = columns.map((c) => `SUM(f.${q(c)}) AS ${q(c)}`);
      add(
        await this.sumQuery(
          table,
          keyExpr,
          sums,
          `f.${q('month')} BETWEEN ${this.p(1)} AND ${this.p(2)}`,
          [months[0], months[months.length - 1]],
          filter,
        ),
      );
    }
    for (const [a, b] of dayRanges) {
      const table = byCategory ? 'fact_category_day' : 'fact_store_day';
      const keyExpr = group === 'month' ? `f.${q('day')} / 100` : group === 'day' ? `f.${q('day')}` : this.keyExpr(group);
      const aggregates = (byCategory ? categoryDayAggregates('f') : storeDayAggregates('f')).map((e, i) => `${e} AS ${q(columns[i])}`);
      // The uncategorised row of a store-day (category 0) is a category of its own in category breakdowns (未分品类).
      add(await this.sumQuery(table, keyExpr, aggregates, `f.${q('day')} BETWEEN ${this.p(1)} AND ${this.p(2)}`, [a, b], filter));
    }
    return out;
  }

  private keyExpr(group: GroupKey): string {
    switch (group) {
      case 'store':
        return `f.${q('storeId')}`;
      case 'region':
        return `f.${q('storeId')}`;
      case 'category':
        return `f.${q('categoryId')}`;
      default:
        return `'all'`;
    }
  }

  private async sumQuery(
    table: string,
    keyExpr: string,
    aggregates: string[],
    range: string,
    params: number[],
    filter: FactQuery,
  ): Promise<Array<Record<string, unknown>>> {
    const where = [range];
    const values: Array<number | string> = [...params];
    const next = () => this.p(values.length + 1);
    if (filter.storeId !== undefined) {
      where.push(`f.${q('storeId')} = ${next()}`);
      values.push(filter.storeId);
    }
    if (filter.categoryId !== undefined) {
      where.push(`f.${q('categoryId')} = ${next()}`);
      values.push(filter.categoryId);
    }
    if (filter.storeIds !== undefined) {
      // Integer ids inlined (a chain's stores, at most a few thousand): no bound-parameter limit applies.
      const ids = filter.storeIds.filter((id) => Number.isSafeInteger(id));
      where.push(ids.length ? `f.${q('storeId')} IN (${ids.join(', ')})` : '1 = 0');
    }
    const grouped = keyExpr === `'all'` || keyExpr === `f.${q('storeId')}` ? `f.${q('storeId')}` : `${keyExpr}, f.${q('storeId')}`;
    const sql = `SELECT ${keyExpr} AS k, f.${q('storeId')} AS s, ${aggregates.join(', ')}
      FROM ${q(table)} f
      WHERE ${where.join(' AND ')}
      GROUP BY ${grouped}`;
    return this.db.query(sql, values);
  }

  /**
   * Store-level day counts per stretch (`all` for the whole range, else each month YYYYMM or each day YYYYMMDD) and
   * store: what decides whether a store is comparable (data or closed on every day).
   */
  async dayCounts(
    granularity: 'all' | 'month' | 'day',
    from: number,
    to: number,
    filter: FactQuery,
  ): Promise<Map<string, Map<number, DayCounts>>> {
    const out = new Map<string, Map<number, DayCounts>>();
    const add = (rows: Array<{ k: unknown; s: unknown; days: unknown; closed: unknown }>) => {
      for (const r of rows) {
        const key = String(r.k);
        let stores = out.get(key);
        if (!stores) out.set(key, (stores = new Map()));
        const c = stores.get(Number(r.s)) ?? { days: 0, closedDays: 0 };
        c.days += Number(r.days);
        c.closedDays += Number(r.closed);
        stores.set(Number(r.s), c);
      }
    };
    const storeFilter: FactQuery = { storeId: filter.storeId, storeIds: filter.storeIds };
    const { months, dayRanges } =
      granularity === 'day' ? { months: [], dayRanges: [[from, to] as [number, number]] } : splitRange(from, to);
    const [daysExpr, closedExpr] = storeDayAggregates('f');
    if (months.length) {
      add(
        (await this.sumQuery(
          'rollup_store_month',
          granularity === 'month' ? `f.${q('month')}` : `'all'`,
          [`SUM(f.${q('days')}) AS days`, `SUM(f.${q('closedDays')}) AS closed`],
          `f.${q('month')} BETWEEN ${this.p(1)} AND ${this.p(2)}`,
          [months[0], months[months.length - 1]],
          storeFilter,
        )) as Array<{ k: unknown; s: unknown; days: unknown; closed: unknown }>,
      );
    }
    for (const [a, b] of dayRanges) {
      const key = granularity === 'month' ? `f.${q('day')} / 100` : granularity === 'day' ? `f.${q('day')}` : `'all'`;
      add(
        (await this.sumQuery(
          'fact_store_day',
          key,
          [`${daysExpr} AS days`, `${closedExpr} AS closed`],
          `f.${q('day')} BETWEEN ${this.p(1)} AND ${this.p(2)}`,
          [a, b],
          storeFilter,
        )) as Array<{ k: unknown; s: unknown; days: unknown; closed: unknown }>,
      );
    }
    return out;
  }

  /** Store totals per month of a year from the month rollup: storeId → 12 values (index 0 = January; null unknown). */
  async storeMonths(year: number, expr: 'sales' | 'margin' | 'transactions'): Promise<Map<number, Array<number | null>>> {
    const [value, known] =
      expr === 'sales'
        ? [`SUM(${q('sales')})`, `SUM(${q('salesDays')})`]
        : expr === 'margin'
          ? [`SUM(${q('costSales')}) - SUM(${q('cost')})`, `SUM(${q('costSales')})`]
          : [`SUM(${q('transactions')})`, `SUM(${q('transactionDays')})`];
    const rows: Array<{ storeId: number; month: number; v: string | number; known: string | number }> = await this.db.query(
      `SELECT ${q('storeId')} AS "storeId", ${q('month')} AS month, ${value} AS v, ${known} AS known FROM ${q('rollup_store_month')}
       WHERE ${q('month')} BETWEEN ${this.p(1)} AND ${this.p(2)} GROUP BY ${q('storeId')}, ${q('month')}`,
      [year * 100 + 1, year * 100 + 12],
    );
    const out = new Map<number, Array<number | null>>();
    for (const r of rows) {
      const months = out.get(Number(r.storeId)) ?? new Array<number | null>(12).fill(null);
      months[(Number(r.month) % 100) - 1] = Number(r.known) > 0 ? Number(r.v) : null;
      out.set(Number(r.storeId), months);
    }
    return out;
  }

  /** Each store's ranking sums from the month rollup (whole months, YYYYMM) or the daily rows (days, YYYYMMDD). */
  async storeSums(source: 'rollup' | 'daily', from: number, to: number): Promise<Map<number, StoreSums>> {
    const columns = ['sales', 'cost', 'costSales', 'shrink', 'shrinkSales', 'salesDays', 'costDays', 'shrinkDays'] as const;
    const select = (exprs: readonly string[]) => exprs.map((e, i) => `${e} AS ${q(columns[i])}`).join(', ');
    // The daily rows need the rollups' own aggregates over fact_store_day.
    const daily = [
      `SUM(${q('sales')})`,
      `SUM(${q('cost')})`,
      `SUM(${q('costSales')})`,
      `SUM(${q('shrink')})`,
      `SUM(${q('shrinkSales')})`,
      `SUM(CASE WHEN COALESCE(${q('open')}, 1) <> 0 AND ${q('sales')} IS NOT NULL THEN 1 ELSE 0 END)`,
      `SUM(CASE WHEN COALESCE(${q('open')}, 1) <> 0 AND ${q('rows')} > 0 AND ${q('costRows')} = ${q('rows')} THEN 1 ELSE 0 END)`,
      `SUM(CASE WHEN COALESCE(${q('open')}, 1) <> 0 AND ${q('rows')} > 0 AND ${q('shrinkRows')} = ${q('rows')} THEN 1 ELSE 0 END)`,
    ];
    // A whole quarter or year has its sums kept per store (rollup_store_span): one indexed read of a row per store.
    const span = source === 'rollup' && isSpan(from, to);
    const sql = span
      ? `SELECT ${q('storeId')} AS s, ${select(columns.map((c) => q(c)))}
           FROM ${q('rollup_store_span')} WHERE ${q('fromMonth')} = ${this.p(1)} AND ${q('toMonth')} = ${this.p(2)}`
      : source === 'rollup'
        ? `SELECT ${q('storeId')} AS s, ${select(columns.map((c) => `SUM(${q(c)})`))}
           FROM ${q('rollup_store_month')} WHERE ${q('month')} BETWEEN ${this.p(1)} AND ${this.p(2)} GROUP BY ${q('storeId')}`
        : `SELECT ${q('storeId')} AS s, ${select(daily)}
           FROM ${q('fact_store_day')} WHERE ${q('day')} BETWEEN ${this.p(1)} AND ${this.p(2)} GROUP BY ${q('storeId')}`;
    const rows: Array<Record<string, unknown>> = await this.db.query(sql, [from, to]);
    return new Map(
      rows.map((r) => [Number(r['s']), Object.fromEntries(columns.map((c) => [c, Number(r[c] ?? 0)])) as unknown as StoreSums]),
    );
  }

  /** Σ sales by (store, category): whole months (YYYYMM) from the rollup plus days (YYYYMMDD) from the daily rows. */
  async categorySales(fromMonth: number, toMonth: number, fromDay: number, toDay: number): Promise<CategorySales[]> {
    const rows: Array<{ s: unknown; c: unknown; v: unknown }> = await this.db.query(
      `SELECT ${q('storeId')} AS s, ${q('categoryId')} AS c, SUM(${q('sales')}) AS v FROM (
         SELECT ${q('storeId')}, ${q('categoryId')}, ${q('sales')} FROM ${q('rollup_category_month')} WHERE ${q('month')} BETWEEN ${this.p(1)} AND ${this.p(2)}
         UNION ALL
         SELECT ${q('storeId')}, ${q('categoryId')}, ${q('sales')} FROM ${q('fact_category_day')} WHERE ${q('day')} BETWEEN ${this.p(3)} AND ${this.p(4)}
       ) t GROUP BY ${q('storeId')}, ${q('categoryId')}`,
      [fromMonth, toMonth, fromDay, toDay],
    );
    return rows.map((r) => ({ storeId: Number(r.s), categoryId: Number(r.c), sales: Number(r.v) }));
  }

  async lastFactDay(): Promise<number | null> {
    const [row] = await this.db.query(`SELECT MAX(${q('day')}) AS d FROM ${q('fact_store_day')}`);
    return row?.d === null || row?.d === undefined ? null : Number(row.d);
  }

  async firstFactDay(): Promise<number | null> {
    const [row] = await this.db.query(`SELECT MIN(${q('day')}) AS d FROM ${q('fact_store_day')}`);
    return row?.d === null || row?.d === undefined ? null : Number(row.d);
  }
}

/** A quarter (Jan–Mar, Apr–Jun, …) or a whole year of months (YYYYMM): the spans rollup_store_span keeps. */
export function isSpan(fromMonth: number, toMonth: number): boolean {
  const first = fromMonth % 100;
  if (Math.floor(fromMonth / 100) !== Math.floor(toMonth / 100)) return false;
  return (first === 1 && toMonth - fromMonth === 11) || (first % 3 === 1 && toMonth - fromMonth === 2);
}
