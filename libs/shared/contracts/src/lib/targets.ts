import { DecompositionResponse, StoreLock, TargetMetric, DecompositionMethod, DecompositionStatus } from './facts';
import { DayQuery, PageQuery } from './api';
import { Metric } from './kpi';

/** Metrics whose values are money (integer 分); the rest are counts. */
export const MONEY_TARGET_METRICS: readonly TargetMetric[] = [Metric.Sales, Metric.GrossMargin];

export function isMoneyMetric(metric: TargetMetric): boolean {
  return MONEY_TARGET_METRICS.includes(metric);
}

/**
 * A decomposition as the targets API answers it: the shared DecompositionResponse plus whether it is the approved
 * one in force for its year and metric (approving a newer one supersedes it, keeping it for the record).
 */
export interface TargetDecompositionResponse extends DecompositionResponse {
  /** True only for the approved decomposition currently in force for (year, metric). */
  current: boolean;
  createdAt: string;
  publishedAt: string | null;
  approvedAt: string | null;
  /**
   * The company target as set at creation (or adopted since): `total` is the sum of the cells and drifts from it
   * when cells are edited; publishing with a difference asks how to settle it (PublishRequest.onDifference).
   */
  targetTotal: number;
  /** The director's comment when the split was last returned to draft (kept until it is approved). */
  returnComment: string | null;
  returnedBy: string | null;
  /** The returning director's display name (the banner names a person, not a login). */
  returnedByName: string | null;
  returnedAt: string | null;
  /** Months of a store with a target of 0 that is not locked at 0: publish and approve need them confirmed. */
  zeroMonths: ZeroMonthsRow[];
}

export interface ZeroMonthsRow {
  storeId: number;
  storeCode: string;
  storeName: string;
  /** 1–12. */
  months: number[];
}

/** Answer to a cell edit or an import: the total is the new sum of the cells. */
export interface UpdateCellsResponse extends TargetDecompositionResponse {
  previousTotal: number;
  /** Cells whose value actually changed. */
  changedCells: number;
  /** Rows written to the change history (only after publishing). */
  historyRecorded: number;
}

export interface ResplitRequest {
  locks?: StoreLock[];
  version: number;
}

/** Body of publish / approve: the version the caller saw. */
export interface WorkflowStepRequest {
  version: number;
  /** Required (true) when the split has zero months (TargetDecompositionResponse.zeroMonths). */
  confirmZeroMonths?: boolean;
}

/** How publishing settles a difference between the stores' sum and the company target. */
export type DifferenceResolution = 'rebalance' | 'adoptTotal';
export const DIFFERENCE_RESOLUTIONS: readonly DifferenceResolution[] = ['rebalance', 'adoptTotal'];

export interface PublishRequest extends WorkflowStepRequest {
  /**
   * rebalance: the difference is spread over the unlocked stores (by their current values), so the total is the
   * company target again; adoptTotal: the stores' sum becomes the company target (reason required).
   */
  onDifference?: DifferenceResolution;
  reason?: string;
}

/** The director sends a published split back to draft with a comment (required, at most 500 characters). */
export interface ReturnRequest {
  comment: string;
  /** The version the caller saw; checked when given. */
  version?: number;
}

export interface DecompositionQuery extends PageQuery {
  year?: number;
  metric?: TargetMetric;
  status?: DecompositionStatus;
  method?: DecompositionMethod;
}

/** The text fields of the multipart `POST /api/decompositions/:id/import` (the file comes as `file`). */
export interface ImportCellsFields {
  reason: string;
  version?: number;
}

/** `GET /api/progress/…`: as of a day (today by default). */
export type ProgressQuery = DayQuery;

/**
 * The history of a split: cells edited after publishing (kind cell), returns with the director's comment, and
 * company totals adopted or rebalanced at publishing (before/after are then the totals).
 */
export type TargetChangeKind = 'cell' | 'returned' | 'total_adopted' | 'rebalanced';

export interface TargetChangeResponse {
  id: number;
  kind: TargetChangeKind;
  /** Null unless kind is cell. */
  storeId: number | null;
  month: number | null;
  /** Null for kind returned. */
  before: number | null;
  after: number | null;
  /** The reason of an edit or an adopted total, the director's comment of a return. */
  reason: string;
  changedBy: string | null;
  changedAt: string;
}

export interface BehindPaceQuery extends ProgressQuery {
  metric?: TargetMetric;
}

/** A store whose month-to-date run-rate forecast is below BEHIND_PACE_THRESHOLD of its month target. */
export interface BehindPaceRow {
  storeId: number;
  storeCode: string;
  storeName: string;
  regionName: string;
  target: number;
  actual: number;
  forecast: number;
  forecastRatio: number;
  pace: number | null;
}

export interface BehindPaceResponse {
  date: string;
  metric: TargetMetric;
  rows: BehindPaceRow[];
}

export const BEHIND_PACE_THRESHOLD = 0.95;
