/**
 * Supplier issues 供应商问题 of DESIGN.md §7 / issue 16: a problem with a supplier raised by the office, a buyer, a
 * quality check or a complaint; a response deadline for the supplier (working days from the office's settings) and
 * a fix deadline from the contract's clause where one names a rectification period (else the settings' default);
 * states open → responded → fixed → verified, or escalated to the 营运总监 (the product has no purchasing-head role:
 * the director is the buyers' and the office's superior); counted in the supplier scorecard only in months with
 * activity.
 */
import { PageQuery } from './api';
import { Role } from './roles';

export type SupplierIssueKind = 'short_delivery' | 'quality' | 'price' | 'invoice' | 'conduct' | 'other';
export const SUPPLIER_ISSUE_KINDS: readonly SupplierIssueKind[] = ['short_delivery', 'quality', 'price', 'invoice', 'conduct', 'other'];

export type SupplierIssueStatus = 'open' | 'responded' | 'fixed' | 'verified' | 'escalated';
export const SUPPLIER_ISSUE_STATUSES: readonly SupplierIssueStatus[] = ['open', 'responded', 'fixed', 'verified', 'escalated'];
/** The statuses whose deadlines still run. */
export const OPEN_SUPPLIER_ISSUE_STATUSES: readonly SupplierIssueStatus[] = ['open', 'responded', 'fixed', 'escalated'];

export type SupplierIssueAction = 'respond' | 'fix' | 'verify' | 'reopen' | 'escalate';
export const SUPPLIER_ISSUE_ACTIONS: readonly SupplierIssueAction[] = ['respond', 'fix', 'verify', 'reopen', 'escalate'];

export type SupplierIssueSourceKind = 'quality_check' | 'complaint' | 'manual';
export const SUPPLIER_ISSUE_SOURCE_KINDS: readonly SupplierIssueSourceKind[] = ['quality_check', 'complaint', 'manual'];

const { Admin, AdminOffice, Buyer, Director, StoreManager } = Role;

/** Who raises and works issues: the office, the buyers, the admin. */
export const SUPPLIER_ISSUE_WRITERS: readonly Role[] = [AdminOffice, Buyer, Admin];
/** Who reads every issue; a 店长 reads only the issues that name their store. */
export const SUPPLIER_ISSUE_READERS: readonly Role[] = [Director, AdminOffice, Buyer, Admin, StoreManager];
/** Where an escalated issue goes: the 营运总监 (no purchasing-head role exists). */
export const SUPPLIER_ISSUE_ESCALATION_ROLE: Role = Director;

export interface SupplierIssueTransitionRule {
  to: SupplierIssueStatus;
  roles: readonly Role[];
  noteRequired: boolean;
}

const WRITERS = SUPPLIER_ISSUE_WRITERS;
const ESCALATED = [Director, AdminOffice, Buyer, Admin] as const;

/**
 * state × action → who may and where it leads; anything absent is illegal from that state (409 naming the allowed
 * actions). respond/fix record what the supplier said and did; verify accepts the fix (office or admin: the side
 * that checks, not the buyer who chases); reopen sends a rejected fix back to responded, or a verified issue back to
 * open (new deadlines); an escalated issue is the director's to push, and the supplier's response or fix still
 * moves it on.
 */
export const SUPPLIER_ISSUE_WORKFLOW: Readonly<
  Record<SupplierIssueStatus, Partial<Record<SupplierIssueAction, SupplierIssueTransitionRule>>>
> = {
  open: {
    respond: { to: 'responded', roles: WRITERS, noteRequired: true },
    escalate: { to: 'escalated', roles: WRITERS, noteRequired: true },
  },
  responded: {
    fix: { to: 'fixed', roles: WRITERS, noteRequired: true },
    escalate: { to: 'escalated', roles: WRITERS, noteRequired: true },
  },
  fixed: {
    verify: { to: 'verified', roles: [AdminOffice, Admin], noteRequired: false },
    reopen: { to: 'responded', roles: [AdminOffice, Admin], noteRequired: true },
  },
  escalated: {
    respond: { to: 'responded', roles: ESCALATED, noteRequired: true },
    fix: { to: 'fixed', roles: ESCALATED, noteRequired: true },
  },
  verified: {
    reopen: { to: 'open', roles: [AdminOffice, Admin], noteRequired: true },
  },
};

/** The roles the transitions route admits at all; the others meet the guard's 403. */
export const SUPPLIER_ISSUE_ACTORS: readonly Role[] = [...ESCALATED];

export function allowedSupplierIssueActions(status: SupplierIssueStatus, role?: Role): SupplierIssueAction[] {
  const rules = SUPPLIER_ISSUE_WORKFLOW[status];
  return SUPPLIER_ISSUE_ACTIONS.filter((a) => rules[a] && (role === undefined || rules[a]?.roles.includes(role)));
}

export type SupplierIssueDecision =
  | { ok: true; to: SupplierIssueStatus; noteRequired: boolean }
  | { ok: false; status: 403 | 409; code: string; params: Record<string, string> };

/** Whether `role` may take `action` on an issue in `status`: 403 for a role that never may, 409 for the wrong state. */
export function decideSupplierIssueTransition(status: SupplierIssueStatus, action: SupplierIssueAction, role: Role): SupplierIssueDecision {
  const rolesForAction = new Set(SUPPLIER_ISSUE_STATUSES.flatMap((s) => SUPPLIER_ISSUE_WORKFLOW[s][action]?.roles ?? []));
  if (!rolesForAction.has(role))
    return { ok: false, status: 403, code: 'supplier_issue.role_may_not', params: { role, action, roles: [...rolesForAction].join(', ') } };
  const rule = SUPPLIER_ISSUE_WORKFLOW[status][action];
  if (!rule)
    return {
      ok: false,
      status: 409,
      code: 'supplier_issue.wrong_state',
      params: { status, action, allowed: allowedSupplierIssueActions(status).join(', ') },
    };
  if (!rule.roles.includes(role))
    return {
      ok: false,
      status: 403,
      code: 'supplier_issue.role_may_not_in_state',
      params: { role, action, status, roles: rule.roles.join(', ') },
    };
  return { ok: true, to: rule.to, noteRequired: rule.noteRequired };
}

// ---------------------------------------------------------------------------------------------------------------
// Deadlines

/** The office's defaults: the supplier responds within 2 working days and fixes within 7 unless a clause says else. */
export const DEFAULT_SUPPLIER_ISSUE_SETTINGS: SupplierIssueSettings = { responseWorkingDays: 2, fixWorkingDays: 7 };
export const MAX_SUPPLIER_ISSUE_DAYS = 60;

export interface SupplierIssueSettings {
  responseWorkingDays: number;
  fixWorkingDays: number;
}
export interface SupplierIssueSettingsResponse extends SupplierIssueSettings {
  /** Who saved them last (null: the defaults). */
  updatedBy: string | null;
  updatedAt: string | null;
}
export type UpdateSupplierIssueSettingsRequest = SupplierIssueSettings;

/**
 * A clause's rectification period 整改期限 in working days: a clause whose text or commitment speaks of 整改 / 纠正 /
 * 改正 / 处理 (or rectify/fix) and names "N 个工作日" (or "N working days"), 1 to 60; null when it names none.
 */
export function clauseFixWorkingDays(clause: { text: string; commitment: string }): number | null {
  const all = `${clause.text} ${clause.commitment}`;
  if (!/整改|纠正|改正|处理|rectif|fix/i.test(all)) return null;
  const m = /(\d{1,3})\s*(?:个)?\s*(?:工作日|working\s+days?)/i.exec(all);
  if (!m) return null;
  const days = Number(m[1]);
  return days >= 1 && days <= MAX_SUPPLIER_ISSUE_DAYS ? days : null;
}

/** The fix period a contract gives: the shortest period any of its clauses names, with that clause; null: none. */
export function contractFixPeriod<C extends { id: number; text: string; commitment: string }>(
  clauses: readonly C[],
): { days: number; clauseId: number } | null {
  let best: { days: number; clauseId: number } | null = null;
  for (const c of clauses) {
    const days = clauseFixWorkingDays(c);
    if (days !== null && (!best || days < best.days)) best = { days, clauseId: c.id };
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// Scorecard

/** One issue as the scorecard counts it. */
export interface ScoredIssue {
  raisedAt: Date;
  responseDueAt: Date;
  respondedAt: Date | null;
}

export interface SupplierIssueMonth {
  /** Issues raised in the month; null when the month had no activity for the supplier (not scored). */
  issuesRaised: number | null;
  /** Of them, answered by the response deadline / answered late or still unanswered past it. */
  respondedOnTime: number | null;
  respondedLate: number | null;
  /** on time / (on time + late), to 4 decimals; null without any decided issue or without activity. */
  responseOnTimeRate: number | null;
}

/**
 * The month's issue figures of one supplier. A month with no contract in force, no clause check and no issue is
 * not scored: every figure is null (neither a perfect 0 issues nor a zero rate). An issue not answered and not yet
 * due at `now` counts in issuesRaised but in neither on time nor late.
 */
export function supplierIssueMonth(active: boolean, issues: readonly ScoredIssue[], now: Date): SupplierIssueMonth {
  if (!active && !issues.length) return { issuesRaised: null, respondedOnTime: null, respondedLate: null, responseOnTimeRate: null };
  let onTime = 0;
  let late = 0;
  for (const i of issues) {
    if (i.respondedAt) {
      if (i.respondedAt.getTime() <= i.responseDueAt.getTime()) onTime++;
      else late++;
    } else if (now.getTime() > i.responseDueAt.getTime()) late++;
  }
  const decided = onTime + late;
  return {
    issuesRaised: issues.length,
    respondedOnTime: onTime,
    respondedLate: late,
    responseOnTimeRate: decided ? Math.round((onTime / decided) * 10_000) / 10_000 : null,
  };
}

/** Points the scorecard takes off per issue answered late (or unanswered past its deadline). */
export const LATE_RESPONSE_PENALTY = 5;

// ---------------------------------------------------------------------------------------------------------------
// Requests and responses

export interface SupplierIssueSource {
  kind: SupplierIssueSourceKind;
  /** The quality check's or complaint's id; null for a manual issue. */
  id: number | null;
}

export interface SupplierIssueSourceInput {
  kind: SupplierIssueSourceKind;
  id?: number;
}

export interface CreateSupplierIssueRequest {
  supplierId: number;
  contractId?: number;
  storeId?: number;
  kind: SupplierIssueKind;
  description: string;
  /** Where the issue came from (default: manual). */
  source?: SupplierIssueSourceInput;
}

export interface SupplierIssueTransitionRequest {
  action: SupplierIssueAction;
  /** What the supplier said / did, why it is escalated or reopened (required except to verify). */
  note?: string;
  version: number;
}

export interface SupplierIssueQuery extends PageQuery {
  supplierId?: number;
  status?: SupplierIssueStatus;
  storeId?: number;
}

export interface SupplierIssueIdParams {
  id: number;
}

export type SupplierIssueEventAction = SupplierIssueAction | 'create';

export interface SupplierIssueTimelineEntry {
  action: SupplierIssueEventAction;
  fromStatus: SupplierIssueStatus | null;
  toStatus: SupplierIssueStatus;
  by: string;
  byName: string;
  at: string;
  note: string | null;
}

export interface SupplierIssueListItem {
  id: number;
  supplierId: number;
  supplierCode: string;
  supplierName: string;
  contractId: number | null;
  contractNumber: string | null;
  storeId: number | null;
  storeName: string | null;
  kind: SupplierIssueKind;
  description: string;
  source: SupplierIssueSource;
  status: SupplierIssueStatus;
  raisedBy: string;
  raisedByName: string;
  raisedAt: string;
  /** When the supplier must have answered (working days on the calendar). */
  responseDueAt: string;
  respondedAt: string | null;
  /** When the supplier must have fixed it: from the contract clause's 整改期限 where one applies. */
  fixDueAt: string;
  fixDays: number;
  /** The clause the fix period comes from; null: the office's default. */
  fixClauseId: number | null;
  fixedAt: string | null;
  verifiedAt: string | null;
  escalatedAt: string | null;
  /** 1, then one more per reopening (each round has its own deadlines). */
  round: number;
  /** The running deadline has passed (the response while unanswered, else the fix while unfixed). */
  overdue: boolean;
  version: number;
}

export interface SupplierIssueResponse extends SupplierIssueListItem {
  timeline: SupplierIssueTimelineEntry[];
  /** The actions the caller may take now. */
  allowedActions: SupplierIssueAction[];
}
