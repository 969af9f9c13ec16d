import { Params } from '@angular/router';
import { FactRangeResponse, RankingQuery, SortDirection, StoreRankingRow } from '@storeops/shared/contracts';
import { factMonthsOf, factQuartersOf, factYears } from '@storeops/web/kpi/data-access';

export type RankingPeriodKind = 'month' | 'quarter' | 'year';
export type { SortDirection } from '@storeops/shared/contracts';
export { sortRankingRows } from '@storeops/shared/contracts';

/**
 * What a link to the ranking reproduces: period, scope, scheme, sort and the store whose explanation is open.
 * `sort` is `rank`, `composite`, `change` or `c:<component key>` (that component's score).
 */
export interface RankingViewState {
  period: string;
  scope: string;
  schemeId: number | null;
  sort: string;
  dir: SortDirection;
  store: number | null;
}

const PERIOD = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])))?$/;

export function isPeriod(value: unknown): value is string {
  return typeof value === 'string' && PERIOD.test(value);
}

export function periodKind(period: string): RankingPeriodKind {
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  return 'year';
}

/** Year and part (month 1–12, quarter 1–4, or 0 for a year) of a period string. */
export function splitPeriod(period: string): { kind: RankingPeriodKind; year: number; part: number } {
  const match = PERIOD.exec(period);
  if (!match) throw new Error(`not a period: ${period}`);
  const year = Number(match[1]);
  if (match[2]) return { kind: 'month', year, part: Number(match[2]) };
  if (match[3]) return { kind: 'quarter', year, part: Number(match[3]) };
  return { kind: 'year', year, part: 0 };
}

export function joinPeriod(kind: RankingPeriodKind, year: number, part: number): string {
  if (kind === 'year') return String(year);
  if (kind === 'quarter') return `${year}-Q${Math.min(4, Math.max(1, part))}`;
  return `${year}-${String(Math.min(12, Math.max(1, part))).padStart(2, '0')}`;
}

/** What the year and month/quarter pickers offer: every period with facts, and the one shown even when it has none. */
export interface PeriodOptions {
  years: number[];
  /** Months (1–12) or quarters (1–4) of the shown year; empty for a year. */
  parts: number[];
}

function partsOf(range: FactRangeResponse | null, kind: RankingPeriodKind, year: number): number[] {
  return kind === 'month' ? factMonthsOf(range, year) : kind === 'quarter' ? factQuartersOf(range, year) : [];
}

export function periodOptions(range: FactRangeResponse | null, period: string): PeriodOptions {
  const { kind, year, part } = splitPeriod(period);
  const years = factYears(range);
  if (!years.includes(year)) years.push(year);
  const parts = partsOf(range, kind, year);
  if (kind !== 'year' && !parts.includes(part)) parts.push(part);
  return { years: years.sort((a, b) => b - a), parts: parts.sort((a, b) => a - b) };
}

/** Another year keeps the month (or quarter) when that year has facts for it, else the nearest earlier one it has. */
export function periodInYear(range: FactRangeResponse | null, period: string, year: number): string {
  const { kind, part } = splitPeriod(period);
  const parts = partsOf(range, kind, year);
  if (kind === 'year' || !parts.length || parts.includes(part)) return joinPeriod(kind, year, part);
  const earlier = parts.filter((p) => p < part);
  return joinPeriod(kind, year, earlier.length ? earlier[earlier.length - 1] : parts[0]);
}

/**
 * Switching the period kind keeps the year and lands on the period that holds the current one's end — or, when
 * the facts (`range`) do not reach it, on the latest period of that year that has facts (2026-Q4 → 2026-11 when
 * December has not happened yet, never a month without data).
 */
export function changeKind(period: string, kind: RankingPeriodKind, range: FactRangeResponse | null = null): string {
  const { kind: from, year, part } = splitPeriod(period);
  if (from === kind) return period;
  const lastMonth = from === 'month' ? part : from === 'quarter' ? part * 3 : 12;
  const wanted = kind === 'month' ? lastMonth : kind === 'quarter' ? Math.ceil(lastMonth / 3) : 0;
  const parts = partsOf(range, kind, year);
  if (kind === 'year' || !parts.length || parts.includes(wanted)) return joinPeriod(kind, year, wanted);
  const earlier = parts.filter((p) => p < wanted);
  return joinPeriod(kind, year, earlier.length ? earlier[earlier.length - 1] : parts[0]);
}

const SCOPE = /^(all|region:\d+|format:(hypermarket|supermarket|convenience))$/;
const SORT = /^(rank|composite|change|c:[\w-]+)$/;

function first(value: unknown): string | undefined {
  if (Array.isArray(value)) return first(value[0]);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function positiveInt(value: unknown): number | null {
  const text = first(value);
  return text && /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null;
}

export function defaultDirection(sort: string): SortDirection {
  return sort === 'rank' ? 'asc' : 'desc';
}

/** URL query params → view state; anything malformed falls back to the default rather than reaching the API. */
export function parseRankingState(params: Params, defaultPeriod: string): RankingViewState {
  const period = first(params['period']);
  const scope = first(params['scope']);
  const sort = first(params['sort']);
  const validSort = sort && SORT.test(sort) ? sort : 'rank';
  const dir = first(params['dir']);
  return {
    period: isPeriod(period) ? period : defaultPeriod,
    scope: scope && SCOPE.test(scope) ? scope : 'all',
    schemeId: positiveInt(params['schemeId']),
    sort: validSort,
    dir: dir === 'asc' || dir === 'desc' ? dir : defaultDirection(validSort),
    store: positiveInt(params['store']),
  };
}

/** View state → query params; defaults are left out (null removes a param under `queryParamsHandling: 'merge'`). */
export function rankingQueryParams(state: RankingViewState): Params {
  return {
    period: state.period,
    scope: state.scope === 'all' ? null : state.scope,
    schemeId: state.schemeId,
    sort: state.sort === 'rank' ? null : state.sort,
    dir: state.dir === defaultDirection(state.sort) ? null : state.dir,
    store: state.store,
  };
}

export function toRankingQuery(state: Pick<RankingViewState, 'period' | 'scope' | 'schemeId'>): RankingQuery {
  return { period: state.period, scope: state.scope, ...(state.schemeId ? { schemeId: state.schemeId } : {}) };
}

export type RankMove = 'up' | 'down' | 'same' | 'new' | 'none';

/** ▲ up / ▼ down / — same / 新 without a previous rank (only for a store ranked now). */
export function rankMove(row: Pick<StoreRankingRow, 'rank' | 'previousRank' | 'rankChange'>): RankMove {
  if (row.rank === null) return 'none';
  if (row.previousRank === null) return 'new';
  const change = row.rankChange ?? row.previousRank - row.rank;
  return change > 0 ? 'up' : change < 0 ? 'down' : 'same';
}
