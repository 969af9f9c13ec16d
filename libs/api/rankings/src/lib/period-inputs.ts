import { ActualsReader, DataKind, dataVersion, parsePeriod, Period, StoreSums } from '@storeops/api/core';
import { ComplaintFacts, ViolationFacts } from '@storeops/api/ledger';
import { ActionFact, InspectionFact, InspectionFacts } from '@storeops/api/inspections';
import { TargetsReader } from '@storeops/api/targets';
import { Metric, RankingPeriod } from '@storeops/shared/contracts';

export type { StoreSums } from '@storeops/api/core';
export type { ActionFact, InspectionFact } from '@storeops/api/inspections';

export interface StoreTargets {
  sales: number;
  margin: number;
}

/** The other domains' read ports a ranking reads through (it queries no table of theirs). */
export interface RankingSources {
  actuals: ActualsReader;
  targets: TargetsReader;
  inspections: InspectionFacts;
  complaints: ComplaintFacts;
  violations: ViolationFacts;
}

export type SumsSource = 'rollup' | 'daily';

/**
 * Loaded parts kept across PeriodInputs, each keyed by the data version of what it reads only: after an import the
 * targets, inspections and the rest are still there, and a ranking reads just the period's sums.
 */
export interface SharedParts {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** The data each part reads (its cache entry is unreachable once one of them changes). */
const PART_KINDS: Readonly<Record<string, DataKind[]>> = {
  sums: ['facts'],
  transactions: ['facts'],
  targets: ['targets'],
  inspections: ['inspections'],
  actions: ['inspections'],
  complaints: ['complaints'],
  violations: ['violations'],
};

/** Days since the epoch of a YYYYMMDD day (for counting days between two of them). */
const epochDay = (day: number) => Date.UTC(Math.floor(day / 10_000), (Math.floor(day / 100) % 100) - 1, day % 100) / 86_400_000;

/**
 * What the component definitions read for one period, each part loaded once on first use and shared by every
 * component and store: month-rollup sums, the approved targets in force, inspections and corrective actions.
 */
export class PeriodInputs {
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    readonly sources: RankingSources,
    readonly period: RankingPeriod,
    /** The last day with facts (YYYYMMDD), or null. */
    readonly asOf: number | null,
    /** The instant "now": corrective actions not yet due are not judged. */
    readonly now: Date,
    readonly source: SumsSource = 'rollup',
    private readonly shared?: SharedParts,
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

  protected once<T>(key: string, load: () => Promise<T>, shareable = true): Promise<T> {
    let hit = this.memo.get(key) as Promise<T> | undefined;
    if (!hit) {
      const kinds = PART_KINDS[key];
      const sharedKey = this.shared && shareable && kinds ? `${key}|${this.period.period}|${this.source}|${dataVersion(...kinds)}` : null;
      const kept = sharedKey ? (this.shared?.get(sharedKey) as T | undefined) : undefined;
      if (kept !== undefined) hit = Promise.resolve(kept);
      else {
        hit = load();
        if (sharedKey) hit.then((value) => this.shared?.set(sharedKey, value)).catch(() => undefined);
      }
      this.memo.set(key, hit);
    }
    return hit;
  }

  /** Σ sales, cost, shrink per store over the period's months, with what they cover. */
  sums(): Promise<Map<number, StoreSums>> {
    return this.once('sums', () => {
      const { year, firstMonth, lastMonth, firstDay, lastDay } = this.period;
      return this.source === 'rollup'
        ? this.sources.actuals.storeMonthSums(year * 100 + firstMonth, year * 100 + lastMonth)
        : this.sources.actuals.storeDaySums(firstDay, lastDay);
    });
  }

  /** Σ of the approved targets in force (sales and gross margin) per store over the period's months. */
  targets(): Promise<Map<number, StoreTargets>> {
    return this.once('targets', async () => {
      const out = new Map<number, StoreTargets>();
      for (const r of await this.sources.targets.inForce(this.period.year, {
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
    return this.once('inspections', () => this.sources.inspections.inspectionsBetween(this.span.from, this.span.to));
  }

  /** Valid complaints received in the period, by store (the responsible one). */
  complaints(): Promise<Map<number, number>> {
    return this.once('complaints', () => this.sources.complaints.validByStore(this.span.from, this.span.to));
  }

  /** Standing violations (not overturned) that occurred in the period, by store. */
  violations(): Promise<Map<number, number>> {
    return this.once('violations', () => this.sources.violations.countByStore(this.span.from, this.span.to));
  }

  /** Months of the period elapsed by asOf (the running month counts whole): what a count per month divides by. */
  get monthsElapsed(): number {
    const { firstMonth, lastMonth, year } = this.period;
    if (!this.partial || this.asOf === null) return lastMonth - firstMonth + 1;
    const asOfMonth = Math.floor(this.asOf / 100) % 100;
    const asOfYear = Math.floor(this.asOf / 10_000);
    return asOfYear === year ? Math.max(1, asOfMonth - firstMonth + 1) : lastMonth - firstMonth + 1;
  }

  /** 来客数 per store over the period's days with facts (stores whose 来客数 is unknown are absent). */
  transactions(): Promise<Map<number, number>> {
    return this.once('transactions', () => {
      const day = (n: number) =>
        `${Math.floor(n / 10_000)}-${String(Math.floor(n / 100) % 100).padStart(2, '0')}-${String(n % 100).padStart(2, '0')}`;
      return this.sources.actuals.storeTotals(day(this.period.firstDay), day(this.period.lastDay), Metric.Transactions);
    });
  }

  /** Corrective actions due in the period and already due now (the ones that can be judged on time or late). */
  actions(): Promise<ActionFact[]> {
    const { from, to } = this.span;
    const ended = to.getTime() < this.now.getTime();
    // Shared only for a period that has ended: a running one's judged actions depend on the instant.
    return this.once('actions', () => this.sources.inspections.actionsDueBetween(from, ended ? to : this.now), ended);
  }
}
