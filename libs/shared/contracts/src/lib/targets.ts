import { DecompositionResponse, StoreLock, TargetMetric, DecompositionMethod, DecompositionStatus } from './facts';
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
}

export interface DecompositionQuery {
  year?: number;
  metric?: TargetMetric;
  status?: DecompositionStatus;
  method?: DecompositionMethod;
  page?: number;
  pageSize?: number;
}

/** One edit made after publishing, kept with its reason. */
export interface TargetChangeResponse {
  id: number;
  storeId: number;
  month: number;
  before: number;
  after: number;
  reason: string;
  changedBy: string | null;
  changedAt: string;
}

export interface BehindPaceQuery {
  date?: string;
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
