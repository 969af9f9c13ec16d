import { PageQuery } from './api';
import { Role } from './roles';
import { addWorkingDays, DeadlinePolicy, DeadlineStatus, WorkCalendar, WorkPause } from './work-calendar';

/** Every kind of deadline the product counts; each domain registers its own through a deadline source. */
export type DeadlineKind =
  | 'corrective_action'
  | 'inspection_plan'
  | 'licence'
  | 'contract_renewal'
  | 'contract_review'
  | 'clause_follow_up'
  | 'split_approval'
  | 'scheme_approval'
  | 'complaint'
  | 'price_recheck'
  | 'meeting_action'
  | 'supplier_issue';

export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  'corrective_action',
  'inspection_plan',
  'licence',
  'contract_renewal',
  'contract_review',
  'clause_follow_up',
  'split_approval',
  'scheme_approval',
  'complaint',
  'price_recheck',
  'meeting_action',
  'supplier_issue',
];

/**
 * How a domain states a deadline: a due instant or a working-time budget (DeadlinePolicy), or a number of working
 * days from the start (same time of day, 三个工作日), which the engine turns into a due instant on the calendar.
 */
export type DeadlineRecordPolicy = DeadlinePolicy | { kind: 'working_days'; days: number };

/** The policy on the calendar: working days become the due instant they land on. */
export function resolvedPolicy(calendar: WorkCalendar, startedAt: Date, policy: DeadlineRecordPolicy): DeadlinePolicy {
  return policy.kind === 'working_days' ? { kind: 'calendar', dueAt: addWorkingDays(calendar, startedAt, policy.days) } : policy;
}

/**
 * One deadline as its domain reports it: the record, who owns it (a person, or the roles that answer for it — a
 * store's items to its 店长), and its history (start, policy, pauses, completion). The engine derives the status.
 */
export interface DeadlineRecord {
  kind: DeadlineKind;
  /** The record's entity name and id, for the link (corrective_action 12). */
  entity: string;
  entityId: number;
  title: string;
  storeId: number | null;
  /** The person who must act, when one is named. */
  ownerId: number | null;
  /** Otherwise the roles that answer for it (within `storeId` for a store-scoped role); none: the admin. */
  ownerRoles: readonly Role[];
  startedAt: Date;
  policy: DeadlineRecordPolicy;
  pauses: readonly WorkPause[];
  doneAt: Date | null;
  /** Tells apart several deadlines of one record (a plan's store and period): the key is `kind:entityId:subKey`. */
  subKey?: string;
  /** More ids the page needs to link to the place where it is acted on (a plan item's store and period). */
  ref?: Readonly<Record<string, string | number>>;
  /** Working time before the due instant from which it is due soon (24 working hours unless the kind says more). */
  soonMs?: number;
  /** Or the instant from which it is due soon whatever the working time left (a licence 60 days before expiry). */
  soonFrom?: Date;
  /** Whether its owners act on it or approve it (a split, a scheme, a contract review, a verification). */
  part?: 'owner' | 'approver';
}

/** The key of a deadline in the 提醒中心, stable across reads (snoozes and notices are kept by it). */
export function deadlineKey(d: Pick<DeadlineRecord, 'kind' | 'entityId' | 'subKey'>): string {
  return d.subKey ? `${d.kind}:${d.entityId}:${d.subKey}` : `${d.kind}:${d.entityId}`;
}

export type AlertStatus = Extract<DeadlineStatus, 'due_soon' | 'overdue'>;
export const ALERT_STATUSES: readonly AlertStatus[] = ['due_soon', 'overdue'];

/** One line of the 提醒中心: an open deadline that is due soon or overdue. */
export interface AlertItem {
  /** Stable across reads: `kind:entityId`. */
  key: string;
  kind: DeadlineKind;
  entity: string;
  entityId: number;
  title: string;
  storeId: number | null;
  ownerId: number | null;
  dueAt: string;
  status: AlertStatus;
  /** Working time left in minutes (negative: how long overdue). */
  workingMinutesLeft: number;
  /** How many steps of its kind's escalation ladder it has climbed (0: not escalated). */
  escalationLevel: number;
  /** Why it is the caller's: they own it, they approve it, or it was escalated to them; null: visible, not theirs. */
  myPart: AlertPart | null;
  /** Extra ids for the link to where it is acted on. */
  ref: Readonly<Record<string, string | number>>;
}

export type AlertPart = 'owner' | 'approver' | 'escalated';

/** `GET /api/alerts`: `mine` narrows to what the caller must act on; the rest filter. */
export interface AlertQuery extends PageQuery {
  mine?: boolean;
  kind?: DeadlineKind;
  storeId?: number;
  status?: AlertStatus;
}

/** `GET /api/alerts/count`: the shell's badge — the caller's own open alerts. */
export interface AlertCountResponse {
  total: number;
  overdue: number;
}

/** `POST /api/alerts/:key/snooze`: hidden from the caller's list and badge until `until`, never past the due time. */
export interface SnoozeAlertRequest {
  until: string;
  reason: string;
}
export interface SnoozeAlertResponse {
  key: string;
  until: string;
}
export const MAX_SNOOZE_REASON = 200;

/** `GET|PUT /api/alerts/settings`: the caller's own channels (in-app is always on). */
export interface AlertSettings {
  /** Where the digest and reminders are mailed; null: no mail. */
  email: string | null;
  emailEnabled: boolean;
  /** Named in the chain's WeCom group robot's messages. */
  wecomEnabled: boolean;
  /** One digest a working day, rather than a message per item. */
  digestEnabled: boolean;
}
export const DEFAULT_ALERT_SETTINGS: AlertSettings = { email: null, emailEnabled: true, wecomEnabled: true, digestEnabled: true };

/**
 * One step of a kind's escalation ladder: once a deadline has been overdue `afterWorkingDays` working days, it also
 * goes to `toRole` (the owner's manager, then the 营运部长 or the 营运总监).
 */
export interface EscalationStep {
  afterWorkingDays: number;
  toRole: Role;
}
export type EscalationLadders = Record<DeadlineKind, EscalationStep[]>;
export const MAX_ESCALATION_STEPS = 5;
export const MAX_ESCALATION_DAYS = 60;

/** `GET|PUT /api/alerts/escalation` (PUT: admin): every kind's ladder. */
export interface EscalationLaddersResponse {
  ladders: EscalationLadders;
  updatedBy: string | null;
  updatedAt: string | null;
}
/** The kinds given get the steps given; kinds not given keep their ladder. */
export type EscalationLaddersPatch = Partial<EscalationLadders>;
export interface ReplaceEscalationRequest {
  ladders: EscalationLaddersPatch;
}
/** `POST /api/alerts/:key/snooze`: the alert's key, `kind:id` or `kind:id:sub`. */
export interface AlertKeyParams {
  key: string;
}

/**
 * The working days each approval or follow-up is given from the moment it starts waiting (the office reviews a
 * submitted contract in 3, a breach is followed up in 5, the 营运总监 approves a split or a scheme in 2, a specialist
 * verifies a closed 整改 in 2). A working day is the calendar's working hours (8 h by default).
 */
export const DEADLINE_WORKING_DAYS = {
  contract_review: 3,
  clause_follow_up: 5,
  split_approval: 2,
  scheme_approval: 2,
  corrective_action_verification: 2,
} as const;

/** Reminders before a deadline, in working time (sent only within working hours). */
export const REMINDER_WORKING_HOURS: readonly number[] = [24, 2];

const { Director, OpsManager, Specialist, AdminOffice, Buyer, StoreManager, Admin } = Role;

/** Who may see a kind's deadlines at all (a store-scoped role only its own store's). */
export const DEADLINE_READERS: Readonly<Record<DeadlineKind, readonly Role[]>> = {
  corrective_action: [Director, OpsManager, Specialist, StoreManager, Admin],
  inspection_plan: [Director, OpsManager, Specialist, Admin],
  licence: [Director, AdminOffice, Buyer, Admin],
  contract_renewal: [Director, AdminOffice, Buyer, Admin],
  contract_review: [Director, AdminOffice, Buyer, Admin],
  clause_follow_up: [Director, AdminOffice, Buyer, Admin],
  split_approval: [Director, OpsManager, Admin],
  scheme_approval: [Director, OpsManager, Admin],
  complaint: [Director, OpsManager, AdminOffice, StoreManager, Admin],
  price_recheck: [Director, OpsManager, AdminOffice, Admin],
  // Whoever may own a meeting action (a 店长 only their store's, as the owner's store).
  meeting_action: [Director, OpsManager, Specialist, AdminOffice, Buyer, StoreManager, Admin],
  supplier_issue: [Director, AdminOffice, Buyer, Admin],
};

/**
 * The ladders a new installation starts with: 整改 overdue 1 working day goes to the 营运部长 (the specialists' and
 * store managers' manager), 3 to the 营运总监; the office's kinds to the 营运总监 after 2; approvals waiting 2 days
 * past their time are the admin's to chase.
 */
export const DEFAULT_ESCALATION: EscalationLadders = {
  corrective_action: [
    { afterWorkingDays: 1, toRole: OpsManager },
    { afterWorkingDays: 3, toRole: Director },
  ],
  inspection_plan: [
    { afterWorkingDays: 1, toRole: OpsManager },
    { afterWorkingDays: 5, toRole: Director },
  ],
  licence: [{ afterWorkingDays: 0, toRole: Director }],
  contract_renewal: [{ afterWorkingDays: 0, toRole: AdminOffice }],
  contract_review: [{ afterWorkingDays: 2, toRole: Director }],
  clause_follow_up: [{ afterWorkingDays: 3, toRole: Director }],
  split_approval: [{ afterWorkingDays: 2, toRole: Admin }],
  scheme_approval: [{ afterWorkingDays: 2, toRole: Admin }],
  // A stage a store holds goes to the office when overdue; any stage 1 working day late goes to the 营运总监.
  complaint: [
    { afterWorkingDays: 0, toRole: AdminOffice },
    { afterWorkingDays: 1, toRole: Director },
  ],
  // An overdue meeting action goes to the office, which prepares the meetings and chases them.
  meeting_action: [{ afterWorkingDays: 1, toRole: AdminOffice }],
  // 进售价复查: the office's, to the 营运总监 two working days late.
  price_recheck: [{ afterWorkingDays: 2, toRole: Director }],
  // The supplier has not answered or fixed: 2 working days past due the 营运总监 (no purchasing-head role) steps in.
  supplier_issue: [{ afterWorkingDays: 2, toRole: Director }],
};

/**
 * How many steps of a ladder an overdue deadline has climbed at `now`: a step counts once `afterWorkingDays`
 * working days have passed since the due instant (0 days: as soon as it is overdue). Not overdue: 0.
 */
export function escalationLevelAt(calendar: WorkCalendar, steps: readonly EscalationStep[], dueAt: Date, now: Date): number {
  if (now.getTime() < dueAt.getTime()) return 0;
  let level = 0;
  for (const step of [...steps].sort((a, b) => a.afterWorkingDays - b.afterWorkingDays)) {
    const at = step.afterWorkingDays === 0 ? dueAt : addWorkingDays(calendar, dueAt, step.afterWorkingDays);
    if (at.getTime() > now.getTime()) break;
    level++;
  }
  return level;
}

/** The roles a deadline has been escalated to at a level (the ladder's first `level` steps, in day order). */
export function escalatedRoles(steps: readonly EscalationStep[], level: number): Role[] {
  return [...steps]
    .sort((a, b) => a.afterWorkingDays - b.afterWorkingDays)
    .slice(0, level)
    .map((s) => s.toRole);
}

/** Whether a caller (role, own store) may see a deadline. */
export function canSeeDeadline(user: { role: Role; storeId: number | null }, d: Pick<DeadlineRecord, 'kind' | 'storeId'>): boolean {
  if (!DEADLINE_READERS[d.kind].includes(user.role)) return false;
  return user.role !== StoreManager || (user.storeId !== null && d.storeId === user.storeId);
}

/**
 * Whether a deadline is the caller's to act on: named to them; else one of its roles is theirs (a 店长 only for their
 * own store); a deadline that names nobody goes to the admin.
 */
export function ownsDeadline(
  user: { id: number; role: Role; storeId: number | null },
  d: Pick<DeadlineRecord, 'kind' | 'storeId' | 'ownerId' | 'ownerRoles'>,
): boolean {
  if (d.ownerId !== null) return d.ownerId === user.id;
  if (d.ownerRoles.length === 0) return user.role === Admin;
  if (!d.ownerRoles.includes(user.role)) return false;
  return user.role !== StoreManager || (user.storeId !== null && d.storeId === user.storeId);
}
