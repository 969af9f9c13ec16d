import {
  ApiError,
  CreateViolationRequest,
  MAX_FINE_FEN,
  MAX_PENALTY_STEPS,
  PenaltyKind,
  PenaltyStep,
  Role,
  VIOLATION_DECIDERS,
  VIOLATION_RULE_CODE_PATTERN,
  ViolationCategory,
  ViolationPreviewQuery,
  ViolationResponse,
  ViolationStatus,
  ViolationSubjectType,
} from '@storeops/shared/contracts';
import { detailText, fenToYuan, formatMoney, I18nService, isApiError, parseYuan, toApiError } from '@storeops/web/shared/util';

/** The office (and the admin) records violations, approves them, decides appeals and keeps the rule book. */
export function isViolationOffice(role: Role | null | undefined): boolean {
  return !!role && VIOLATION_DECIDERS.includes(role);
}

export const statusKey = (s: ViolationStatus): string => `violations.status.${s}`;
export const subjectTypeKey = (t: ViolationSubjectType): string => `violations.subjectType.${t}`;
export const penaltyKindKey = (k: PenaltyKind): string => `violations.penalty.${k}`;
export const categoryKey = (c: ViolationCategory): string => `violations.category.${c}`;

/** A step as words: 口头警告, 罚款 ¥100.00. */
export function penaltyText(step: PenaltyStep, t: (key: string) => string, locale: string): string {
  const kind = t(penaltyKindKey(step.kind));
  return step.kind === 'fine' ? `${kind} ${formatMoney(step.amountFen ?? 0, locale)}` : kind;
}

export type ViolationAction = 'approve' | 'appeal' | 'decide';

/**
 * The actions the page offers: exactly those the API says the caller may take now (it knows the subject's manager
 * and whether the one appeal was used), in the order a violation moves through them.
 */
export function violationActions(v: Pick<ViolationResponse, 'canApprove' | 'canAppeal' | 'canDecide'> | null): ViolationAction[] {
  if (!v) return [];
  const out: ViolationAction[] = [];
  if (v.canApprove) out.push('approve');
  if (v.canAppeal) out.push('appeal');
  if (v.canDecide) out.push('decide');
  return out;
}

/** Why no appeal is offered, when that is worth saying: already used, or nobody above the subject to appeal. */
export function appealNote(
  v: Pick<ViolationResponse, 'appeal' | 'appealerRole' | 'status' | 'canAppeal'> | null,
): 'violations.appeal.used' | 'violations.appeal.nobody' | null {
  if (!v || v.canAppeal) return null;
  if (v.appeal) return 'violations.appeal.used';
  if (v.appealerRole === null && v.status !== 'overturned') return 'violations.appeal.nobody';
  return null;
}

export interface TimelineStep {
  key: 'recorded' | 'approved' | 'appealed' | 'upheld' | 'overturned';
  by: string;
  at: string;
  text: string | null;
}

/** The violation's history as the response carries it: recorded, approved, appealed, the appeal's decision. */
export function violationTimeline(v: ViolationResponse): TimelineStep[] {
  const steps: TimelineStep[] = [{ key: 'recorded', by: v.recordedBy, at: v.recordedAt, text: null }];
  if (v.approvedAt) steps.push({ key: 'approved', by: v.approvedBy ?? '', at: v.approvedAt, text: v.approvalComment });
  if (v.appeal) {
    steps.push({ key: 'appealed', by: v.appeal.by, at: v.appeal.at, text: v.appeal.reason });
    if (v.appeal.decision && v.appeal.decidedAt)
      steps.push({
        key: v.appeal.decision === 'uphold' ? 'upheld' : 'overturned',
        by: v.appeal.decidedBy ?? '',
        at: v.appeal.decidedAt,
        text: v.appeal.comment,
      });
  }
  return steps;
}

/** What the recording form collects. `occurredAt` is a local date-time input's value. */
export interface ViolationDraft {
  subjectType: ViolationSubjectType;
  subjectId: number | null;
  ruleCode: string | null;
  occurredAt: string;
  facts: string;
}

/** A local date-time input's value as an instant, or null when it is no time. */
function instantOf(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return null;
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** The preview's query once subject, rule and time are chosen; null until then (nothing to ask yet). */
export function previewQueryOf(d: ViolationDraft): ViolationPreviewQuery | null {
  const occurredAt = instantOf(d.occurredAt);
  if (d.subjectId === null || !d.ruleCode || !occurredAt) return null;
  return { subjectType: d.subjectType, subjectId: d.subjectId, ruleCode: d.ruleCode, occurredAt };
}

export type DraftErrors = Partial<Record<keyof ViolationDraft, string>>;
const REQUIRED = 'violations.form.required';

/** The request the form makes, or the fields still missing (the API checks again: a future time, an unknown rule). */
export function buildViolation(
  d: ViolationDraft,
  now: Date,
): { ok: true; body: CreateViolationRequest } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  if (d.subjectId === null) errors.subjectId = REQUIRED;
  if (!d.ruleCode) errors.ruleCode = REQUIRED;
  const occurredAt = instantOf(d.occurredAt);
  if (!occurredAt) errors.occurredAt = REQUIRED;
  else if (Date.parse(occurredAt) > now.getTime()) errors.occurredAt = 'violations.form.future';
  const facts = d.facts.trim();
  if (!facts) errors.facts = REQUIRED;
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    body: {
      subjectType: d.subjectType,
      subjectId: d.subjectId as number,
      ruleCode: d.ruleCode as string,
      occurredAt: occurredAt as string,
      facts,
    },
  };
}

/** One step as the rule form edits it: a fine's amount typed in 元. */
export interface StepDraft {
  kind: PenaltyKind;
  yuan: string;
}

export interface RuleDraft {
  code: string;
  title: string;
  category: ViolationCategory | null;
  description: string;
  steps: StepDraft[];
}

export type RuleErrors = Partial<Record<'code' | 'title' | 'category' | 'description' | 'steps', string>> & {
  stepAmounts?: Record<number, string>;
};

export function stepDraftsOf(steps: readonly PenaltyStep[]): StepDraft[] {
  return steps.map((s) => ({ kind: s.kind, yuan: s.kind === 'fine' && s.amountFen ? fenToYuan(s.amountFen) : '' }));
}

/**
 * The rule the form describes, or what is wrong: a code like WJ-012 (new rules only), a title, a category, a text,
 * 1 to 6 steps, and a fine's amount in 元 (more than 0, at most two decimals).
 */
export function buildRule(
  d: RuleDraft,
  isNew: boolean,
):
  | { ok: true; code: string; title: string; category: ViolationCategory; description: string; steps: PenaltyStep[] }
  | { ok: false; errors: RuleErrors } {
  const errors: RuleErrors = {};
  const code = d.code.trim().toUpperCase();
  if (isNew && !VIOLATION_RULE_CODE_PATTERN.test(code)) errors.code = 'violations.rules.codeFormat';
  if (!d.title.trim()) errors.title = REQUIRED;
  if (!d.category) errors.category = REQUIRED;
  if (!d.description.trim()) errors.description = REQUIRED;
  if (!d.steps.length || d.steps.length > MAX_PENALTY_STEPS) errors.steps = 'violations.rules.stepCount';
  const steps: PenaltyStep[] = [];
  d.steps.forEach((s, i) => {
    if (s.kind !== 'fine') {
      steps.push({ kind: s.kind });
      return;
    }
    const parsed = parseYuan(s.yuan);
    if (!parsed.ok || parsed.fen <= 0 || parsed.fen > MAX_FINE_FEN) {
      errors.stepAmounts = { ...errors.stepAmounts, [i]: 'violations.rules.amountInvalid' };
      return;
    }
    steps.push({ kind: 'fine', amountFen: parsed.fen });
  });
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, code, title: d.title.trim(), category: d.category as ViolationCategory, description: d.description.trim(), steps };
}

/** A 409 naming `version`: someone else changed the violation (or the rule) after it was shown. */
export function isConflict(e: unknown): boolean {
  return isApiError(e) && e.statusCode === 409 && e.details.some((d) => d.field === 'version');
}

/**
 * A failed request as one line: a conflict says so plainly (the page then shows the record as it now is), a refused
 * file as the upload explains it, anything else as the server words it (in the interface language) with its problems.
 */
export function violationErrorText(e: unknown, i18n: I18nService): string {
  const error: ApiError = isApiError(e) ? e : toApiError(e);
  if (error.statusCode === 0) return i18n.t('common.networkError');
  if (isConflict(error)) return i18n.t('violations.error.conflict');
  if (error.statusCode === 415) return i18n.t('violations.error.fileType');
  if (error.statusCode === 413) return i18n.t('violations.error.fileTooLarge');
  return [error.message, ...(error.details ?? []).map(detailText)].filter(Boolean).join('；');
}
