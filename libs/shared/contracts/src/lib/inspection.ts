/** Inspections of DESIGN.md §4: the template shape, result inputs and the score of record. */

import { PageQuery } from './api';

export type ItemKind = 'pass_fail' | 'scale';
export type ItemResult = 'pass' | 'fail' | 'na' | 'score';

export interface TemplateItem {
  id: number;
  title: string;
  kind: ItemKind;
  maxPoints: number;
  allowNa: boolean;
  /** 红线: a failure caps the whole score at the template's criticalCap. */
  critical: boolean;
  photoOnFail: boolean;
  /** Days the store has to correct a failure. */
  dueDays: number;
}

export interface TemplateSection {
  title: string;
  items: TemplateItem[];
}

/** Minimum scores for ★★★★★, ★★★★, ★★★, ★★ (below the last: ★). */
export type StarThresholds = [number, number, number, number];
export const DEFAULT_STAR_THRESHOLDS: StarThresholds = [95, 90, 80, 70];
export const DEFAULT_CRITICAL_CAP = 59;
/** A scale item scored below this share of its maximum counts as failed (and opens a corrective action). */
export const SCALE_PASS_SHARE = 0.6;

export interface ScoringTemplate {
  criticalCap: number;
  starThresholds: StarThresholds;
  sections: Array<{ items: TemplateItem[] }>;
}

export interface ResultInput {
  itemId: number;
  result: ItemResult;
  /** For `score` (scale items): 0..maxPoints, whole numbers. */
  points?: number;
  note?: string;
  photoIds?: number[];
}

export interface ScoreOutcome {
  /** 0..100 to one decimal; null when every item is N/A. */
  score: number | null;
  earned: number;
  possible: number;
  criticalFailed: boolean;
  /** 1..5, or null without a score. */
  stars: number | null;
  failedItemIds: number[];
}

export interface ResultProblem {
  itemId: number | null;
  /** The error catalogue's code (inspection.item_*) and its parameters; `problem` is its English text. */
  code: string;
  params: Record<string, string | number>;
  problem: string;
}

function items(template: ScoringTemplate): TemplateItem[] {
  return template.sections.flatMap((s) => s.items);
}

export function itemFailed(item: TemplateItem, r: ResultInput): boolean {
  if (r.result === 'fail') return true;
  if (r.result === 'score' && item.kind === 'scale') return (r.points ?? 0) < item.maxPoints * SCALE_PASS_SHARE;
  return false;
}

/** Every problem with a set of results: unknown, repeated or missing items, N/A where not allowed, points out of range, a failure without its required photo. */
export function checkResults(
  template: ScoringTemplate,
  results: readonly ResultInput[],
  opts: { requireAll: boolean } = { requireAll: true },
): ResultProblem[] {
  const byId = new Map(items(template).map((i) => [i.id, i]));
  const seen = new Set<number>();
  const problems: ResultProblem[] = [];
  const add = (itemId: number, code: string, params: Record<string, string | number>, problem: string) =>
    problems.push({ itemId, code, params, problem });
  for (const r of results) {
    const item = byId.get(r.itemId);
    if (!item) {
      add(r.itemId, 'inspection.item_unknown', { itemId: r.itemId }, `item ${r.itemId} is not in this template`);
      continue;
    }
    const title = { title: item.title };
    if (seen.has(r.itemId)) add(r.itemId, 'inspection.item_twice', { itemId: r.itemId }, `item ${r.itemId} is answered twice`);
    seen.add(r.itemId);
    if (r.result === 'na' && !item.allowNa) add(r.itemId, 'inspection.item_no_na', title, `"${item.title}" cannot be N/A`);
    if (r.result === 'score') {
      if (item.kind !== 'scale') add(r.itemId, 'inspection.item_not_scale', title, `"${item.title}" is pass/fail, not scored`);
      else if (r.points === undefined || !Number.isInteger(r.points) || r.points < 0 || r.points > item.maxPoints) {
        add(
          r.itemId,
          'inspection.item_points',
          { ...title, max: item.maxPoints },
          `"${item.title}" needs whole points from 0 to ${item.maxPoints}`,
        );
      }
    }
    if ((r.result === 'pass' || r.result === 'fail') && item.kind === 'scale') {
      add(
        r.itemId,
        'inspection.item_scale',
        { ...title, max: item.maxPoints },
        `"${item.title}" is scored 0..${item.maxPoints}, not pass/fail`,
      );
    }
    if (item.photoOnFail && itemFailed(item, r) && !r.photoIds?.length) {
      add(r.itemId, 'inspection.item_photo_required', title, `"${item.title}" failed and needs a photo`);
    }
  }
  if (opts.requireAll) {
    for (const item of byId.values())
      if (!seen.has(item.id)) add(item.id, 'inspection.item_missing', { title: item.title }, `"${item.title}" has no result`);
  }
  return problems;
}

/** Stars for a score: thresholds are minimums for 5, 4, 3 and 2 stars; anything lower is 1 star. */
export function starsFor(score: number | null, thresholds: StarThresholds = DEFAULT_STAR_THRESHOLDS): number | null {
  if (score === null) return null;
  const [five, four, three, two] = thresholds;
  if (score >= five) return 5;
  if (score >= four) return 4;
  if (score >= three) return 3;
  if (score >= two) return 2;
  return 1;
}

/** earned / possible × 100 to one decimal, half up, in integers (no floating-point drift at .x5). */
function percentOneDecimal(earned: number, possible: number): number {
  const n = earned * 1000;
  const q = Math.floor(n / possible);
  const r = n - q * possible;
  return (2 * r >= possible ? q + 1 : q) / 10;
}

/**
 * The score of record (DESIGN.md §4): points earned over the maximum of the applicable (non-N/A) items × 100, one
 * decimal; a failed critical item caps it at the template's cap; items without a result count as not applicable.
 */
export function scoreInspection(template: ScoringTemplate, results: readonly ResultInput[]): ScoreOutcome {
  const byId = new Map(results.map((r) => [r.itemId, r]));
  let earned = 0;
  let possible = 0;
  let criticalFailed = false;
  const failedItemIds: number[] = [];
  for (const item of items(template)) {
    const r = byId.get(item.id);
    if (!r || r.result === 'na') continue;
    possible += item.maxPoints;
    if (r.result === 'pass') earned += item.maxPoints;
    else if (r.result === 'score') earned += Math.max(0, Math.min(item.maxPoints, r.points ?? 0));
    if (itemFailed(item, r)) {
      failedItemIds.push(item.id);
      if (item.critical) criticalFailed = true;
    }
  }
  let score = possible === 0 ? null : percentOneDecimal(earned, possible);
  if (score !== null && criticalFailed) score = Math.min(score, template.criticalCap);
  return { score, earned, possible, criticalFailed, stars: starsFor(score, template.starThresholds), failedItemIds };
}

export interface InspectionTemplateResponse {
  id: number;
  /** Stable across versions (the template "family"). */
  code: string;
  name: string;
  version: number;
  /** null: the general store standard (all categories). */
  categoryId: number | null;
  criticalCap: number;
  starThresholds: StarThresholds;
  active: boolean;
  /** The on-duty person's signature must accompany a submit (default true). */
  requireSignature: boolean;
  /** The on-duty person's name must accompany a submit (default true). */
  requireDutyPerson: boolean;
  sections: TemplateSection[];
}

/** One item of a template as an editor sends it (`id` of a loaded item is ignored: items are rewritten). */
/** An item as a template body sends it: a new item has no id yet; an edited one keeps its id. */
export type TemplateItemInput = Omit<TemplateItem, 'id'> & { id?: number };

export interface TemplateSectionInput {
  title: string;
  items: TemplateItemInput[];
}

/** The body of `PUT /api/inspection-templates/:id` (a new version when inspections used the old one). */
export interface UpdateTemplateRequest {
  name: string;
  /** null: the general store standard. */
  categoryId?: number | null;
  criticalCap?: number;
  starThresholds?: StarThresholds;
  active?: boolean;
  requireSignature?: boolean;
  requireDutyPerson?: boolean;
  sections: TemplateSectionInput[];
}

/** The body of `POST /api/inspection-templates`: a new family, named by its code. */
export interface CreateTemplateRequest extends UpdateTemplateRequest {
  code: string;
}

/** `GET /api/inspection-templates`: the latest active version of each family, or with `all` every version. */
export interface TemplateQuery {
  all?: boolean;
  categoryId?: number;
}

export interface CreateInspectionRequest {
  storeId: number;
  categoryId: number | null;
  templateId: number;
  results: ResultInput[];
  notes?: string;
  /** Photo id of the on-duty person's signature, drawn on screen. */
  signaturePhotoId?: number;
  dutyPersonName?: string;
  /** When the inspection was done (ISO), e.g. while offline. */
  inspectedAt?: string;
  /** Required from an ops manager when inspectedAt is further back than the back-dating window (7 days by default). */
  lateEntryReason?: string;
  /** The inspection plan (检查计划) this inspection fulfils. */
  planItemId?: number;
  /**
   * The first day (YYYY-MM-DD) of the plan's period this inspection closes: an overdue item of last month stays last
   * month's (done late). Default: the period containing inspectedAt. Only with planItemId.
   */
  planPeriodStart?: string;
}

export interface InspectionResultResponse extends ResultInput {
  title: string;
  section: string;
  maxPoints: number;
  critical: boolean;
  earned: number | null;
  failed: boolean;
}

export interface InspectionResponse {
  id: number;
  storeId: number;
  storeCode: string;
  storeName: string;
  categoryId: number | null;
  templateId: number;
  templateName: string;
  templateVersion: number;
  inspectorId: number;
  inspectorName: string;
  inspectedAt: string;
  score: number | null;
  stars: number | null;
  criticalFailed: boolean;
  notes: string | null;
  dutyPersonName: string | null;
  signaturePhotoId: number | null;
  planItemId: number | null;
  planPeriodStart: string | null;
  /** Present on GET /api/inspections/:id, omitted in lists. */
  results?: InspectionResultResponse[];
}

export type CorrectiveActionStatus = 'open' | 'closed' | 'accepted' | 'reopened';

/** Where a corrective action came from: an inspection's failed item, or a finding of another check or a meeting. */
export type CorrectiveActionSourceKind = 'inspection' | 'price_check' | 'quality_check' | 'meeting';
export const CORRECTIVE_ACTION_SOURCE_KINDS: readonly CorrectiveActionSourceKind[] = [
  'inspection',
  'price_check',
  'quality_check',
  'meeting',
];

export interface CorrectiveActionResponse {
  id: number;
  /** Null for an action that did not come from an inspection (see sourceKind, sourceId, title). */
  inspectionId: number | null;
  sourceKind: CorrectiveActionSourceKind;
  sourceId: number | null;
  /** What to fix: the failed item's title, or the finding's. */
  title: string;
  storeId: number;
  storeCode: string;
  storeName: string;
  /** The inspection's category (null: the general standard). */
  categoryId: number | null;
  itemId: number | null;
  itemTitle: string;
  /** The section of the template the failed item is in. */
  sectionTitle: string;
  critical: boolean;
  /** Who found the failure, when, what they wrote about it and the photos they took (photo ids, GET /api/photos/:id). */
  inspectorId: number | null;
  inspectorName: string;
  inspectedAt: string | null;
  failureNote: string | null;
  failurePhotoIds: number[];
  status: CorrectiveActionStatus;
  dueAt: string;
  overdue: boolean;
  closedNote: string | null;
  closedPhotoId: number | null;
  closedAt: string | null;
  verifiedBy: string | null;
  verifiedAt: string | null;
  reopenReason: string | null;
  version: number;
}

/** Counts of the corrective actions a filter selects, by status, and how many of them are overdue. */
export interface CorrectiveActionSummary {
  total: number;
  open: number;
  reopened: number;
  closed: number;
  accepted: number;
  overdue: number;
}

/** `GET /api/inspections`: days are inclusive (YYYY-MM-DD, China time). */
export interface InspectionQuery extends PageQuery {
  storeId?: number;
  categoryId?: number;
  from?: string;
  to?: string;
}

/** The filters of 整改 and of its counts (`GET /api/corrective-actions/summary`). */
export interface CorrectiveActionFilter extends PageQuery {
  storeId?: number;
  overdue?: boolean;
  inspectionId?: number;
  /** A category, or 0 for the general store standard. */
  categoryId?: number;
  /** Who inspected (and found the failure). */
  inspectorId?: number;
  /** Due on or after / on or before this day (YYYY-MM-DD, China time). */
  dueFrom?: string;
  dueTo?: string;
}

/** `GET /api/corrective-actions`: the filters and one status or several (sent comma-separated). */
export interface CorrectiveActionQuery extends CorrectiveActionFilter {
  status?: CorrectiveActionStatus | CorrectiveActionStatus[];
}

/** The store closes a corrective action with a note and a photo of the fix. */
export interface CloseCorrectiveActionRequest {
  note: string;
  photoId: number;
}

/** The inspector accepts a closed action, or reopens it with a reason. */
export interface VerifyCorrectiveActionRequest {
  accepted: boolean;
  reason?: string;
}

/** 批量验收: accept (or reopen, with one reason) several closed actions at once; all or nothing. */
export interface BulkVerifyCorrectiveActionsRequest {
  ids: number[];
  accepted: boolean;
  reason?: string;
}

export interface BulkVerifyCorrectiveActionsResponse {
  items: CorrectiveActionResponse[];
}

/** `GET /api/rankings/inspections`: scope is all, region:<id> or format:<format>. */
export interface InspectionRankingQuery {
  period: string;
  categoryId?: number;
  scope?: string;
}

export interface InspectionRankingRow {
  storeId: number;
  storeCode: string;
  storeName: string;
  rank: number | null;
  score: number | null;
  inspections: number;
  stars: number | null;
}

export interface InspectionRankingResponse {
  period: string;
  categoryId: number | null;
  scope: string;
  rows: InspectionRankingRow[];
}
