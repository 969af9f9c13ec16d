/**
 * Violations 违纪 (DESIGN.md §7, issue 16): the office's rule book with progressive penalties, violations of a
 * person, a department or a whole store, the penalty proposed from the subject's history within 12 months, approval,
 * one appeal and its decision. Pure: the API stores and the web shows; both read the rules from here.
 */
import { PageQuery } from './api';
import { Role } from './roles';

export type ViolationSubjectType = 'person' | 'department' | 'store';
export const VIOLATION_SUBJECT_TYPES: readonly ViolationSubjectType[] = ['person', 'department', 'store'];

/** 口头警告 → 书面警告 → 通报批评 → 罚款 → 降级 → 辞退. */
export type PenaltyKind = 'verbal_warning' | 'written_warning' | 'circulated' | 'fine' | 'demotion' | 'dismissal';
export const PENALTY_KINDS: readonly PenaltyKind[] = ['verbal_warning', 'written_warning', 'circulated', 'fine', 'demotion', 'dismissal'];

/** 考勤纪律, 服务规范, 收银管理, 价格管理, 食品安全, 安全消防, 卫生, 廉洁, 营运规范. */
export type ViolationCategory =
  | 'attendance'
  | 'service'
  | 'cash'
  | 'pricing'
  | 'food_safety'
  | 'safety'
  | 'hygiene'
  | 'integrity'
  | 'operations';
export const VIOLATION_CATEGORIES: readonly ViolationCategory[] = [
  'attendance',
  'service',
  'cash',
  'pricing',
  'food_safety',
  'safety',
  'hygiene',
  'integrity',
  'operations',
];

/**
 * proposed 待审批 → approved 已生效 → appealed 申诉中 → upheld 维持 | overturned 撤销. An approved violation may be
 * appealed once; an overturned one no longer counts (neither in the subject's history nor in the store's count).
 */
export type ViolationStatus = 'proposed' | 'approved' | 'appealed' | 'upheld' | 'overturned';
export const VIOLATION_STATUSES: readonly ViolationStatus[] = ['proposed', 'approved', 'appealed', 'upheld', 'overturned'];

export type AppealDecision = 'uphold' | 'overturn';
export const APPEAL_DECISIONS: readonly AppealDecision[] = ['uphold', 'overturn'];

/** The history that proposes the penalty: the same rule within this many months before the violation. */
export const VIOLATION_LOOKBACK_MONTHS = 12;
/** A rule book entry has 1 to this many steps. */
export const MAX_PENALTY_STEPS = 6;
/** A fine of at most ¥10 万 (in 分). */
export const MAX_FINE_FEN = 10_000_000;
export const VIOLATION_RULE_CODE_PATTERN = /^[A-Z]{2,4}-\d{3}$/;

/** One step of a rule's progressive penalties; a fine names its amount in 分. */
export interface PenaltyStep {
  kind: PenaltyKind;
  amountFen?: number | null;
}

/** The step proposed for a violation: its index (0 = first offence) and what it is. */
export interface ProposedPenalty extends PenaltyStep {
  step: number;
}

export interface ViolationHistoryEntry {
  subjectType: ViolationSubjectType;
  subjectId: number;
  ruleCode: string;
  occurredAt: string | Date;
  status: ViolationStatus;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * The instant `months` calendar months before `at` on the China clock (2026-03-31 → 2025-03-31; a day the earlier
 * month lacks falls back to its last day: 2024-02-29 − 12 months → 2023-02-28).
 */
export function monthsBefore(at: Date, months: number): Date {
  const local = new Date(at.getTime() + CHINA_OFFSET_MS);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() - months;
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(local.getUTCDate(), lastDay);
  const shifted = Date.UTC(
    targetYear,
    targetMonth,
    day,
    local.getUTCHours(),
    local.getUTCMinutes(),
    local.getUTCSeconds(),
    local.getUTCMilliseconds(),
  );
  return new Date(shifted - CHINA_OFFSET_MS);
}

/**
 * 前科次数: the subject's earlier violations of the same rule within the 12 months before `occurredAt` — strictly
 * after the instant 12 months earlier (one exactly 12 months before has lapsed) and strictly before `occurredAt`.
 * Overturned ones do not count; other rules and other subjects do not either.
 */
export function priorViolationCount(
  history: readonly ViolationHistoryEntry[],
  subject: { subjectType: ViolationSubjectType; subjectId: number },
  ruleCode: string,
  occurredAt: string | Date,
  months = VIOLATION_LOOKBACK_MONTHS,
): number {
  const at = new Date(occurredAt).getTime();
  const from = monthsBefore(new Date(at), months).getTime();
  return history.filter((h) => {
    if (h.status === 'overturned' || h.ruleCode !== ruleCode) return false;
    if (h.subjectType !== subject.subjectType || h.subjectId !== subject.subjectId) return false;
    const t = new Date(h.occurredAt).getTime();
    return t > from && t < at;
  }).length;
}

/** The step proposed after `priorCount` earlier violations: steps[min(priorCount, last)]. */
export function proposePenalty(steps: readonly PenaltyStep[], priorCount: number): ProposedPenalty {
  if (!steps.length) throw new Error('A rule has at least one penalty step');
  const step = Math.min(Math.max(0, Math.floor(priorCount)), steps.length - 1);
  const s = steps[step];
  return { step, kind: s.kind, amountFen: s.kind === 'fine' ? (s.amountFen ?? 0) : null };
}

/** What is wrong with a rule's steps, as [index, problem code] pairs (empty when they are fine). */
export function penaltyStepProblems(steps: readonly PenaltyStep[]): Array<{ index: number; code: string }> {
  const out: Array<{ index: number; code: string }> = [];
  steps.forEach((s, index) => {
    if (s.kind === 'fine' && !(Number.isInteger(s.amountFen) && (s.amountFen as number) > 0))
      out.push({ index, code: 'violation.fine_amount_required' });
    if (s.kind !== 'fine' && s.amountFen !== undefined && s.amountFen !== null) out.push({ index, code: 'violation.amount_only_fine' });
  });
  return out;
}

/** Who appeals a subject's violation: a role, within a store for a 店长 (null storeId = anyone of the role). */
export interface ViolationAppealer {
  role: Role;
  storeId: number | null;
}

/**
 * 申诉人: the subject's manager. A store's (and a store employee's) is its 店长; a 店长's own is the 营运部长;
 * a headquarters person's is the 营运部长 for a specialist and the 营运总监 for everyone else; a department's is
 * its head role. The 营运总监 has no manager in the system: their violations cannot be appealed (null).
 */
export function violationAppealer(subject: {
  subjectType: ViolationSubjectType;
  storeId: number | null;
  personRole?: Role | null;
  departmentHeadRole?: Role | null;
}): ViolationAppealer | null {
  if (subject.subjectType === 'store') return subject.storeId !== null ? { role: Role.StoreManager, storeId: subject.storeId } : null;
  if (subject.subjectType === 'department') return subject.departmentHeadRole ? { role: subject.departmentHeadRole, storeId: null } : null;
  const role = subject.personRole ?? null;
  if (role === Role.StoreManager) return { role: Role.OpsManager, storeId: null };
  if (subject.storeId !== null) return { role: Role.StoreManager, storeId: subject.storeId };
  if (role === Role.Director || role === null) return null;
  if (role === Role.Specialist) return { role: Role.OpsManager, storeId: null };
  return { role: Role.Director, storeId: null };
}

/** Whether a caller is the appealer (a 店长 only for their store). */
export function isAppealer(user: { role: Role; storeId: number | null }, appealer: ViolationAppealer | null): boolean {
  if (!appealer || user.role !== appealer.role) return false;
  return appealer.storeId === null || appealer.storeId === user.storeId;
}

/** Who approves a violation and decides an appeal: the office (there is no separate office-head role) and the admin. */
export const VIOLATION_DECIDERS: readonly Role[] = [Role.AdminOffice, Role.Admin];

export interface ViolationRuleResponse {
  id: number;
  code: string;
  title: string;
  category: ViolationCategory;
  description: string;
  steps: PenaltyStep[];
  active: boolean;
  version: number;
}

export interface CreateViolationRuleRequest {
  code: string;
  title: string;
  category: ViolationCategory;
  description: string;
  steps: PenaltyStep[];
}

export interface UpdateViolationRuleRequest {
  title?: string;
  category?: ViolationCategory;
  description?: string;
  steps?: PenaltyStep[];
  active?: boolean;
  version: number;
}

/** A chain department that can be a violation's subject (营运部, 综合管理处, 采购部 …) and who heads it. */
export interface ViolationDepartmentResponse {
  id: number;
  code: string;
  name: string;
  headRole: Role;
}

/** One choice of the subject picker. */
export interface ViolationSubjectOption {
  subjectType: ViolationSubjectType;
  id: number;
  name: string;
  /** A person's role and store, a store's code, a department's code. */
  detail: string;
  storeId: number | null;
}

export interface ViolationSubjectQuery {
  subjectType: ViolationSubjectType;
  q?: string;
}

export interface CreateViolationRequest {
  subjectType: ViolationSubjectType;
  subjectId: number;
  ruleCode: string;
  occurredAt: string;
  facts: string;
}

/** 预览: what recording this violation would propose, without saving anything. */
export interface ViolationPreviewQuery {
  subjectType: ViolationSubjectType;
  subjectId: number;
  ruleCode: string;
  occurredAt: string;
}

export interface ViolationPreviewResponse {
  priorCount: number;
  proposedPenalty: ProposedPenalty;
  storeId: number | null;
  subjectName: string;
}

export interface ViolationQuery extends PageQuery {
  storeId?: number;
  subjectType?: ViolationSubjectType;
  status?: ViolationStatus;
  ruleCode?: string;
  /** Occurred from this China day (YYYY-MM-DD) or instant on. */
  from?: string;
  /** Occurred up to this China day's end (YYYY-MM-DD) or before this instant. */
  to?: string;
}

export interface ApproveViolationRequest {
  version: number;
  comment?: string;
}

export interface AppealViolationRequest {
  reason: string;
  version: number;
}

export interface DecideAppealRequest {
  decision: AppealDecision;
  comment?: string;
  version: number;
}

export interface ViolationAttachmentResponse {
  id: number;
  fileName: string;
  mimeType: string;
  bytes: number;
  uploadedBy: string;
  uploadedAt: string;
}

export interface ViolationListItem {
  id: number;
  subjectType: ViolationSubjectType;
  subjectId: number;
  subjectName: string;
  storeId: number | null;
  storeCode: string | null;
  storeName: string | null;
  ruleCode: string;
  ruleTitle: string;
  category: ViolationCategory | null;
  occurredAt: string;
  priorCount: number;
  proposedPenalty: ProposedPenalty;
  status: ViolationStatus;
  version: number;
}

export interface ViolationAppeal {
  reason: string;
  by: string;
  at: string;
  decision: AppealDecision | null;
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
}

export interface ViolationResponse extends ViolationListItem {
  facts: string;
  recordedBy: string;
  recordedAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  approvalComment: string | null;
  appeal: ViolationAppeal | null;
  /** Who may appeal (the subject's manager); null when nobody can. */
  appealerRole: Role | null;
  canApprove: boolean;
  canAppeal: boolean;
  canDecide: boolean;
  attachments: ViolationAttachmentResponse[];
}

/** Violations per month of a span: the ranking component's raw value (lower is better). */
export function violationsPerMonth(count: number, months: number): number | null {
  if (!(months > 0)) return null;
  return count / months;
}
