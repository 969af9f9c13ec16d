/**
 * Store rankings and scorecard schemes (DESIGN.md §5, issue 5): the API's shapes and the component kinds a scheme
 * can use. Raw values of achievement-like components are percentages (98.5 = 98.5 %) to 2 decimals.
 */
import { DayQuery } from './api';
import { Direction, Progress } from './kpi';
import { MissingRule, SchemeComponent } from './scorecard';

/** The component kinds the ranking engine can load. A new kind = one entry here and one definition in the API. */
export const COMPONENT_KINDS = [
  'sales_achievement',
  'margin_achievement',
  'inspection_score',
  'actions_on_time',
  'shrink_vs_target',
  'complaint_rate',
  'violations',
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export interface ComponentKindInfo {
  kind: ComponentKind;
  direction: Direction;
  /** Suggested floor and ceiling for a new component of this kind. */
  floor: number;
  ceiling: number;
  /** per10k: a count per 10,000 来客数 (complaints); perMonth: a count per month (violations). */
  unit: '%' | 'score' | 'per10k' | 'perMonth';
  /** Which parameters the kind takes. */
  params: Array<'categoryIds' | 'targetRate'>;
}

export const COMPONENT_KIND_INFO: Readonly<Record<ComponentKind, ComponentKindInfo>> = {
  sales_achievement: { kind: 'sales_achievement', direction: 'higher', floor: 80, ceiling: 110, unit: '%', params: [] },
  margin_achievement: { kind: 'margin_achievement', direction: 'higher', floor: 80, ceiling: 110, unit: '%', params: [] },
  inspection_score: { kind: 'inspection_score', direction: 'higher', floor: 60, ceiling: 100, unit: 'score', params: ['categoryIds'] },
  actions_on_time: { kind: 'actions_on_time', direction: 'higher', floor: 50, ceiling: 100, unit: '%', params: [] },
  shrink_vs_target: { kind: 'shrink_vs_target', direction: 'lower', floor: 80, ceiling: 150, unit: '%', params: ['targetRate'] },
  // Valid complaints per 10,000 来客数: 0 scores 100, 3 or more scores 0.
  complaint_rate: { kind: 'complaint_rate', direction: 'lower', floor: 0, ceiling: 3, unit: 'per10k', params: [] },
  // 违纪次数 per month: none scores 100, 2 or more a month score 0.
  violations: { kind: 'violations', direction: 'lower', floor: 0, ceiling: 2, unit: 'perMonth', params: [] },
};

/** One component of a scheme as stored: the scoring rule plus what it measures. */
export interface SchemeComponentConfig extends SchemeComponent {
  kind: ComponentKind;
  /** inspection_score: only these categories' inspections (absent or empty = all). */
  categoryIds?: number[];
  /** shrink_vs_target: the allowed shrink rate in percent of sales (1.2 = 1.2 %). */
  targetRate?: number;
}

export type SchemeStatus = 'draft' | 'approved' | 'superseded';

export interface ScorecardSchemeResponse {
  id: number;
  name: string;
  /** 1, 2, … within the name: editing an approved scheme makes the next version as a draft. */
  schemeVersion: number;
  status: SchemeStatus;
  /** The approved scheme rankings use when none is named (one at a time). */
  inForce: boolean;
  missingRule: MissingRule;
  components: SchemeComponentConfig[];
  description: string | null;
  createdBy: string | null;
  createdAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  /** Optimistic lock: send it back on edits and approval. */
  version: number;
}

export interface CreateSchemeRequest {
  name: string;
  missingRule: MissingRule;
  components: SchemeComponentConfig[];
  description?: string;
  /** Make the next version of this scheme (same name) instead of a new one. */
  basedOnId?: number;
}

export interface UpdateSchemeRequest {
  name?: string;
  missingRule?: MissingRule;
  components?: SchemeComponentConfig[];
  description?: string;
  version: number;
}

/** `all`, `region:<id>` or `format:<hypermarket|supermarket|convenience>`. */
export type RankingScope = string;

export interface RankingQuery {
  /** `2026-10`, `2026-Q3` or `2026`; without it the API answers for the last complete month that has facts. */
  period?: string;
  scope?: RankingScope;
  schemeId?: number;
}

/** `GET /api/rankings/stores/export`: the ranking, in the page's sort. */
export interface RankingExportQuery extends RankingQuery {
  sort?: string;
  dir?: SortDirection;
}

/** `GET /api/rankings/stores/:id/trend`: the store's rank over the last 2–36 periods (12 by default). */
export interface RankTrendQuery extends RankingQuery {
  periods?: number;
}

/** `POST /api/scorecard-schemes/:id/approve`: the version the director looked at. */
export interface ApproveSchemeRequest {
  version: number;
}

/** `GET /api/dashboard`: the day of the 营运总览 (today by default). */
export type DashboardQuery = DayQuery;

export interface RankingComponent {
  key: string;
  kind: ComponentKind;
  /** Measured value (see COMPONENT_KIND_INFO unit); null = missing (the scheme's rule applies). */
  raw: number | null;
  /** 0..100 to 2 decimals; null only when missing under the `reweight` rule. */
  score: number | null;
  weight: number;
  /** The weight actually applied after reweighting (equal to weight under the `zero` rule). */
  effectiveWeight: number;
  /** This component's share of the composite, to 4 decimals (the parts sum exactly to the composite). */
  part: number;
  /** part − previous part: the components' contributions sum exactly to compositeChange. Null without a previous composite. */
  contribution: number | null;
  previousRaw: number | null;
  previousScore: number | null;
}

export interface StoreRankingRow {
  storeId: number;
  storeCode: string;
  storeName: string;
  regionId: number;
  regionName: string;
  format: string;
  /** Competition rank (1, 2, 2, 4); null when every component is missing (listed last). */
  rank: number | null;
  /** 0..100 to 4 decimals. */
  composite: number | null;
  previousRank: number | null;
  previousComposite: number | null;
  /** previousRank − rank: positive means the store moved up. Null when either is unknown. */
  rankChange: number | null;
  compositeChange: number | null;
  components: RankingComponent[];
}

export interface RankingSchemeRef {
  id: number;
  name: string;
  schemeVersion: number;
  missingRule: MissingRule;
  components: SchemeComponentConfig[];
}

export interface StoreRankingResponse {
  period: string;
  previousPeriod: string;
  scope: RankingScope;
  scheme: RankingSchemeRef;
  /** The last day with facts counted (a period still running is measured up to it). */
  asOf: string | null;
  /** True when the period was still running on asOf: achievements are then measured as pace (达成率 ÷ 时间进度). */
  partial: boolean;
  rows: StoreRankingRow[];
}

/** The figures behind one store's components in a period (for the explanation panel). */
export interface StoreRankingExplanation {
  period: string;
  previousPeriod: string;
  scheme: RankingSchemeRef;
  row: StoreRankingRow;
  /** Rank among the ranked stores of the scope, and how many were ranked. */
  ranked: number;
  /** Actuals are null when unknown: no sales in the period, or (margin, shrink) days whose 成本/损耗 is not known. */
  sales: { actual: number | null; target: number; previousActual: number | null; previousTarget: number };
  margin: { actual: number | null; target: number; previousActual: number | null; previousTarget: number; daysWithoutCost: number };
  shrink: { shrink: number | null; sales: number; rate: number | null; daysWithoutShrink: number };
  inspections: Array<{
    id: number;
    inspectedAt: string;
    categoryId: number | null;
    categoryName: string | null;
    score: number | null;
    criticalFailed: boolean;
  }>;
  actions: { due: number; onTime: number; late: number; open: number };
}

export interface RankTrendPoint {
  period: string;
  rank: number | null;
  composite: number | null;
  /** How many stores were ranked in that period. */
  ranked: number;
}

export interface StoreRankTrendResponse {
  storeId: number;
  scope: RankingScope;
  scheme: RankingSchemeRef;
  points: RankTrendPoint[];
}

/** GET /api/dashboard?date= — the 营运总览 of the director. */
/** A company figure's progress with its 同比: 全店 (all stores) and 同店 (the comparable stores, counted). */
export interface CompanyProgress {
  /** Progress of the period to date; when its figure is unknown (a margin without 成本) the actual reads 0 and … */
  mtd: Progress;
  ytd: Progress;
  /** … these say so: the page shows 「—」, never 0. */
  mtdUnknown: boolean;
  ytdUnknown: boolean;
  yoyMtd: number | null;
  yoyYtd: number | null;
  yoyMtdLikeForLike: number | null;
  yoyYtdLikeForLike: number | null;
  comparableStoresMtd: number;
  comparableStoresYtd: number;
}

export interface DashboardResponse {
  date: string;
  sales: CompanyProgress;
  margin: CompanyProgress;
  /** Ranking of the month of `date` under the scheme in force (null without one). */
  ranking: {
    period: string;
    schemeId: number;
    schemeName: string;
    partial: boolean;
    top: DashboardStore[];
    bottom: DashboardStore[];
  } | null;
  /** Year-to-date sales achievement by region × top category (target split to categories by last year's share). */
  heatmap: { regions: Array<{ id: number; name: string }>; categories: Array<{ id: number; name: string }>; cells: DashboardHeatCell[] };
  /** Company sales by month, this year and last (分); months after `date` are null this year. */
  months: Array<{ month: number; thisYear: number | null; lastYear: number; target: number }>;
  alerts: {
    behindPace: Array<{ storeId: number; storeCode: string; storeName: string; forecastRatio: number }>;
    overdueActions: { count: number; stores: Array<{ storeId: number; storeCode: string; storeName: string; count: number }> };
    criticalFailures: Array<{
      inspectionId: number;
      storeId: number;
      storeCode: string;
      storeName: string;
      inspectedAt: string;
      categoryName: string | null;
      score: number | null;
    }>;
  };
}

export interface DashboardStore {
  storeId: number;
  storeCode: string;
  storeName: string;
  rank: number | null;
  composite: number | null;
  rankChange: number | null;
}

export interface DashboardHeatCell {
  regionId: number;
  categoryId: number;
  actual: number;
  target: number;
  achievement: number | null;
}

/** A ranking period: its months (YYYYMM), first and last day (YYYYMMDD) and granularity. */
export interface RankingPeriod {
  period: string;
  kind: 'month' | 'quarter' | 'year';
  year: number;
  firstMonth: number;
  lastMonth: number;
  /** YYYYMMDD */
  firstDay: number;
  lastDay: number;
  days: number;
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Parses `YYYY-MM`, `YYYY-Qn` or `YYYY`; null when it is none of them. */
export function parseRankingPeriod(period: string): RankingPeriod | null {
  const m = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])))?$/.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  const kind = m[2] ? 'month' : m[3] ? 'quarter' : 'year';
  const firstMonth = m[2] ? Number(m[2]) : m[3] ? (Number(m[3]) - 1) * 3 + 1 : 1;
  const lastMonth = kind === 'month' ? firstMonth : kind === 'quarter' ? firstMonth + 2 : 12;
  let days = 0;
  for (let k = firstMonth; k <= lastMonth; k++) days += daysIn(year, k);
  return {
    period,
    kind,
    year,
    firstMonth,
    lastMonth,
    firstDay: year * 10_000 + firstMonth * 100 + 1,
    lastDay: year * 10_000 + lastMonth * 100 + daysIn(year, lastMonth),
    days,
  };
}

/** The period `offset` steps away of the same granularity (−1 = the previous one). */
export function shiftPeriod(period: string, offset: number): string {
  const p = parseRankingPeriod(period);
  if (!p) throw new Error(`not a period: ${period}`);
  if (p.kind === 'year') return String(p.year + offset);
  if (p.kind === 'quarter') {
    const index = p.year * 4 + (p.firstMonth - 1) / 3 + offset;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  }
  const index = p.year * 12 + p.firstMonth - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The `count` periods ending with `period`, oldest first. */
export function periodsEnding(period: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftPeriod(period, i - count + 1));
}

/** Chinese names of the component kinds (exports and the API's messages; the web app translates its own). */
export const COMPONENT_KIND_LABELS: Readonly<Record<ComponentKind, string>> = {
  sales_achievement: '销售达成率',
  margin_achievement: '毛利达成率',
  inspection_score: '巡店得分',
  actions_on_time: '整改及时率',
  shrink_vs_target: '损耗率对目标',
  complaint_rate: '每万来客投诉率',
  violations: '月均违纪次数',
};

export type SortDirection = 'asc' | 'desc';

/** How a ranking may be sorted: rank, composite, rank change, or a component's score (`c:<key>`). */
export const RANKING_SORT_PATTERN = /^(rank|composite|change|c:[a-z][a-z0-9_]{0,39})$/;

function sortValue(row: StoreRankingRow, sort: string): number | null {
  if (sort === 'rank') return row.rank;
  if (sort === 'composite') return row.composite;
  if (sort === 'change') return row.rankChange;
  const key = sort.slice(2);
  return row.components.find((c) => c.key === key)?.score ?? null;
}

/**
 * Sorted copy of the rows (the page's table and the export share it). Unknown values (unranked, missing, new) go
 * last in either direction; ties keep the API's order (rank, then store code).
 */
export function sortRankingRows(rows: readonly StoreRankingRow[], sort: string, dir: SortDirection): StoreRankingRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, sort) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      return (a.value - b.value) * sign || a.index - b.index;
    })
    .map((entry) => entry.row);
}
