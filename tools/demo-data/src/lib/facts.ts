import { StoreFormat, StoreStatus } from '@storeops/shared/contracts';
import { DemoChain, DemoStore } from './chain';
import { seededRandom } from './random';

/** 春节 (Chinese New Year's day) by year: sales peak in the two weeks before, then dip for a few days. */
const SPRING_FESTIVAL: Record<number, string> = {
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
};

/** Category mix: share of a store's sales, gross margin rate and shrink rate (生鲜 sells most and loses most). */
const CATEGORY_PROFILE: Record<string, { share: number; margin: number; shrink: number }> = {
  FR: { share: 0.24, margin: 0.18, shrink: 0.035 },
  DL: { share: 0.07, margin: 0.32, shrink: 0.03 },
  FD: { share: 0.14, margin: 0.22, shrink: 0.004 },
  GR: { share: 0.1, margin: 0.15, shrink: 0.002 },
  BV: { share: 0.11, margin: 0.2, shrink: 0.003 },
  FZ: { share: 0.06, margin: 0.21, shrink: 0.008 },
  PC: { share: 0.08, margin: 0.26, shrink: 0.002 },
  HH: { share: 0.05, margin: 0.33, shrink: 0.002 },
  MB: { share: 0.04, margin: 0.2, shrink: 0.001 },
  EL: { share: 0.04, margin: 0.16, shrink: 0.001 },
  AP: { share: 0.04, margin: 0.38, shrink: 0.002 },
  ST: { share: 0.03, margin: 0.3, shrink: 0.002 },
};

/** Daily sales in 分 of an average store of each format, and the average basket (客单价) in 分. */
const FORMAT_BASE: Record<StoreFormat, { sales: number; basket: number; labourHours: number }> = {
  [StoreFormat.Hypermarket]: { sales: 55_000_000, basket: 13_500, labourHours: 1_100 },
  [StoreFormat.Supermarket]: { sales: 14_000_000, basket: 7_800, labourHours: 300 },
  [StoreFormat.Convenience]: { sales: 1_600_000, basket: 2_600, labourHours: 48 },
};

export interface DemoCategoryFact {
  day: string;
  storeCode: string;
  categoryCode: string;
  sales: number;
  cost: number;
  shrink: number;
}

export interface DemoStoreFact {
  day: string;
  storeCode: string;
  transactions: number;
  /** Hundredths of an hour. */
  labourCenti: number;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

function daysApart(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** How much busier than usual a day is: weekends, the run-up to 春节 and its holiday, 国庆 golden week, 双十一. */
export function seasonFactor(day: string): number {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = d.getUTCDay();
  let f = weekday === 0 || weekday === 6 ? 1.28 : weekday === 5 ? 1.08 : 0.95;
  for (const year of [d.getUTCFullYear(), d.getUTCFullYear() + 1]) {
    const cny = SPRING_FESTIVAL[year];
    if (!cny) continue;
    const before = daysApart(day, cny);
    if (before > 0 && before <= 14) f *= 1.35 + (14 - before) * 0.04;
    else if (before <= 0 && before > -4) f *= 0.55;
    else if (before <= -4 && before > -8) f *= 1.15;
  }
  const md = day.slice(5);
  if (md >= '10-01' && md <= '10-07') f *= 1.45;
  if (md === '11-11') f *= 1.2;
  if (md >= '12-24' && md <= '12-31') f *= 1.1;
  // A gentle seasonal wave: summer a little softer, winter a little stronger.
  const month = d.getUTCMonth();
  f *= 1 + 0.06 * Math.cos(((month - 0.5) / 12) * 2 * Math.PI);
  return f;
}

function storeStrength(index: number, random: () => number): number {
  // A few weak and a few strong stores, most around average.
  if (index % 11 === 3) return 0.72;
  if (index % 13 === 5) return 1.3;
  return 0.88 + random() * 0.24;
}

function sizeFactor(store: DemoStore): number {
  const typical = store.format === StoreFormat.Hypermarket ? 11_000 : store.format === StoreFormat.Supermarket ? 3_500 : 180;
  return Math.sqrt(store.salesAreaSqm / typical);
}

export interface DemoFactsOptions {
  /** Last day with facts (inclusive), usually yesterday. */
  to: string;
  /** Number of days, ending at `to` (two years by default). */
  days?: number;
  seed?: number;
}

/**
 * Daily facts of the demo chain, deterministic for a seed: every open store, every top category, every day from
 * `to − days + 1` to `to` (a store opened in the range starts on its opening day). Generated lazily.
 */
export function* generateDemoFacts(
  chain: DemoChain,
  options: DemoFactsOptions,
): Generator<{ category: DemoCategoryFact[]; store: DemoStoreFact[] }> {
  const days = options.days ?? 731;
  const from = addDays(options.to, -(days - 1));
  const random = seededRandom(options.seed ?? 7_2026);
  const tops = chain.categories.filter((c) => c.parentCode === null);
  const stores = chain.stores.filter((s) => s.status !== StoreStatus.Preparing);
  const strengths = stores.map((_, i) => storeStrength(i, random));
  // Closed stores stop trading 60 days before the end of the range.
  const lastDay = stores.map((s) => (s.status === StoreStatus.Closed ? addDays(options.to, -60) : options.to));
  for (let day = from; day <= options.to; day = addDays(day, 1)) {
    const season = seasonFactor(day);
    const category: DemoCategoryFact[] = [];
    const store: DemoStoreFact[] = [];
    stores.forEach((s, i) => {
      if (day < s.openDate || day > lastDay[i]) return;
      const base = FORMAT_BASE[s.format];
      // New stores ramp up over their first 120 days.
      const age = daysApart(s.openDate, day);
      const ramp = age < 120 ? 0.6 + (0.4 * age) / 120 : 1;
      const growth = 1 + 0.05 * (daysApart(from, day) / 365);
      const daySales = base.sales * sizeFactor(s) * strengths[i] * season * ramp * growth * (0.9 + random() * 0.2);
      let total = 0;
      for (const c of tops) {
        const p = CATEGORY_PROFILE[c.code] ?? { share: 0.03, margin: 0.2, shrink: 0.003 };
        const sales = Math.round(daySales * p.share * (0.85 + random() * 0.3));
        const margin = p.margin * (0.9 + random() * 0.2);
        const shrinkRate = p.shrink * (0.6 + random() * 0.8) * (strengths[i] < 0.8 ? 1.5 : 1);
        category.push({
          day,
          storeCode: s.code,
          categoryCode: c.code,
          sales,
          cost: Math.round(sales * (1 - margin)),
          shrink: Math.round(sales * shrinkRate),
        });
        total += sales;
      }
      store.push({
        day,
        storeCode: s.code,
        transactions: Math.max(1, Math.round(total / (base.basket * (0.92 + random() * 0.16)))),
        labourCenti: Math.round(base.labourHours * sizeFactor(s) * (0.95 + random() * 0.1) * 100),
      });
    });
    yield { category, store };
  }
}
