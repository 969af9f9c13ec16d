import { PageQuery } from './api';
import { Role } from './roles';
import { DeadlinePolicy, DeadlineStatus, WorkPause } from './work-calendar';

/** Every kind of deadline the product counts; each domain registers its own through a deadline source. */
export type DeadlineKind =
  | 'corrective_action'
  | 'inspection_plan'
  | 'licence'
  | 'contract_renewal'
  | 'contract_review'
  | 'clause_follow_up'
  | 'split_approval'
  | 'scheme_approval';

export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  'corrective_action',
  'inspection_plan',
  'licence',
  'contract_renewal',
  'contract_review',
  'clause_follow_up',
  'split_approval',
  'scheme_approval',
];

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
  policy: DeadlinePolicy;
  pauses: readonly WorkPause[];
  doneAt: Date | null;
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
  escalationLevel: number;
}

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
};

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
