import { ActualsReader } from '@storeops/api/core';
import { Metric, TargetMetric } from '@storeops/shared/contracts';

/** Facts of one metric for a test: monthly totals by year and store, and/or daily values by date and store. */
export interface FakeFacts {
  /** year → store → 12 monthly totals (January first). */
  months?: Record<number, Record<number, number[]>>;
  /** YYYY-MM-DD → store → value of that day. Days also count in their month and year. */
  days?: Record<string, Record<number, number>>;
}

/**
 * An in-memory ActualsReader for tests (a test double, not for production use): give each period once, either
 * as monthly totals or as days.
 */
export function fakeActuals(facts: Partial<Record<TargetMetric, FakeFacts>> = {}): ActualsReader {
  const monthTotals = (year: number, metric: TargetMetric): Map<number, number[]> => {
    const out = new Map<number, number[]>();
    const of = (storeId: number) => {
      if (!out.has(storeId))
        out.set(
          storeId,
          Array.from({ length: 12 }, () => 0),
        );
      return out.get(storeId) as number[];
    };
    for (const [storeId, months] of Object.entries(facts[metric]?.months?.[year] ?? {})) {
      months.forEach((v, i) => (of(Number(storeId))[i] += v));
    }
    for (const [date, byStore] of Object.entries(facts[metric]?.days ?? {})) {
      if (Number(date.slice(0, 4)) !== year) continue;
      for (const [storeId, v] of Object.entries(byStore)) of(Number(storeId))[Number(date.slice(5, 7)) - 1] += v;
    }
    return out;
  };
  const rangeTotals = (from: string, to: string, metric: TargetMetric): Map<number, number> => {
    const out = new Map<number, number>();
    for (const [date, byStore] of Object.entries(facts[metric]?.days ?? {})) {
      if (date < from || date > to) continue;
      for (const [storeId, v] of Object.entries(byStore)) out.set(Number(storeId), (out.get(Number(storeId)) ?? 0) + v);
    }
    return out;
  };
  return {
    async storeYearTotals(year, metric) {
      const out = new Map<number, number>();
      for (const [storeId, months] of monthTotals(year, metric))
        out.set(
          storeId,
          months.reduce((a, b) => a + b, 0),
        );
      return out;
    },
    async storeMonthTotals(year, metric) {
      return monthTotals(year, metric);
    },
    async storeTotal(storeId, from, to, metric) {
      return rangeTotals(from, to, metric).get(storeId) ?? 0;
    },
    async storeTotals(from, to, metric) {
      return rangeTotals(from, to, metric);
    },
    async storeDays(from, to) {
      const out = new Map<number, { days: number; closedDays: number }>();
      for (const [date, byStore] of Object.entries(facts[Metric.Sales]?.days ?? {})) {
        if (date < from || date > to) continue;
        for (const storeId of Object.keys(byStore as object)) {
          const c = out.get(Number(storeId)) ?? { days: 0, closedDays: 0 };
          c.days++;
          out.set(Number(storeId), c);
        }
      }
      return out;
    },
    async companyComparison(from, to, metric) {
      const current = [...rangeTotals(from, to, metric).values()].reduce((a, b) => a + b, 0);
      return { current, lastYear: null, yoy: null, yoyLikeForLike: null, comparableStores: 0 };
    },
    async lastFactDate() {
      const dates = Object.values(facts).flatMap((f) => Object.keys(f?.days ?? {}));
      return dates.length ? (dates.sort().at(-1) ?? null) : null;
    },
    // The ranking's inputs are not part of the fake: targets never read them.
    async storeMonthSums() {
      return new Map();
    },
    async storeDaySums() {
      return new Map();
    },
    async categorySales() {
      return [];
    },
  };
}
