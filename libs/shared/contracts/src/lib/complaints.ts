/**
 * Customer complaints 顾客投诉 (DESIGN.md §7, issue 15): the record, its workflow as a state × action × role table,
 * the stage deadlines on the working calendar, the phone mask and the report's arithmetic. Pure: the API stores and
 * the web shows; both read the rules from here.
 */
import { PageQuery } from './api';
import { Role } from './roles';
import { addWorkingDays, addWorkingHours, chinaDayOf, minutesOfDay, WorkCalendar } from './work-calendar';

export type ComplaintChannel = 'store' | 'phone' | '12315' | 'online' | 'letter' | 'other';
export const COMPLAINT_CHANNELS: readonly ComplaintChannel[] = ['store', 'phone', '12315', 'online', 'letter', 'other'];

/**
 * received 待判断 → assigned 待方案 → plan_proposed 方案待批 → in_progress 处理中 → resolved 待回访 → followed_up 已回访
 * → closed 已归档; invalid 无效投诉 (judged not valid) closes too; merged 已合并 is a duplicate folded into another.
 */
export type ComplaintStatus =
  | 'received'
  | 'assigned'
  | 'plan_proposed'
  | 'in_progress'
  | 'resolved'
  | 'followed_up'
  | 'invalid'
  | 'closed'
  | 'merged';
export const COMPLAINT_STATUSES: readonly ComplaintStatus[] = [
  'received',
  'assigned',
  'plan_proposed',
  'in_progress',
  'resolved',
  'followed_up',
  'invalid',
  'closed',
  'merged',
];
/** Statuses still being worked on: they hold a running stage clock. */
export const OPEN_COMPLAINT_STATUSES: readonly ComplaintStatus[] = ['received', 'assigned', 'plan_proposed', 'in_progress', 'resolved'];

export type ComplaintAction = 'judge' | 'propose_plan' | 'approve_plan' | 'return_plan' | 'resolve' | 'follow_up' | 'close' | 'reopen';
export const COMPLAINT_ACTIONS: readonly ComplaintAction[] = [
  'judge',
  'propose_plan',
  'approve_plan',
  'return_plan',
  'resolve',
  'follow_up',
  'close',
  'reopen',
];

/** The four clocks of a complaint: 判断, 处理方案 (to its approval), 处理完成, 回访. */
export type ComplaintStage = 'judge' | 'plan' | 'resolve' | 'follow_up';
export const COMPLAINT_STAGES: readonly ComplaintStage[] = ['judge', 'plan', 'resolve', 'follow_up'];

export type ComplaintSeverity = 'normal' | 'serious';
export const COMPLAINT_SEVERITIES: readonly ComplaintSeverity[] = ['normal', 'serious'];

export type Satisfaction = 'satisfied' | 'neutral' | 'unsatisfied';
export const SATISFACTIONS: readonly Satisfaction[] = ['satisfied', 'neutral', 'unsatisfied'];

/** Departments a complaint can be laid at when no store is responsible (or besides the store). */
export type ComplaintDepartment = 'operations' | 'purchasing' | 'office' | 'logistics' | 'finance' | 'supplier';
export const COMPLAINT_DEPARTMENTS: readonly ComplaintDepartment[] = [
  'operations',
  'purchasing',
  'office',
  'logistics',
  'finance',
  'supplier',
];

export interface ComplaintTransitionRule {
  to: ComplaintStatus;
  roles: readonly Role[];
  /** return_plan and reopen need a comment (the reason). */
  commentRequired: boolean;
}

const { AdminOffice, StoreManager } = Role;
const HANDLERS = [StoreManager, AdminOffice] as const;

/**
 * state × action → who may and where it leads; anything absent is illegal from that state (409). The handler of a
 * valid complaint is the responsible store's 店长 (or the office); 店长 act only on their own store's complaints and
 * approve only plans under the compensation threshold (the office approves the rest). Where the outcome depends on
 * what is said, `to` is the usual one: judged not valid → invalid; a follow-up not reached stays resolved, an
 * unsatisfied one reopens to assigned; a closed invalid complaint reopens to received.
 */
export const COMPLAINT_WORKFLOW: Readonly<Record<ComplaintStatus, Partial<Record<ComplaintAction, ComplaintTransitionRule>>>> = {
  received: { judge: { to: 'assigned', roles: [AdminOffice], commentRequired: false } },
  assigned: { propose_plan: { to: 'plan_proposed', roles: HANDLERS, commentRequired: false } },
  plan_proposed: {
    approve_plan: { to: 'in_progress', roles: HANDLERS, commentRequired: false },
    return_plan: { to: 'assigned', roles: HANDLERS, commentRequired: true },
  },
  in_progress: { resolve: { to: 'resolved', roles: HANDLERS, commentRequired: false } },
  resolved: {
    follow_up: { to: 'followed_up', roles: [AdminOffice], commentRequired: false },
    close: { to: 'closed', roles: [AdminOffice], commentRequired: false },
  },
  followed_up: { close: { to: 'closed', roles: [AdminOffice], commentRequired: false } },
  invalid: { close: { to: 'closed', roles: [AdminOffice], commentRequired: false } },
  closed: { reopen: { to: 'assigned', roles: [AdminOffice], commentRequired: true } },
  merged: {},
};

/** The roles the transitions route admits; the others meet its guard's 403. */
export const COMPLAINT_ACTORS: readonly Role[] = HANDLERS;

export function allowedComplaintActions(status: ComplaintStatus, role?: Role): ComplaintAction[] {
  const rules = COMPLAINT_WORKFLOW[status];
  return COMPLAINT_ACTIONS.filter((a) => rules[a] && (role === undefined || rules[a]?.roles.includes(role)));
}

export interface ComplaintRefusal {
  ok: false;
  status: 403 | 409;
  code: string;
  params: Record<string, string>;
}
export type ComplaintDecision = { ok: true; to: ComplaintStatus; commentRequired: boolean } | ComplaintRefusal;

/** Whether `role` may take `action` on a complaint in `status`: 403 for a role that never may, 409 for the wrong state. */
export function decideComplaintTransition(status: ComplaintStatus, action: ComplaintAction, role: Role): ComplaintDecision {
  const rolesForAction = new Set(COMPLAINT_STATUSES.flatMap((s) => COMPLAINT_WORKFLOW[s][action]?.roles ?? []));
  if (!rolesForAction.has(role))
    return { ok: false, status: 403, code: 'complaint.role_may_not', params: { role, action, roles: [...rolesForAction].join(', ') } };
  const rule = COMPLAINT_WORKFLOW[status][action];
  if (!rule)
    return {
      ok: false,
      status: 409,
      code: 'complaint.wrong_state',
      params: { status, action, allowed: allowedComplaintActions(status).join(', ') },
    };
  if (!rule.roles.includes(role))
    return {
      ok: false,
      status: 403,
      code: 'complaint.role_may_not_in_state',
      params: { role, action, status, roles: rule.roles.join(', ') },
    };
  return { ok: true, to: rule.to, commentRequired: rule.commentRequired };
}

// Deadlines

/** One severity's time for each stage: 判断 in working hours, the rest in working days. */
export interface ComplaintSla {
  judgeHours: number;
  planDays: number;
  resolveDays: number;
  followUpDays: number;
}
/**
 * The defaults: judge within 4 working hours, plan within 1 working day, resolve within 3, follow up within 3 working
 * days of the resolution (by the end of calling hours of the third). Serious complaints (食品安全, 12315) go faster.
 */
export const DEFAULT_COMPLAINT_SLA: Readonly<Record<ComplaintSeverity, ComplaintSla>> = {
  normal: { judgeHours: 4, planDays: 1, resolveDays: 3, followUpDays: 3 },
  serious: { judgeHours: 2, planDays: 1, resolveDays: 2, followUpDays: 3 },
};
export const MAX_SLA_HOURS = 80;
export const MAX_SLA_DAYS = 30;

/** When the customer may be called for the 回访 (never at rest: not before 09:00, not after 20:00, not at lunch). */
export const CALLING_HOURS = { start: '09:00', end: '20:00', restStart: '12:00', restEnd: '13:30' } as const;

/** Whether an instant falls in calling hours (China time), whatever the day (a customer is called on a Sunday too). */
export function isCallingTime(at: Date): boolean {
  const minutes = Math.floor((at.getTime() + 8 * 3_600_000) / 60_000) % (24 * 60);
  const m = (hm: string) => minutesOfDay(hm);
  if (minutes < m(CALLING_HOURS.start) || minutes >= m(CALLING_HOURS.end)) return false;
  return minutes < m(CALLING_HOURS.restStart) || minutes >= m(CALLING_HOURS.restEnd);
}

/** The China instant of a day and 'HH:MM'. */
function atTimeOf(day: string, hm: string): Date {
  const [y, mo, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d) - 8 * 3_600_000 + minutesOfDay(hm) * 60_000);
}

/**
 * The due instant of a stage that starts at `from`: 判断 after `judgeHours` of working time; the others by the end of
 * the working day (the calendar's end of hours) that is the n-th working day after `from`'s day — a complaint
 * resolved on Wednesday 30 September 2026 at 16:00 is followed up by the end of Saturday 10 October (国庆 1–7 off,
 * the 10th a 调休 working day).
 */
export function complaintStageDue(calendar: WorkCalendar, stage: ComplaintStage, from: Date, sla: ComplaintSla): Date {
  if (stage === 'judge') return addWorkingHours(calendar, from, sla.judgeHours);
  const days = stage === 'plan' ? sla.planDays : stage === 'resolve' ? sla.resolveDays : sla.followUpDays;
  const day = chinaDayOf(addWorkingDays(calendar, from, days));
  return atTimeOf(day, calendar.hours.end);
}

/** Which role holds each stage's clock: the office judges and calls back; the handler plans and resolves. */
export function stageHolder(stage: ComplaintStage, responsibleStoreId: number | null): { role: Role; storeId: number | null } {
  if (stage === 'judge' || stage === 'follow_up' || responsibleStoreId === null) return { role: AdminOffice, storeId: null };
  return { role: StoreManager, storeId: responsibleStoreId };
}

/** A plan with compensation up to this (分) the responsible store's 店长 approves; above it, the office. */
export const STORE_APPROVAL_LIMIT_FEN = 50_000;

/** Who approves a plan: the 店长 of the responsible store under the limit, otherwise the office. */
export function planApprover(compensationFen: number, responsibleStoreId: number | null, limitFen = STORE_APPROVAL_LIMIT_FEN): Role {
  return responsibleStoreId !== null && compensationFen <= limitFen ? StoreManager : AdminOffice;
}

// Privacy

/** 138****1234: the first 3 and last 4 digits of a mobile; shorter numbers keep only their last 2. */
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null;
  const digits = phone.replace(/\s+/g, '');
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length <= 2) return '*'.repeat(digits.length);
  return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
}

/** A Chinese mobile (1 + 10 digits), a landline with area code (010-12345678), or 5–20 digits with +, - or spaces. */
export const PHONE_PATTERN = /^\+?[0-9][0-9\- ]{3,18}[0-9]$/;

export const DEFAULT_RETENTION_MONTHS = 24;

// Report arithmetic

/** Valid complaints per 10,000 来客数; null when the transactions are unknown or zero (never 0 for unknown). */
export function ratePer10k(validComplaints: number, transactions: number | null): number | null {
  if (transactions === null || transactions <= 0) return null;
  return (validComplaints * 10_000) / transactions;
}

/** A share in percent (2 decimals) of a count over its base; null over an empty base. */
export function percentOf(count: number, base: number): number | null {
  return base > 0 ? Math.round((count / base) * 10_000) / 100 : null;
}

/** `YYYY-MM`, `YYYY-Qn`, `YYYY` or an ISO week `YYYY-Www`. */
export const COMPLAINT_PERIOD_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-W(0[1-9]|[1-4]\d|5[0-3]))?$/;

/** The China days [first, last] of a report period. */
export function complaintPeriodDays(period: string): { first: string; last: string } {
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const year = Number(period.slice(0, 4));
  const week = /-W(\d{2})$/.exec(period);
  if (week) {
    // ISO week 1 holds the year's first Thursday.
    const jan4 = Date.UTC(year, 0, 4);
    const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    const first = mondayOfWeek1 + (Number(week[1]) - 1) * 7 * 86_400_000;
    return { first: iso(first), last: iso(first + 6 * 86_400_000) };
  }
  const quarter = /-Q([1-4])$/.exec(period);
  const month = /^\d{4}-(\d{2})$/.exec(period);
  const firstMonth = quarter ? (Number(quarter[1]) - 1) * 3 : month ? Number(month[1]) - 1 : 0;
  const months = quarter ? 3 : month ? 1 : 12;
  return { first: iso(Date.UTC(year, firstMonth, 1)), last: iso(Date.UTC(year, firstMonth + months, 1) - 86_400_000) };
}

// The API's shapes

export interface ComplaintCategoryResponse {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  /** The severity a complaint of this category starts with. */
  severity: ComplaintSeverity;
  active: boolean;
}

/** `POST /api/complaint-categories` (the office): a new category; with `parentId`, a second-level one under it. */
export interface CreateComplaintCategoryRequest {
  code: string;
  name: string;
  parentId?: number | null;
  severity?: ComplaintSeverity;
}
/** `PATCH /api/complaint-categories/:id`: rename, change the severity, retire (inactive: no new complaints take it). */
export interface UpdateComplaintCategoryRequest {
  name?: string;
  severity?: ComplaintSeverity;
  active?: boolean;
}

export interface ComplaintCauseResponse {
  code: string;
  name: string;
}

export interface CreateComplaintRequest {
  storeId: number;
  channel: ComplaintChannel;
  /** ISO instant the complaint came in. */
  receivedAt: string;
  customerName: string;
  customerPhone: string;
  keyCustomer: boolean;
  categoryId: number;
  description: string;
  severity?: ComplaintSeverity;
  productName?: string;
  barcode?: string;
  batch?: string;
  /** 分. */
  amountInvolved?: number;
}

export interface ComplaintTransitionRequest {
  action: ComplaintAction;
  /** The version the caller saw: a stale one gets 409. */
  version?: number;
  comment?: string;
  // judge
  valid?: boolean;
  reason?: string;
  responsibleStoreId?: number | null;
  responsibleDepartment?: ComplaintDepartment | null;
  customerInformed?: boolean;
  // propose_plan
  plan?: string;
  /** 分. */
  compensation?: number;
  // resolve
  resolution?: string;
  causeCode?: string;
  supplierId?: number | null;
  /** 分 actually paid. */
  compensationPaid?: number;
  // follow_up
  reached?: boolean;
  satisfaction?: Satisfaction;
  notes?: string;
  calledAt?: string;
}

export interface ComplaintPauseRequest {
  reason: string;
}
export interface ComplaintResumeRequest {
  version?: number;
}
/** `POST /api/complaints/:id/phone`: why the number is revealed (kept in the audit). */
export interface ComplaintRevealRequest {
  reason?: string;
}
export interface ComplaintMergeRequest {
  intoId: number;
  comment?: string;
}

/** projected: not started yet, due as things stand; skipped: ended without being done (closed without a follow-up). */
export type ComplaintDeadlineStatus =
  | 'projected'
  | 'pending'
  | 'due_soon'
  | 'overdue'
  | 'paused'
  | 'done_on_time'
  | 'done_late'
  | 'skipped';

/** One stage's clock: started, or projected from the stage before while it has not started. */
export interface ComplaintDeadline {
  stage: ComplaintStage;
  dueAt: string | null;
  status: ComplaintDeadlineStatus;
  startedAt: string | null;
  doneAt: string | null;
  /** The role holding the clock (and its store, for a 店长). */
  holderRole: Role;
  holderStoreId: number | null;
  /** Working minutes the pauses took. */
  pausedMinutes: number;
  /** Which round of the stage (a reopened complaint runs plan, resolve and follow-up again). */
  round: number;
}

export type ComplaintEventAction = ComplaintAction | 'create' | 'pause' | 'resume' | 'merge' | 'follow_up_attempt' | 'anonymise';

export interface ComplaintTimelineEntry {
  at: string;
  by: string;
  action: ComplaintEventAction;
  fromStatus: ComplaintStatus | null;
  toStatus: ComplaintStatus;
  comment: string | null;
  /** What the step recorded (the plan, the resolution, the follow-up's answers). */
  details: Record<string, string | number | boolean | null>;
}

export interface ComplaintFollowUp {
  at: string;
  by: string;
  reached: boolean;
  satisfaction: Satisfaction | null;
  notes: string | null;
  /** Called outside calling hours (recorded, never refused: the call was made). */
  outsideCallingHours: boolean;
}

export interface ComplaintListItem {
  id: number;
  code: string;
  storeId: number;
  storeCode: string;
  storeName: string;
  channel: ComplaintChannel;
  receivedAt: string;
  status: ComplaintStatus;
  /** null before it is judged. */
  valid: boolean | null;
  keyCustomer: boolean;
  severity: ComplaintSeverity;
  categoryId: number;
  categoryName: string;
  customerName: string | null;
  /** Masked (138****1234) unless the caller is the office or the handler; null once the retention removed it. */
  customerPhone: string | null;
  responsibleStoreId: number | null;
  /** The stage whose clock runs now, its due instant and state. */
  currentStage: ComplaintStage | null;
  dueAt: string | null;
  deadlineStatus: ComplaintDeadlineStatus | null;
  paused: boolean;
  reopenCount: number;
  version: number;
}

export interface ComplaintResponse extends ComplaintListItem {
  receivedBy: string;
  description: string;
  productName: string | null;
  barcode: string | null;
  batch: string | null;
  amountInvolved: number | null;
  responsibleDepartment: ComplaintDepartment | null;
  invalidReason: string | null;
  customerInformed: boolean | null;
  plan: string | null;
  /** 分 proposed in the plan. */
  compensation: number | null;
  planApproverRole: Role | null;
  resolution: string | null;
  causeCode: string | null;
  causeName: string | null;
  supplierId: number | null;
  supplierName: string | null;
  compensationPaid: number | null;
  followUps: ComplaintFollowUp[];
  /** The latest reached follow-up's satisfaction. */
  satisfaction: Satisfaction | null;
  mergedIntoId: number | null;
  mergedCodes: string[];
  /** The caller may reveal the phone (the office, the handler). */
  canRevealPhone: boolean;
  anonymised: boolean;
  closedAt: string | null;
  timeline: ComplaintTimelineEntry[];
  allowedActions: ComplaintAction[];
  deadlines: ComplaintDeadline[];
  attachments: ComplaintAttachmentResponse[];
}

export interface ComplaintCreatedResponse extends ComplaintResponse {
  deadlines: ComplaintDeadline[];
}

export interface ComplaintAttachmentResponse {
  id: number;
  fileName: string;
  mimeType: string;
  bytes: number;
  uploadedBy: string;
  uploadedAt: string;
}

export interface ComplaintPhoneResponse {
  id: number;
  customerPhone: string | null;
}

/** `GET /api/complaints/by-supplier/:supplierId`: a supplier's complaints for its page, without any customer data. */
export interface SupplierComplaintRow {
  id: number;
  code: string;
  receivedAt: string;
  storeCode: string;
  storeName: string;
  categoryName: string;
  productName: string | null;
  batch: string | null;
  status: ComplaintStatus;
  causeCode: string | null;
  compensationPaid: number | null;
}

export interface ComplaintQuery extends PageQuery {
  storeId?: number;
  status?: ComplaintStatus;
  /** Received on or after this China day (YYYY-MM-DD) or instant. */
  from?: string;
  /** Received on or before this China day (inclusive) or before this instant. */
  to?: string;
  categoryId?: number;
  stage?: ComplaintStage;
  keyCustomer?: boolean;
  overdue?: boolean;
  q?: string;
}

export type ComplaintGroupBy = 'category' | 'cause' | 'store' | 'region';
export const COMPLAINT_GROUP_BYS: readonly ComplaintGroupBy[] = ['category', 'cause', 'store', 'region'];

export interface ComplaintStatsQuery {
  period: string;
  groupBy: ComplaintGroupBy;
}

export interface ComplaintStatsRow {
  /** The category's or region's id, the cause's code, the store's id; '' for complaints without one (no cause yet). */
  key: string | number;
  label: string;
  /** Complaints received in the period (merged duplicates not counted). */
  count: number;
  valid: number;
  invalid: number;
  /** Valid complaints per 10,000 来客数; null when the group's transactions are unknown. */
  ratePer10k: number | null;
  /** 来客数 the rate is over; null when unknown. */
  transactions: number | null;
  /** Reached follow-ups / resolved valid complaints, %; null when none was resolved. */
  followUpRate: number | null;
  keyCustomers: number;
  /** The same for key customers (the goal is 100 %). */
  keyFollowUpRate: number | null;
  /** Stage deadlines met / stage deadlines finished, %; null when none finished. */
  slaMet: number | null;
  satisfied: number;
  neutral: number;
  unsatisfied: number;
  /** Reached follow-ups that were satisfied, %. */
  satisfactionRate: number | null;
  reopened: number;
  /** 分 paid. */
  compensation: number;
}

export interface ComplaintStageSla {
  stage: ComplaintStage;
  finished: number;
  met: number;
  rate: number | null;
  open: number;
  overdue: number;
}

export interface ComplaintTrendPoint {
  period: string;
  count: number;
  valid: number;
  ratePer10k: number | null;
}

export interface ComplaintStatsResponse {
  period: string;
  from: string;
  to: string;
  groupBy: ComplaintGroupBy;
  rows: ComplaintStatsRow[];
  total: ComplaintStatsRow;
  stages: ComplaintStageSla[];
  /** The 12 periods of the same length up to this one. */
  trend: ComplaintTrendPoint[];
}

export type ComplaintSlaTable = Record<ComplaintSeverity, ComplaintSla>;

/** `GET|PUT /api/complaint-settings`: the office's deadlines per severity, approval limit and retention. */
export interface ComplaintSettings {
  sla: ComplaintSlaTable;
  storeApprovalLimitFen: number;
  retentionMonths: number;
}

/** 重点顾客名单 (the office's): complaints from these phones are key customers'. */
export interface CreateKeyCustomerRequest {
  name: string;
  phone: string;
  note?: string;
}
export interface KeyCustomerResponse {
  id: number;
  name: string;
  phone: string;
  note: string | null;
}

export interface ComplaintIdParams {
  id: number;
}
