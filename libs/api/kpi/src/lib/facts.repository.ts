import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { splitRange } from './periods';

/** Sums that every metric of DESIGN.md §3 is computed from. */
export interface Sums {
  sales: number;
  cost: number;
  shrink: number;
  transactions: number;
  labourCenti: number;
  /** Σ sales area of the stores in the group (for 坪效). */
  areaSqm: number;
}

export type GroupKey = 'store' | 'region' | 'category' | 'month' | 'day' | 'none';

export interface FactFilter {
  storeId?: number;
  regionId?: number;
  format?: string;
  categoryId?: number;
}

export function emptySums(): Sums {
  return { sales: 0, cost: 0, shrink: 0, transactions: 0, labourCenti: 0, areaSqm: 0 };
}

const q = (name: string) => `"${name}"`;

/**
 * The named queries over facts and rollups. Every range is split into whole months (rollups) and at most two
 * partial months (daily rows), so no query reads a month or more of daily rows.
 */
@Injectable()
export class FactsRepository {
  constructor(private readonly db: DataSource) {}

  private p(i: number): string {
    return this.db.options.type === 'postgres' ? `$${i}` : '?';
  }

  /**
   * Sums per group over an inclusive day range. Category grouping or a category filter reads the category tables
   * (which carry no transactions or labour); everything else reads the store tables.
   */
  async sumsBy(group: GroupKey, from: number, to: number, filter: FactFilter): Promise<Map<string, Sums>> {
    const byCategory = group === 'category' || filter.categoryId !== undefined;
    const { months, dayRanges } = group === 'day' ? { months: [], dayRanges: [[from, to] as [number, number]] } : splitRange(from, to);
    const out = new Map<string, Sums>();
    const add = (rows: Array<Record<string, unknown>>) => {
      for (const r of rows) {
        const key = String(r['k']);
        const s = out.get(key) ?? emptySums();
        s.sales += Number(r['sales'] ?? 0);
        s.cost += Number(r['cost'] ?? 0);
        s.shrink += Number(r['shrink'] ?? 0);
        s.transactions += Number(r['transactions'] ?? 0);
        s.labourCenti += Number(r['labour'] ?? 0);
        out.set(key, s);
      }
    };
    if (months.length) {
      const table = byCategory ? 'rollup_category_month' : 'rollup_store_month';
      const keyExpr = group === 'month' ? `f.${q('month')}` : group === 'day' ? 'NULL' : this.keyExpr(group);
      add(
        await this.sumQuery(
          table,
          keyExpr,
          `f.${q('month')} BETWEEN ${this.p(1)} AND ${this.p(2)}`,
          [months[0], months[months.length - 1]],
          filter,
          byCategory,
        ),
      );
    }
    for (const [a, b] of dayRanges) {
      const table = byCategory ? 'fact_category_day' : 'fact_store_day';
      const keyExpr = group === 'month' ? `f.${q('day')} / 100` : group === 'day' ? `f.${q('day')}` : this.keyExpr(group);
      add(await this.sumQuery(table, keyExpr, `f.${q('day')} BETWEEN ${this.p(1)} AND ${this.p(2)}`, [a, b], filter, byCategory));
    }
    return out;
  }

  private keyExpr(group: GroupKey): string {
    switch (group) {
      case 'store':
        return `f.${q('storeId')}`;
      case 'region':
        return `s.${q('regionId')}`;
      case 'category':
        return `f.${q('categoryId')}`;
      default:
        return `'all'`;
    }
  }

  private async sumQuery(
    table: string,
    keyExpr: string,
    range: string,
    params: number[],
    filter: FactFilter,
    byCategory: boolean,
  ): Promise<Array<Record<string, unknown>>> {
    const where = [range];
    const values = [...params];
    const next = () => this.p(values.length + 1);
    if (filter.storeId !== undefined) {
      where.push(`f.${q('storeId')} = ${next()}`);
      values.push(filter.storeId);
    }
    if (filter.categoryId !== undefined) {
      where.push(`f.${q('categoryId')} = ${next()}`);
      values.push(filter.categoryId);
    }
    const needsStore = filter.regionId !== undefined || filter.format !== undefined || keyExpr.startsWith('s.');
    if (filter.regionId !== undefined) {
      where.push(`s.${q('regionId')} = ${next()}`);
      values.push(filter.regionId);
    }
    if (filter.format !== undefined) {
      where.push(`s.${q('format')} = ${next()}`);
      values.push(filter.format as unknown as number);
    }
    const storeCols = byCategory
      ? 'NULL AS transactions, NULL AS labour'
      : `SUM(f.${q('transactions')}) AS transactions, SUM(f.${q('labourCenti')}) AS labour`;
    const sql = `SELECT ${keyExpr} AS k, SUM(f.${q('sales')}) AS sales, SUM(f.${q('cost')}) AS cost, SUM(f.${q('shrink')}) AS shrink, ${storeCols}
      FROM ${q(table)} f ${needsStore ? `JOIN ${q('store')} s ON s.${q('id')} = f.${q('storeId')}` : ''}
      WHERE ${where.join(' AND ')}
      ${keyExpr === `'all'` || keyExpr === 'NULL' ? '' : `GROUP BY ${keyExpr}`}`;
    return this.db.query(sql, values);
  }

  /** Store totals per month of a year from the month rollup: storeId → 12 values (index 0 = January). */
  async storeMonths(year: number, expr: 'sales' | 'margin' | 'transactions'): Promise<Map<number, number[]>> {
    const column =
      expr === 'sales' ? `SUM(${q('sales')})` : expr === 'margin' ? `SUM(${q('sales')}) - SUM(${q('cost')})` : `SUM(${q('transactions')})`;
    const rows: Array<{ storeId: number; month: number; v: string | number }> = await this.db.query(
      `SELECT ${q('storeId')} AS "storeId", ${q('month')} AS month, ${column} AS v FROM ${q('rollup_store_month')}
       WHERE ${q('month')} BETWEEN ${this.p(1)} AND ${this.p(2)} GROUP BY ${q('storeId')}, ${q('month')}`,
      [year * 100 + 1, year * 100 + 12],
    );
    const out = new Map<number, number[]>();
    for (const r of rows) {
      const months = out.get(Number(r.storeId)) ?? new Array(12).fill(0);
      months[(Number(r.month) % 100) - 1] = Number(r.v);
      out.set(Number(r.storeId), months);
    }
    return out;
  }

  async lastFactDay(): Promise<number | null> {
    const [row] = await this.db.query(`SELECT MAX(${q('day')}) AS d FROM ${q('fact_store_day')}`);
    return row?.d === null || row?.d === undefined ? null : Number(row.d);
  }

  /** Σ sales area by group key, for 坪效 (only store-like groups). */
  async areaBy(group: GroupKey, filter: FactFilter): Promise<Map<string, number>> {
    if (group === 'category' || group === 'month' || group === 'day') {
      group = 'none';
    }
    const key = group === 'store' ? `s.${q('id')}` : group === 'region' ? `s.${q('regionId')}` : `'all'`;
    const where: string[] = [];
    const values: unknown[] = [];
    if (filter.storeId !== undefined) {
      values.push(filter.storeId);
      where.push(`s.${q('id')} = ${this.p(values.length)}`);
    }
    if (filter.regionId !== undefined) {
      values.push(filter.regionId);
      where.push(`s.${q('regionId')} = ${this.p(values.length)}`);
    }
    if (filter.format !== undefined) {
      values.push(filter.format);
      where.push(`s.${q('format')} = ${this.p(values.length)}`);
    }
    const rows: Array<{ k: unknown; a: unknown }> = await this.db.query(
      `SELECT ${key} AS k, SUM(s.${q('salesAreaSqm')}) AS a FROM ${q('store')} s ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ${key === `'all'` ? '' : `GROUP BY ${key}`}`,
      values,
    );
    return new Map(rows.map((r) => [String(r.k), Number(r.a)]));
  }
}
