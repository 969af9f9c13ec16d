import { ErrorDetail } from './api';
import { Metric, Progress } from './kpi';

/** Imports of daily facts (DESIGN.md §3): per store × category × date, or per store × date. */
export enum ImportKind {
  CategoryFacts = 'category_facts',
  StoreFacts = 'store_facts',
}

export type ImportStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export type ImportField = 'date' | 'store_code' | 'category_code' | 'sales' | 'cost' | 'shrink' | 'transactions' | 'labour_hours';

export const IMPORT_FIELDS: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  [ImportKind.CategoryFacts]: ['date', 'store_code', 'category_code', 'sales', 'cost', 'shrink'],
  [ImportKind.StoreFacts]: ['date', 'store_code', 'transactions', 'labour_hours'],
};

/** Header names recognised without a mapping, in Chinese and English (compared trimmed and case-insensitively). */
export const IMPORT_HEADER_ALIASES: Readonly<Record<ImportField, readonly string[]>> = {
  date: ['日期', '销售日期', '营业日期', 'date'],
  store_code: ['门店编码', '门店代码', '门店编号', 'store_code', 'store'],
  category_code: ['品类编码', '品类代码', '类别编码', 'category_code', 'category'],
  sales: ['销售额', '销售金额', 'sales'],
  cost: ['成本', '销售成本', 'cost'],
  shrink: ['损耗', '损耗额', 'shrink'],
  transactions: ['来客数', '客流', '交易笔数', 'transactions'],
  labour_hours: ['工时', '人工工时', 'labour_hours', 'labor_hours'],
};

/** Which file column feeds which field: header text (as in the file) → field. */
export type ImportMapping = Record<string, ImportField>;

export interface ImportResponse {
  id: number;
  kind: ImportKind;
  fileName: string;
  checksum: string;
  sizeBytes: number;
  status: ImportStatus;
  /** Bytes of the file processed so far, for a progress bar. */
  bytesRead: number;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** The first 100 problems; errorCount counts them all. */
  errors: ErrorDetail[];
  errorCount: number;
  /** When the headers could not be matched: the file's headers, for the mapping step. */
  headers: string[] | null;
  createdBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export const IMPORT_MAX_ERRORS = 100;

/** Metrics that add up across stores and months, so a company total can be split. */
export const TARGET_METRICS = [Metric.Sales, Metric.GrossMargin, Metric.Transactions] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export type KpiGroupBy = 'store' | 'region' | 'category' | 'month' | 'day' | 'none';

export interface KpiQuery {
  metric: Metric;
  from?: string;
  to?: string;
  /** `2026-10`, `2026-Q3`, `2026`, `mtd`, `ytd` (instead of from/to). */
  period?: string;
  /** The as-of date for `mtd`/`ytd` (default: the last day with facts). */
  date?: string;
  groupBy?: KpiGroupBy;
  storeId?: number;
  regionId?: number;
  categoryId?: number;
  format?: string;
}

export interface KpiRow {
  key: string;
  label: string;
  /** Money in 分 (integers); ratios as decimals; null when undefined (e.g. a ratio over zero sales). */
  value: number | null;
  lastYear: number | null;
  yoy: number | null;
}

export interface KpiResponse {
  metric: Metric;
  from: string;
  to: string;
  groupBy: KpiGroupBy;
  rows: KpiRow[];
}

export type DecompositionMethod = 'last_year' | 'area' | 'equal' | 'manual';
export type DecompositionStatus = 'draft' | 'published' | 'approved';

export interface StoreLock {
  storeId: number;
  value: number;
}

export interface CreateDecompositionRequest {
  year: number;
  metric: TargetMetric;
  /** Company total for the year: 分 for money metrics, a count for transactions. */
  total: number;
  method: DecompositionMethod;
  locks?: StoreLock[];
}

export interface TargetCell {
  storeId: number;
  /** 1..12 */
  month: number;
  value: number;
}

export interface DecompositionStoreRow {
  storeId: number;
  storeCode: string;
  storeName: string;
  /** The store's year target (the sum of its months). */
  value: number;
  locked: boolean;
  /** How the store's share was weighted: last year's actual, area, equal, peers' area rate (new store), manual. */
  basis: 'last_year' | 'area' | 'equal' | 'new_store_area' | 'locked';
}

export interface DecompositionResponse {
  id: number;
  year: number;
  metric: TargetMetric;
  total: number;
  method: DecompositionMethod;
  status: DecompositionStatus;
  version: number;
  createdBy: string | null;
  publishedBy: string | null;
  approvedBy: string | null;
  stores: DecompositionStoreRow[];
  cells: TargetCell[];
}

export interface UpdateCellsRequest {
  cells: TargetCell[];
  reason: string;
  version: number;
}

export interface MetricProgress {
  metric: TargetMetric;
  mtd: Progress;
  ytd: Progress;
}

export interface StoreProgressResponse {
  storeId: number;
  date: string;
  metrics: MetricProgress[];
}
