import { ErrorDetail, PageQuery } from './api';
import { Metric, Progress } from './kpi';

/** Imports of daily facts (DESIGN.md §3): per store × category × date, or per store × date. */
export enum ImportKind {
  CategoryFacts = 'category_facts',
  StoreFacts = 'store_facts',
}

export type ImportStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** `GET /api/imports`: the import jobs, newest first. */
export interface ImportQuery extends PageQuery {
  status?: ImportStatus;
  kind?: ImportKind;
}

export type ImportField = 'date' | 'store_code' | 'category_code' | 'sales' | 'cost' | 'shrink' | 'transactions' | 'labour_hours' | 'open';

/**
 * What a file of each kind must carry. Everything else is optional: a measure the file does not have is unknown
 * (stored as NULL), never 0. A store file needs at least one of STORE_FILE_MEASURES besides date and store.
 */
export const IMPORT_REQUIRED_FIELDS: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  [ImportKind.CategoryFacts]: ['date', 'store_code', 'category_code', 'sales'],
  [ImportKind.StoreFacts]: ['date', 'store_code'],
};

export const IMPORT_OPTIONAL_FIELDS: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  [ImportKind.CategoryFacts]: ['cost', 'shrink'],
  [ImportKind.StoreFacts]: ['sales', 'cost', 'shrink', 'transactions', 'labour_hours', 'open'],
};

/** The measures of a store file (销售额 without categories is kept as the store's 未分品类 sales of the day). */
export const STORE_FILE_MEASURES: readonly ImportField[] = ['sales', 'cost', 'shrink', 'transactions', 'labour_hours', 'open'];

/** Every field a file of the kind may carry. */
export const IMPORT_FIELDS: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  [ImportKind.CategoryFacts]: [...IMPORT_REQUIRED_FIELDS[ImportKind.CategoryFacts], ...IMPORT_OPTIONAL_FIELDS[ImportKind.CategoryFacts]],
  [ImportKind.StoreFacts]: [...IMPORT_REQUIRED_FIELDS[ImportKind.StoreFacts], ...IMPORT_OPTIONAL_FIELDS[ImportKind.StoreFacts]],
};

/** Header names recognised without a mapping, in Chinese and English (compared without spaces, case-insensitively). */
export const IMPORT_HEADER_ALIASES: Readonly<Record<ImportField, readonly string[]>> = {
  date: ['日期', '销售日期', '营业日期', '业务日期', 'date'],
  store_code: ['门店编码', '门店代码', '门店编号', '门店号', '店号', 'store_code', 'store', 'store_id', 'store_no'],
  category_code: ['品类编码', '品类代码', '类别编码', 'category_code', 'category'],
  sales: ['销售额', '销售金额', 'sales'],
  cost: ['成本', '销售成本', 'cost'],
  shrink: ['损耗', '损耗额', 'shrink'],
  transactions: ['来客数', '客流', '客数', '交易笔数', 'transactions', 'customers'],
  labour_hours: ['工时', '人工工时', 'labour_hours', 'labor_hours'],
  open: ['营业', '是否营业', '营业状态', 'open'],
};

/** Which file column feeds which field: header text (as in the file) → field, or `ignore` for a column to skip. */
export type ImportMappingTarget = ImportField | 'ignore';
export type ImportMapping = Record<string, ImportMappingTarget>;

/** Store values of the file (POS numbers …) mapped to stores: file value → store id. Remembered as external codes. */
export type ImportStoreMapping = Record<string, number>;

/** The order of day, month and year in a date column without a four-digit year first. */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';
export type DecimalSeparator = '.' | ',';

/** The text fields of the multipart `POST /api/imports` (the file itself is `file`); the mappings as JSON text. */
export interface CreateImportFields {
  kind?: ImportKind;
  mapping?: string;
  storeMapping?: string;
  /** How to read dates like 03/04/2015 (default: as the file shows). */
  dateOrder?: DateOrder;
  /** How to read amounts (default: as the file shows). */
  decimalSeparator?: DecimalSeparator;
}

/** A numeric column's style: which character separates decimals and which (if any) groups thousands. */
export interface NumberStyle {
  decimal: DecimalSeparator | null;
  thousands: ',' | '.' | ' ' | null;
}

/** Where a job is: waiting its turn, reading and checking the file, writing the facts, rebuilding the rollups. */
export type ImportPhase = 'queued' | 'reading' | 'writing' | 'rollup' | 'done';

export interface ImportPhaseProgress {
  phase: ImportPhase;
  /** Units done and in all: bytes while reading, rows while writing, months in the rollup. */
  done: number;
  total: number;
  unit: 'bytes' | 'rows' | 'months';
  /** Seconds left in this phase at the rate so far; null until there is a rate. */
  secondsLeft: number | null;
}

/** One column of the file as the mapping step shows it. */
export interface ImportColumn {
  /** 1-based, as the problems name columns. */
  index: number;
  header: string;
  /** The field it feeds, `ignore`, or null when nothing matched it (the mapping step asks). */
  field: ImportMappingTarget | null;
  /** What the whole column looked like, for numeric and date fields. */
  numberStyle?: NumberStyle;
  dateOrder?: DateOrder | null;
}

/** The job's problems grouped by (column, problem), each with its count and first lines. */
export interface ImportProblemGroup {
  column: number | null;
  columnName: string | null;
  code: string;
  problem: string;
  count: number;
  firstLines: number[];
}

/** A store value the file uses that is neither a store code nor an external code. */
export interface UnknownStoreValue {
  value: string;
  count: number;
  firstLines: number[];
}

export interface ImportResponse {
  id: number;
  kind: ImportKind;
  fileName: string;
  checksum: string;
  sizeBytes: number;
  status: ImportStatus;
  phase: ImportPhase;
  /** The running phase's progress (null when the job is not running). */
  progress: ImportPhaseProgress | null;
  /** Jobs ahead of this one while it waits (0 = next). */
  queuePosition: number | null;
  /** Bytes of the file processed so far, for a progress bar. */
  bytesRead: number;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Store-days whose 未分品类 sales a category file replaced. */
  replacedStoreDays: number;
  /** Store-days whose 销售额 in a store file was not used because the day already has category sales. */
  ignoredStoreDaySales: number;
  /** Closed days (营业 = 0) in the file. */
  closedDays: number;
  /** The first problems (IMPORT_MAX_ERRORS); errorCount counts them all. */
  errors: ErrorDetail[];
  errorCount: number;
  /** Every problem grouped by column and kind, with counts and first lines. */
  problemGroups: ImportProblemGroup[];
  /** Store values the file names that no store has, once each. */
  unknownStoreValues: UnknownStoreValue[];
  /** When the columns could not all be matched: the file's headers, for the mapping step. */
  headers: string[] | null;
  /** The columns as read (after the header row was read). */
  columns: ImportColumn[] | null;
  /** Required fields that no column feeds. */
  missingFields: ImportField[];
  /** The date order and decimal separator used: detected from the file or as given. */
  dateOrder: DateOrder | null;
  decimalSeparator: DecimalSeparator | null;
  createdBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** How many problems a job shows in `errors`, and how many it keeps for the XLSX download (the rest are counted). */
export const IMPORT_MAX_ERRORS = 100;
export const IMPORT_MAX_STORED_PROBLEMS = 10_000;
/** First lines kept per problem group and per unknown store value. */
export const IMPORT_FIRST_LINES = 5;

/** The days that have facts: what period pickers offer, from the first fact month to the last. */
export interface FactRangeResponse {
  firstDay: string | null;
  lastDay: string | null;
}

/** The category a store's uncategorised sales of a day are kept under (a store file with 销售额): 未分品类. */
export const UNCATEGORISED_CATEGORY_ID = 0;

/** Metrics that add up across stores and months, so a company total can be split. */
export const TARGET_METRICS = [Metric.Sales, Metric.GrossMargin, Metric.Transactions] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export type KpiGroupBy = 'store' | 'region' | 'category' | 'month' | 'day' | 'none';

/** Day-level 同比: the same weekday 364 days earlier (default), or the same calendar date. */
export type YoyAlign = 'weekday' | 'date';

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
  yoyAlign?: YoyAlign;
}

/** Why a figure is null: no facts at all, its inputs unknown (e.g. a file without 成本), or a zero denominator. */
export type KpiUnknownReason = 'no_facts' | 'inputs_unknown' | 'zero_base';

export interface KpiCoverage {
  /** Store-days with data (open days with any measure) in the row. */
  days: number;
  /** Of those, store-days that lack an input of this metric (the figure is over the rest). */
  missingDays: number;
  /** Closed store-days (营业 = 0): not days with data. */
  closedDays: number;
}

export interface KpiRow {
  key: string;
  label: string;
  /** Money in 分 (integers); ratios as decimals; null when unknown (see unknownReason). */
  value: number | null;
  unknownReason: KpiUnknownReason | null;
  coverage: KpiCoverage;
  lastYear: number | null;
  /** 全店同比: every store of the row, this period against the same period a year earlier. */
  yoy: number | null;
  /** 同店同比: only the comparable stores (with data or closed on every day of both periods). */
  yoyLikeForLike: number | null;
  comparableStores: number;
  /** groupBy=day: every store of the row was closed that day. */
  closed?: boolean;
}

export interface KpiResponse {
  metric: Metric;
  from: string;
  to: string;
  /** The last year's range compared with (for groupBy=day, each day against lastYearFrom … shifted alike). */
  lastYearFrom: string;
  lastYearTo: string;
  yoyAlign: YoyAlign;
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
