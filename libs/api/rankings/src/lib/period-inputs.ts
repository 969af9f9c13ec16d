import { DataSource } from 'typeorm';
import { parsePeriod, Period } from '@storeops/api/core';
import { CorrectiveActionEntity, InspectionEntity } from '@storeops/api/inspections';
import { RankingPeriod } from '@storeops/shared/contracts';
import { param, q, targetsInForce } from './sql';

/** Figures of one store over a period, from the month rollup (or, for the benchmark's comparison, the daily facts). */
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

export interface StoreTargets {
  sales: number;
  margin: number;
}

export interface InspectionFact {
  id: number;
  storeId: number;
  categoryId: number | null;
  score: number | null;
  criticalFailed: boolean;
  inspectedAt: Date;
}

export interface ActionFact {
  storeId: number;
  status: string;
  dueAt: Date;
  closedAt: Date | null;
}

export type SumsSource = 'rollup' | 'daily';

/** Days since the epoch of a YYYYMMDD day (for counting days between two of them). */
const epochDay = (day: number) => Date.UTC(Math.floor(day / 10_000), (Math.floor(day / 100) % 100) - 1, day % 100) / 86_400_000;

/**
 * What the component definitions read for one period, each part loaded once on first use and shared by every
 * component and store: month-rollup sums, the approved targets in force, inspections and corrective actions.
 */
export class PeriodInputs {
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    readonly db: DataSource,
    readonly period: RankingPeriod,
    /** The last day with facts (YYYYMMDD), or null. */
    readonly asOf: number | null,
    /** The instant "now": corrective actions not yet due are not judged. */
    readonly now: Date,
    readonly source: SumsSource = 'rollup',
  ) {}

  /** Facts exist for part of the period only (it is still running). */
  get partial(): boolean {
    return this.asOf !== null && this.asOf >= this.period.firstDay && this.asOf < this.period.lastDay;
  }

  /** No fact is dated inside the period yet. */
  get notStarted(): boolean {
    return this.asOf === null || this.asOf < this.period.firstDay;
  }

  /** 时间进度 of the period on asOf: elapsed days (counting asOf) / days; 1 for a finished period. */
  get timeProgress(): number {
    if (!this.partial) return 1;
    return (epochDay(this.asOf as number) - epochDay(this.period.firstDay) + 1) / this.period.days;
  }

  /** [from, to) of the period in China time, for timestamps (inspections, corrective actions). */
  private get span(): Period {
    return parsePeriod(this.period.period);
  }

  protected once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let hit = this.memo.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = load();
      this.memo.set(key, hit);
    }
    return hit;
  }

  /** Σ sales, cost, shrink per store over the period's months, with what they cover. */
  sums(): Promise<Map<number, StoreSums>> {
    return this.once('sums', async () => {
      const { year, firstMonth, lastMonth, firstDay, lastDay } = this.period;
      const columns = ['sales', 'cost', 'costSales', 'shrink', 'shrinkSales', 'salesDays', 'costDays', 'shrinkDays'] as const;
      const select = (exprs: readonly string[]) => exprs.map((e, i) => `${e} AS ${q(columns[i])}`).join(', ');
      // The daily rows (the benchmark's comparison) need the rollups' own aggregates over fact_store_day.
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
      const sql =
        this.source === 'rollup'
          ? `SELECT ${q('storeId')} AS s, ${select(columns.map((c) => `SUM(${q(c)})`))}
             FROM ${q('rollup_store_month')} WHERE ${q('month')} BETWEEN ${param(this.db, 1)} AND ${param(this.db, 2)} GROUP BY ${q('storeId')}`
          : `SELECT ${q('storeId')} AS s, ${select(daily)}
             FROM ${q('fact_store_day')} WHERE ${q('day')} BETWEEN ${param(this.db, 1)} AND ${param(this.db, 2)} GROUP BY ${q('storeId')}`;
      const params = this.source === 'rollup' ? [year * 100 + firstMonth, year * 100 + lastMonth] : [firstDay, lastDay];
      const rows: Array<Record<string, unknown>> = await this.db.query(sql, params);
      return new Map(
        rows.map((r) => [Number(r['s']), Object.fromEntries(columns.map((c) => [c, Number(r[c] ?? 0)])) as unknown as StoreSums]),
      );
    });
  }

  /** Σ of the approved targets in force (sales and gross margin) per store over the period's months. */
  targets(): Promise<Map<number, StoreTargets>> {
    return this.once('targets', async () => {
      const out = new Map<number, StoreTargets>();
      for (const r of await targetsInForce(this.db, this.period.year, {
        fromMonth: this.period.firstMonth,
        toMonth: this.period.lastMonth,
      })) {
        const t = out.get(r.storeId) ?? { sales: 0, margin: 0 };
        if (r.metric === 'sales') t.sales = r.value;
        else t.margin = r.value;
        out.set(r.storeId, t);
      }
      return out;
    });
  }

  /** Every inspection dated in the period (China time). */
  inspections(): Promise<InspectionFact[]> {
    return this.once('inspections', async () => {
      const rows = await this.db.manager
        .createQueryBuilder(InspectionEntity, 'i')
        .select(['i.id', 'i.storeId', 'i.categoryId', 'i.score', 'i.criticalFailed', 'i.inspectedAt'])
        .where('i.inspectedAt >= :from AND i.inspectedAt < :to', this.span)
        .getMany();
      return rows.map((r) => ({
        id: r.id,
        storeId: r.storeId,
        categoryId: r.categoryId,
        score: r.score === null ? null : Number(r.score),
        criticalFailed: Boolean(r.criticalFailed),
        inspectedAt: new Date(r.inspectedAt),
      }));
    });
  }

  /** Corrective actions due in the period and already due now (the ones that can be judged on time or late). */
  actions(): Promise<ActionFact[]> {
    return this.once('actions', async () => {
      const { from, to } = this.span;
      const until = to.getTime() < this.now.getTime() ? to : this.now;
      const rows = await this.db.manager
        .createQueryBuilder(CorrectiveActionEntity, 'a')
        .select(['a.id', 'a.storeId', 'a.status', 'a.dueAt', 'a.closedAt'])
        .where('a.dueAt >= :from AND a.dueAt < :until', { from, until })
        .getMany();
      return rows.map((r) => ({
        storeId: r.storeId,
        status: r.status,
        dueAt: new Date(r.dueAt),
        closedAt: r.closedAt ? new Date(r.closedAt) : null,
      }));
    });
  }
}
