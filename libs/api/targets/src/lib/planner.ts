import { invalidRequest } from '@storeops/api/core';
import {
  coded,
  daysInMonth,
  DecompositionMethod,
  DecompositionStoreRow,
  ErrorDetail,
  largestRemainderSplit,
  SplitError,
  splitWithLocks,
  StoreFormat,
  StoreLock,
  StoreStatus,
} from '@storeops/shared/contracts';

/** What the planner needs to know of a store. */
export interface PlanStore {
  id: number;
  code: string;
  format: StoreFormat;
  status: StoreStatus;
  openDate: string | null;
  /** Unknown (null) until entered: a split that needs the area refuses such a store, naming it. */
  salesAreaSqm: number | null;
}

/** The actuals of the metric being split. */
export interface PlanHistory {
  /** Last year: store → year total (stores without facts absent); the shares of a split by 上年占比. */
  lastYear: ReadonlyMap<number, number>;
  /**
   * The shapes: store → 12 monthly totals (January first) from the last 12 complete months (completeMonths), so
   * a month that has not happened yet never counts as a month without sales. Empty when nothing is complete.
   */
  recentMonths: ReadonlyMap<number, readonly number[]>;
}

/** A calendar month. */
export interface YearMonth {
  year: number;
  month: number;
}

const monthIndex = (ym: YearMonth) => ym.year * 12 + ym.month - 1;
const fromIndex = (i: number): YearMonth => ({ year: Math.floor(i / 12), month: (i % 12) + 1 });
const monthEnd = (ym: YearMonth) =>
  `${ym.year}-${String(ym.month).padStart(2, '0')}-${String(daysInMonth(ym.year, ym.month)).padStart(2, '0')}`;

/**
 * The last 12 complete months before `today`, oldest first: a month is complete when it ended before today, the
 * facts reach its last day (when the last fact day is known) and the chain has facts in it. Null when no month
 * within `lookBack` months is complete. The 12 months may include incomplete ones before the newest complete one:
 * a store's shape then falls back (monthShape) as when its history is short.
 */
export function completeMonths(
  today: string,
  lastFactDate: string | null,
  chainHasFacts: (ym: YearMonth) => boolean,
  lookBack = 36,
): YearMonth[] | null {
  const current = monthIndex({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) });
  for (let i = current - 1; i >= current - lookBack; i--) {
    const ym = fromIndex(i);
    if (lastFactDate !== null && monthEnd(ym) > lastFactDate) continue;
    if (!chainHasFacts(ym)) continue;
    return Array.from({ length: 12 }, (_, k) => fromIndex(i - 11 + k));
  }
  return null;
}

/** Each store's values in `window` by calendar month (January first), from totals per year (index 0 = January). */
export function monthsOfWindow(
  window: readonly YearMonth[],
  byYear: ReadonlyMap<number, ReadonlyMap<number, readonly number[]>>,
): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const ym of window) {
    for (const [storeId, months] of byYear.get(ym.year) ?? new Map<number, readonly number[]>()) {
      if (!out.has(storeId))
        out.set(
          storeId,
          Array.from({ length: 12 }, () => 0),
        );
      (out.get(storeId) as number[])[ym.month - 1] = months[ym.month - 1] ?? 0;
    }
  }
  return out;
}

export interface PlanInput {
  year: number;
  total: number;
  method: DecompositionMethod;
  locks: readonly StoreLock[];
  /** Every store of the chain; the planner picks the ones that get a target. */
  stores: readonly PlanStore[];
  history: PlanHistory;
  /** Whether amounts are 分 (money metrics), for the wording of problems. */
  money?: boolean;
}

export interface PlannedStore {
  storeId: number;
  value: number;
  locked: boolean;
  basis: DecompositionStoreRow['basis'];
  /** 12 values, January first, summing exactly to value. */
  months: number[];
}

export type MonthShapeSource = 'store' | 'company' | 'days';

/**
 * The stores that get a target for `year`: not closed, and open by the end of the year (a store still being
 * prepared counts when its open date falls within or before the year).
 */
export function eligibleStores<S extends PlanStore>(stores: readonly S[], year: number): S[] {
  const yearEnd = `${year}-12-31`;
  return stores
    .filter((s) => {
      if (s.status === StoreStatus.Closed) return false;
      if (s.status === StoreStatus.Preparing) return s.openDate !== null && s.openDate <= yearEnd;
      return true;
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** A store has a usable last year when it opened before that year began and has a positive actual for it. */
export function hasFullLastYear(store: PlanStore, year: number, history: PlanHistory): boolean {
  const opened = store.openDate === null || store.openDate < `${year - 1}-01-01`;
  return opened && (history.lastYear.get(store.id) ?? 0) > 0;
}

interface Weighted {
  weight: number;
  basis: DecompositionStoreRow['basis'];
}

/**
 * Last-year weights. A new store (no full last year) is weighted by its area × its peers' last-year actual per m²
 * (peers: stores of the same format with history; all stores with history when the format has none), so its weight
 * is in the same unit as everyone else's.
 */
function lastYearWeights(stores: readonly PlanStore[], year: number, history: PlanHistory): Weighted[] {
  const withHistory = stores.filter((s) => hasFullLastYear(s, year, history));
  const rate = (peers: readonly PlanStore[]): number | null => {
    const known = peers.filter((s) => s.salesAreaSqm !== null);
    const area = known.reduce((sum, s) => sum + (s.salesAreaSqm as number), 0);
    const actual = known.reduce((sum, s) => sum + (history.lastYear.get(s.id) ?? 0), 0);
    return area > 0 ? actual / area : null;
  };
  const chainRate = rate(withHistory);
  return stores.map((s) => {
    if (hasFullLastYear(s, year, history)) return { weight: history.lastYear.get(s.id) ?? 0, basis: 'last_year' };
    const peerRate = rate(withHistory.filter((p) => p.format === s.format)) ?? chainRate;
    // Without any store with history every store is new: area alone keeps them comparable.
    return { weight: Math.round(areaOf(s) * (peerRate ?? 1)), basis: 'new_store_area' };
  });
}

/** The store's area for a split by area; a store whose area is unknown cannot be weighted by it (400 naming it). */
function areaOf(store: PlanStore): number {
  if (store.salesAreaSqm === null) {
    throw invalidRequest([coded('targets.no_area', { store: store.code }, { field: 'method' })]);
  }
  return store.salesAreaSqm;
}

function weightsFor(method: DecompositionMethod, stores: readonly PlanStore[], year: number, history: PlanHistory): Weighted[] {
  switch (method) {
    case 'area':
      return stores.map((s) => ({ weight: areaOf(s), basis: 'area' }));
    case 'equal':
      return stores.map(() => ({ weight: 1, basis: 'equal' }));
    case 'last_year':
    case 'manual':
      return lastYearWeights(stores, year, history);
  }
}

/**
 * The monthly weights for a store: its own last 12 complete months when all 12 have sales, else the company's
 * when all 12 have sales, else days in month — so no month of an open store gets 0 by accident.
 */
export function monthShape(storeId: number, year: number, history: PlanHistory): { shape: number[]; source: MonthShapeSource } {
  const own = history.recentMonths.get(storeId);
  if (own && own.length === 12 && own.every((v) => v > 0)) return { shape: [...own], source: 'store' };
  const company = Array.from({ length: 12 }, () => 0);
  for (const months of history.recentMonths.values()) {
    months.forEach((v, i) => (company[i] += Math.max(0, v)));
  }
  if (company.every((v) => v > 0)) return { shape: company, source: 'company' };
  return { shape: Array.from({ length: 12 }, (_, i) => daysInMonth(year, i + 1)), source: 'days' };
}

/** Refuses locks on unknown or ineligible stores, duplicates, and locks above the total. */
function checkLocks(input: PlanInput, eligible: readonly PlanStore[]): void {
  const money = input.money ? 1 : 0;
  const known = new Map(input.stores.map((s) => [s.id, s]));
  const eligibleIds = new Set(eligible.map((s) => s.id));
  const seen = new Set<number>();
  const details: ErrorDetail[] = [];
  input.locks.forEach((lock, i) => {
    const store = known.get(lock.storeId);
    const field = `locks[${i}].storeId`;
    if (!store) details.push(coded('targets.lock_store_missing', { id: lock.storeId }, { field }));
    else if (!eligibleIds.has(lock.storeId)) {
      details.push(coded('targets.lock_ineligible', { store: store.code, status: store.status, year: input.year }, { field }));
    } else if (seen.has(lock.storeId)) details.push(coded('targets.lock_twice', { store: store.code }, { field }));
    seen.add(lock.storeId);
    if (lock.value > input.total)
      details.push(coded('targets.lock_above_total', { value: lock.value, total: input.total, money }, { field: `locks[${i}].value` }));
  });
  if (details.length) throw invalidRequest(details);
  const locked = input.locks.reduce((sum, l) => sum + l.value, 0);
  if (locked > input.total)
    throw invalidRequest([coded('targets.locks_above_total', { locked, total: input.total, money }, { field: 'locks' })]);
  if (eligible.length > 0 && input.locks.length === eligible.length && locked !== input.total) {
    throw invalidRequest([coded('targets.all_locked_mismatch', { locked, total: input.total, money }, { field: 'locks' })]);
  }
}

/**
 * Splits a company total to stores and each store's year to months. Stores sum exactly to the total and months
 * exactly to each store (largest remainder, whole units).
 */
export function planDecomposition(input: PlanInput): PlannedStore[] {
  const eligible = eligibleStores(input.stores, input.year);
  if (!eligible.length) throw invalidRequest([coded('targets.no_store', { year: input.year }, { field: 'year' })]);
  checkLocks(input, eligible);
  const weighted = weightsFor(input.method, eligible, input.year, input.history);
  const lockIndex = new Map<number, number>();
  for (const lock of input.locks)
    lockIndex.set(
      eligible.findIndex((s) => s.id === lock.storeId),
      lock.value,
    );
  let values: number[];
  try {
    values = splitWithLocks(
      input.total,
      weighted.map((w) => Math.max(0, w.weight)),
      lockIndex,
    );
  } catch (error) {
    if (error instanceof SplitError)
      throw invalidRequest([{ ...coded('targets.split_failed', {}, { field: 'total' }), problem: error.message }]);
    throw error;
  }
  return eligible.map((store, i) => {
    const locked = lockIndex.has(i);
    return {
      storeId: store.id,
      value: values[i],
      locked,
      basis: locked ? 'locked' : weighted[i].basis,
      months: largestRemainderSplit(values[i], monthShape(store.id, input.year, input.history).shape),
    };
  });
}
