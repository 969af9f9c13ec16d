/** Suppliers and contracts of DESIGN.md §6: the credit-code check, the contract workflow, clause results, scorecards. */
import { PageQuery } from './api';
import { Role } from './roles';

// ---------------------------------------------------------------------------------------------------------------
// 统一社会信用代码 (GB 32100-2015)

/** The 31 characters a credit code may use: digits and capitals without I, O, Z, S, V. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th character for the first 17, or null when one of them is outside the charset. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * CREDIT_CODE_WEIGHTS[i];
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

/** Why a credit code is refused, or null when it is valid (18 characters of the charset, correct check digit). */
export function creditCodeProblem(code: string): string | null {
  return creditCodeIssue(code)?.problem ?? null;
}

/** What is wrong with a 统一社会信用代码 as an error catalogue code (supplier.credit_code_*) and its parameters, or null. */
export function creditCodeIssue(code: string): { code: string; params: Record<string, string>; problem: string } | null {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code))
    return { code: 'supplier.credit_code_format', params: {}, problem: 'must be 18 characters of 0-9 and A-Z without I, O, S, V, Z' };
  if (!/^[0-9]{6}$/.test(code.slice(2, 8)))
    return {
      code: 'supplier.credit_code_division',
      params: {},
      problem: 'characters 3-8 must be the 6-digit administrative division code',
    };
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected === code[17]) return null;
  const params = { actual: code[17] ?? '', expected: expected ?? '' };
  return { code: 'supplier.credit_code_check', params, problem: `check digit is ${code[17]}, expected ${expected}` };
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}

// ---------------------------------------------------------------------------------------------------------------
// Suppliers

export type SupplierStatus = 'onboarding' | 'active' | 'eliminated';
export const SUPPLIER_STATUSES: readonly SupplierStatus[] = ['onboarding', 'active', 'eliminated'];

/** 引进中 → 合作中 → 淘汰; an eliminated supplier may be brought back to onboarding. */
export const SUPPLIER_STATUS_NEXT: Readonly<Record<SupplierStatus, readonly SupplierStatus[]>> = {
  onboarding: ['active', 'eliminated'],
  active: ['eliminated'],
  eliminated: ['onboarding'],
};

export interface SupplierContact {
  name: string;
  phone: string;
  role?: string;
}

export interface CreateSupplierRequest {
  code: string;
  name: string;
  creditCode: string;
  categoryIds: number[];
  contacts?: SupplierContact[];
}

export interface UpdateSupplierRequest {
  version: number;
  name?: string;
  creditCode?: string;
  categoryIds?: number[];
  contacts?: SupplierContact[];
  status?: SupplierStatus;
  /** Required when the status becomes eliminated. */
  statusReason?: string;
}

export interface SupplierResponse {
  id: number;
  code: string;
  name: string;
  creditCode: string;
  categoryIds: number[];
  contacts: SupplierContact[];
  status: SupplierStatus;
  statusReason: string | null;
  statusChangedBy: string | null;
  /** The display name of statusChangedBy. */
  statusChangedByName: string | null;
  statusChangedAt: string | null;
  version: number;
  /** Current licences (not replaced by a renewal) whose validity has ended. */
  expiredLicences: number;
  /** Contracts approved, signed or archived (not expired or terminated). */
  liveContracts: number;
  /** An expired licence while contracts are live: 综合管理处 must act (证照过期仍有在用合同). */
  licenceFlag: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Contracts and their workflow

export type ContractKind = 'annual' | 'new_store' | 'promotion';
export const CONTRACT_KINDS: readonly ContractKind[] = ['annual', 'new_store', 'promotion'];

export type ContractStatus = 'draft' | 'submitted' | 'returned' | 'approved' | 'signed' | 'archived' | 'expired' | 'terminated';
export const CONTRACT_STATUSES: readonly ContractStatus[] = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'signed',
  'archived',
  'expired',
  'terminated',
];

export type ContractAction = 'submit' | 'return' | 'approve' | 'sign' | 'archive' | 'terminate';
export const CONTRACT_ACTIONS: readonly ContractAction[] = ['submit', 'return', 'approve', 'sign', 'archive', 'terminate'];

/** The timeline also shows the transitions nobody requested: creation and the automatic expiry. */
export type ContractEventAction = ContractAction | 'create' | 'expire';

export interface ContractTransitionRule {
  to: ContractStatus;
  roles: readonly Role[];
  /** return and terminate need a comment (the reason). */
  commentRequired: boolean;
}

const { Buyer, AdminOffice } = Role;

/**
 * state × action → who may and where it leads. Anything absent is illegal from that state (409). Expiry is not an
 * action: signed or archived contracts become expired when their end date has passed.
 */
export const CONTRACT_WORKFLOW: Readonly<Record<ContractStatus, Partial<Record<ContractAction, ContractTransitionRule>>>> = {
  draft: { submit: { to: 'submitted', roles: [Buyer], commentRequired: false } },
  returned: { submit: { to: 'submitted', roles: [Buyer], commentRequired: false } },
  submitted: {
    return: { to: 'returned', roles: [AdminOffice], commentRequired: true },
    approve: { to: 'approved', roles: [AdminOffice], commentRequired: false },
  },
  approved: { sign: { to: 'signed', roles: [AdminOffice], commentRequired: false } },
  signed: {
    archive: { to: 'archived', roles: [AdminOffice], commentRequired: false },
    terminate: { to: 'terminated', roles: [AdminOffice], commentRequired: true },
  },
  archived: { terminate: { to: 'terminated', roles: [AdminOffice], commentRequired: true } },
  expired: {},
  terminated: {},
};

/** Statuses whose contract the buyer who drafted it may still edit. */
export const EDITABLE_CONTRACT_STATUSES: readonly ContractStatus[] = ['draft', 'returned'];
/** Statuses of a contract in force: clause checks apply, the end date leads to expiry and the renewal flag. */
export const IN_FORCE_CONTRACT_STATUSES: readonly ContractStatus[] = ['signed', 'archived'];
/** Contracts ending within this many days are flagged for renewal. */
export const RENEWAL_WINDOW_DAYS = 60;

export function allowedContractActions(status: ContractStatus, role?: Role): ContractAction[] {
  const rules = CONTRACT_WORKFLOW[status];
  return CONTRACT_ACTIONS.filter((a) => rules[a] && (role === undefined || rules[a]?.roles.includes(role)));
}

export interface TransitionRefusal {
  ok: false;
  status: 403 | 409;
  message: string;
  /** The error catalogue's code (contract.role_may_not, contract.wrong_state …) and its parameters; `message` is its English text. */
  code: string;
  params: Record<string, string>;
}
export type TransitionDecision = { ok: true; to: ContractStatus; commentRequired: boolean } | TransitionRefusal;

/**
 * Whether `role` may take `action` on a contract in `status`. A role that never takes this action gets 403; a legal
 * role on a contract in the wrong state gets 409 naming the actions that state allows.
 */
export function decideContractTransition(status: ContractStatus, action: ContractAction, role: Role): TransitionDecision {
  const rolesForAction = new Set(CONTRACT_STATUSES.flatMap((s) => CONTRACT_WORKFLOW[s][action]?.roles ?? []));
  if (!rolesForAction.has(role)) {
    const roles = [...rolesForAction].join(', ');
    return {
      ok: false,
      status: 403,
      message: `Role ${role} may not ${action} a contract; ${roles} may`,
      code: 'contract.role_may_not',
      params: { role, action, roles },
    };
  }
  const rule = CONTRACT_WORKFLOW[status][action];
  if (!rule) {
    const allowed = allowedContractActions(status).join(', ');
    return {
      ok: false,
      status: 409,
      message: `A ${status} contract does not allow ${action}; allowed: ${allowed || 'none'}`,
      code: 'contract.wrong_state',
      params: { status, action, allowed },
    };
  }
  if (!rule.roles.includes(role)) {
    const roles = rule.roles.join(', ');
    return {
      ok: false,
      status: 403,
      message: `Role ${role} may not ${action} a ${status} contract; ${roles} may`,
      code: 'contract.role_may_not_in_state',
      params: { role, action, status, roles },
    };
  }
  return { ok: true, to: rule.to, commentRequired: rule.commentRequired };
}

/** 审核清单 of 综合管理处: every item is ticked before an approval. */
export const REVIEW_CHECKLIST = ['qualification', 'price', 'paymentDays', 'rebate', 'liability'] as const;
export type ReviewChecklistItem = (typeof REVIEW_CHECKLIST)[number];
export type ReviewChecklist = Partial<Record<ReviewChecklistItem, boolean>> & {
  /** Ticked by the reviewer who has looked at the overlapping contracts; required to approve when there are any. */
  overlapsReviewed?: boolean;
};

/** What a contract covers: every store, the stores of one region, or chosen stores. */
export type ContractStoreScope = 'all' | 'region' | 'stores';
export const CONTRACT_STORE_SCOPES: readonly ContractStoreScope[] = ['all', 'region', 'stores'];

export interface ContractClauseInput {
  text: string;
  commitment: string;
}

export interface CreateContractRequest {
  supplierId: number;
  kind: ContractKind;
  title: string;
  startDate: string;
  endDate: string;
  paymentDays: number;
  /** Percent of purchases, 0–100 (2.5 = 2.5 %). */
  rebateRate: number;
  /** 合同金额 in 分 (whole fen). */
  amount: number;
  /** Default `stores` (the chosen storeIds). */
  storeScope?: ContractStoreScope;
  /** With storeScope `region`. */
  regionId?: number | null;
  /** With storeScope `stores`: the chosen stores (ignored otherwise). */
  storeIds: number[];
  clauses: ContractClauseInput[];
}

export interface UpdateContractRequest extends Partial<CreateContractRequest> {
  version: number;
}

export interface ContractTransitionRequest {
  action: ContractAction;
  comment?: string;
  checklist?: ReviewChecklist;
  /** sign only, all three required: the day it was signed, who signed for the supplier, the stamped scan (an attachment). */
  signedAt?: string;
  signatory?: string;
  scanAttachmentId?: number;
}

/** Another contract of the same supplier and kind whose term and stores overlap this one's. */
export interface ContractOverlap {
  id: number;
  number: string;
}

/** The latest 退回: its reason stands at the top of the contract and its editor. */
export interface ContractReturnNote {
  comment: string | null;
  by: string;
  byName: string;
  at: string;
  revision: number;
}

export interface ContractClauseResponse extends ContractClauseInput {
  id: number;
  position: number;
}

export interface ContractTimelineEntry {
  action: ContractEventAction;
  fromStatus: ContractStatus | null;
  toStatus: ContractStatus;
  by: string;
  byName: string;
  at: string;
  comment: string | null;
  revision: number;
  checklist: ReviewChecklist | null;
}

export interface ContractAttachmentResponse {
  id: number;
  fileName: string;
  mimeType: string;
  bytes: number;
  uploadedBy: string;
  uploadedByName: string;
  uploadedAt: string;
}

export interface ContractResponse {
  id: number;
  number: string;
  supplierId: number;
  supplierCode: string;
  supplierName: string;
  kind: ContractKind;
  title: string;
  startDate: string;
  endDate: string;
  paymentDays: number;
  rebateRate: number;
  /** 合同金额 in 分; null on contracts recorded before it was kept. */
  amount: number | null;
  storeScope: ContractStoreScope;
  regionId: number | null;
  /** The stores covered: the chosen ones, or those of the region / every store as they are now. */
  storeIds: number[];
  clauses: ContractClauseResponse[];
  status: ContractStatus;
  /** 1 until the first resubmission of a returned contract. */
  revision: number;
  returnCount: number;
  createdBy: string;
  /** The display name of createdBy (the drafting buyer). */
  createdByName: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  daysToEnd: number;
  renewalDue: boolean;
  /** The actions the caller may take now. */
  allowedActions: ContractAction[];
  /** Same supplier and kind, overlapping term and stores, not terminated or expired. */
  overlaps: ContractOverlap[];
  /** Recorded by sign: the signing day, the supplier's signatory and the stamped scan (an attachment id). */
  signedAt: string | null;
  signatory: string | null;
  scanAttachmentId: number | null;
  /** Detail only: the latest return (退回) and its reason, while the contract is returned or resubmitted after it. */
  lastReturn?: ContractReturnNote | null;
  /** Detail only (GET /api/contracts/:id). */
  timeline?: ContractTimelineEntry[];
  attachments?: ContractAttachmentResponse[];
}

/** What a submission froze: the fields a reviewer judges, exactly those a buyer drafts. */
export type ContractSnapshot = CreateContractRequest;

export interface ContractFieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface ContractRevisionResponse {
  revision: number;
  submittedBy: string;
  submittedByName: string;
  submittedAt: string;
  snapshot: ContractSnapshot;
  /** Against the previous revision; empty for the first. */
  changes: ContractFieldChange[];
}

const SCALAR_FIELDS = [
  'supplierId',
  'kind',
  'title',
  'startDate',
  'endDate',
  'paymentDays',
  'rebateRate',
  'amount',
  'storeScope',
  'regionId',
] as const;

/** Field by field, clause by clause: what changed from one submitted revision to the next. */
export function diffContractSnapshots(before: ContractSnapshot, after: ContractSnapshot): ContractFieldChange[] {
  const changes: ContractFieldChange[] = [];
  // Snapshots frozen before amount and store scope were kept lack them: a missing value reads as null.
  const text = (v: unknown) => (v === undefined || v === null ? null : String(v));
  for (const field of SCALAR_FIELDS) {
    const b = text(before[field] ?? (field === 'storeScope' ? 'stores' : null));
    const a = text(after[field] ?? (field === 'storeScope' ? 'stores' : null));
    if (b !== a) changes.push({ field, before: b, after: a });
  }
  const stores = (s: ContractSnapshot) => [...s.storeIds].sort((a, b) => a - b).join(',');
  if (stores(before) !== stores(after)) changes.push({ field: 'storeIds', before: stores(before), after: stores(after) });
  const clause = (c: ContractClauseInput | undefined) => (c ? `${c.text} | ${c.commitment}` : null);
  for (let i = 0; i < Math.max(before.clauses.length, after.clauses.length); i++) {
    const b = clause(before.clauses[i]);
    const a = clause(after.clauses[i]);
    if (b !== a) changes.push({ field: `clauses[${i + 1}]`, before: b, after: a });
  }
  return changes;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates, renewal, licences

/** Whole days from `today` to `day` (both YYYY-MM-DD); negative when `day` has passed. */
export function daysBetween(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function isRenewalDue(status: ContractStatus, endDate: string, today: string, windowDays = RENEWAL_WINDOW_DAYS): boolean {
  const left = daysBetween(today, endDate);
  return (status === 'approved' || IN_FORCE_CONTRACT_STATUSES.includes(status)) && left >= 0 && left <= windowDays;
}

export type LicenceOwnerKind = 'supplier' | 'store';
/** Alerts at 60, 30 and 7 days before expiry, and once expired. */
export type LicenceAlert = 'expired' | 'd7' | 'd30' | 'd60' | null;
export const LICENCE_ALERT_DAYS = [7, 30, 60] as const;

export function licenceAlert(validTo: string, today: string): LicenceAlert {
  const left = daysBetween(today, validTo);
  if (left < 0) return 'expired';
  if (left <= 7) return 'd7';
  if (left <= 30) return 'd30';
  if (left <= 60) return 'd60';
  return null;
}

/** The statuses in which a contract counts for overlaps (the others are over). */
export const OVERLAP_CONTRACT_STATUSES: readonly ContractStatus[] = ['draft', 'submitted', 'returned', 'approved', 'signed', 'archived'];
/** Contracts that bind the supplier now or are about to: approved, signed, archived. */
export const LIVE_CONTRACT_STATUSES: readonly ContractStatus[] = ['approved', 'signed', 'archived'];

export interface OverlapCandidate {
  id: number;
  number: string;
  supplierId: number;
  kind: ContractKind;
  status: ContractStatus;
  startDate: string;
  endDate: string;
  /** The stores covered, resolved (every store / the region's / the chosen ones). */
  stores: ReadonlySet<number>;
}

/**
 * 重叠合同: the other contracts of the same supplier and kind, in a status that still counts, whose terms overlap
 * (inclusive days) and which share at least one store — by contract number.
 */
export function overlappingContracts(contract: OverlapCandidate, others: readonly OverlapCandidate[]): ContractOverlap[] {
  return others
    .filter(
      (o) =>
        o.id !== contract.id &&
        o.supplierId === contract.supplierId &&
        o.kind === contract.kind &&
        OVERLAP_CONTRACT_STATUSES.includes(o.status) &&
        o.startDate <= contract.endDate &&
        contract.startDate <= o.endDate &&
        [...o.stores].some((s) => contract.stores.has(s)),
    )
    .sort((a, b) => a.number.localeCompare(b.number))
    .map((o) => ({ id: o.id, number: o.number }));
}

export interface CreateLicenceRequest {
  ownerKind: LicenceOwnerKind;
  supplierId?: number;
  storeId?: number;
  type: string;
  number: string;
  validFrom: string;
  validTo: string;
}

export interface LicenceResponse {
  id: number;
  ownerKind: LicenceOwnerKind;
  supplierId: number | null;
  storeId: number | null;
  ownerName: string;
  type: string;
  number: string;
  validFrom: string;
  validTo: string;
  daysLeft: number;
  alert: LicenceAlert;
  /** Who recorded the licence (username) and their display name. */
  createdBy: string;
  createdByName: string;
  /** The scanned licence (PDF, JPEG or PNG) is on file: `GET /api/licences/:id/file`. */
  hasFile: boolean;
  fileName: string | null;
  fileBytes: number | null;
  fileUploadedBy: string | null;
  fileUploadedByName: string | null;
  fileUploadedAt: string | null;
  /** Renewal (换证): the licence that replaced this one (then it no longer alerts), and the one this replaced. */
  replacedById: number | null;
  replacedAt: string | null;
  replacesId: number | null;
}

/** 换证: a new licence of the same owner and type replaces this one, which stays in the history. */
export interface RenewLicenceRequest {
  number: string;
  validFrom: string;
  validTo: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Clause execution checks and scorecards

export type ClauseResult = 'met' | 'partly_met' | 'breached';
export const CLAUSE_RESULTS: readonly ClauseResult[] = ['met', 'partly_met', 'breached'];

export interface CreateClauseCheckRequest {
  clauseId: number;
  /** YYYY-MM */
  period: string;
  result: ClauseResult;
  evidence?: string;
  note?: string;
  /** A breach opens a follow-up owned by this user (default: the contract's buyer). */
  followUpOwnerId?: number;
}

export interface ClauseCheckResponse {
  id: number;
  contractId: number;
  clauseId: number;
  clauseText: string;
  period: string;
  result: ClauseResult;
  evidence: string | null;
  note: string | null;
  checkedBy: string;
  checkedByName: string;
  checkedAt: string;
  followUpOwnerId: number | null;
  followUpOwnerName: string | null;
  followUpStatus: 'open' | 'closed' | null;
  /** Who closed the follow-up, when, and with what note (null while open or without a follow-up). */
  followUpClosedBy: string | null;
  followUpClosedByName: string | null;
  followUpClosedAt: string | null;
  followUpCloseNote: string | null;
  /** The caller may close it now: the follow-up is open and the caller owns it or is 综合管理处. */
  followUpClosable: boolean;
}

export interface CloseFollowUpRequest {
  /** What was done about the breach. */
  note: string;
}

/** met counts whole, partly met half, breached nothing; null without checks. */
export function clauseComplianceRate(results: readonly ClauseResult[]): number | null {
  if (!results.length) return null;
  const points = results.reduce((sum, r) => sum + (r === 'met' ? 1 : r === 'partly_met' ? 0.5 : 0), 0);
  return Math.round((points / results.length) * 10000) / 10000;
}

export interface SupplierScorecardRow {
  supplierId: number;
  supplierCode: string;
  supplierName: string;
  period: string;
  checks: number;
  complianceRate: number | null;
  breaches: number;
  /** Licences valid at the end of the period / all the supplier's licences (null: none on file). */
  licencesValid: number;
  licencesTotal: number;
  contractsInForce: number;
  /**
   * 供应商问题 of the month (supplier-issues.ts `supplierIssueMonth`): raised, answered on time, answered late (or
   * unanswered past the deadline), on-time rate. All null in a month without activity (no contract in force, no
   * clause check, no issue): such a month is not scored.
   */
  issuesRaised: number | null;
  issuesRespondedOnTime: number | null;
  issuesRespondedLate: number | null;
  issueResponseOnTimeRate: number | null;
  /**
   * Compliance in percent, less 10 per expired licence and 5 per issue answered late (floor 0); null without checks
   * (and so in a month without activity).
   */
  score: number | null;
  rank: number | null;
}

export function supplierScore(
  complianceRate: number | null,
  licencesTotal: number,
  licencesValid: number,
  lateIssueResponses = 0,
): number | null {
  if (complianceRate === null) return null;
  const points = complianceRate * 100 - 10 * (licencesTotal - licencesValid) - 5 * lateIssueResponses;
  return Math.max(0, Math.round(points * 100) / 100);
}

// ---------------------------------------------------------------------------------------------------------------
// List queries (GET parameters)

export interface SupplierQuery extends PageQuery {
  q?: string;
  status?: SupplierStatus;
  categoryId?: number;
  /** Only suppliers with an expired licence and live contracts. */
  flagged?: boolean;
}

export interface ContractQuery extends PageQuery {
  status?: ContractStatus;
  kind?: ContractKind;
  supplierId?: number;
  q?: string;
  expiringWithinDays?: number;
  mine?: boolean;
}

export interface LicenceQuery extends PageQuery {
  expiringWithinDays?: number;
  supplierId?: number;
  ownerKind?: LicenceOwnerKind;
  /** Also licences replaced by a renewal (the history); current ones only by default. */
  history?: boolean;
}

/** `GET /api/supplier-scorecards`: the month (YYYY-MM), the last month by default. */
export interface SupplierScorecardQuery {
  period?: string;
}
