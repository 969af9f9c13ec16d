/**
 * Operations meetings 营运会议 (issue 16 point 4, DESIGN.md §7): meeting series with agenda templates (weekly 营运例会,
 * monthly 经营分析会), meetings with attendees, agenda items (each optionally about a store, a ranking scheme or a
 * KPI), minutes, decisions and action items with an owner, a due instant and a status. An open action carries over
 * into every later meeting of its series until it is done.
 */
import { Metric } from './kpi';
import { Role } from './roles';

export const MEETING_CADENCES = ['weekly', 'monthly', 'ad_hoc'] as const;
export type MeetingCadence = (typeof MEETING_CADENCES)[number];

export const MEETING_ACTION_STATUSES = ['open', 'done'] as const;
export type MeetingActionStatus = (typeof MEETING_ACTION_STATUSES)[number];

/** The KPI codes an agenda item may name (the metrics of kpi.ts). */
export const MEETING_KPIS: readonly Metric[] = Object.values(Metric);

export const MAX_MEETING_ITEMS = 50;
export const MAX_MEETING_ACTIONS = 50;
export const MAX_MEETING_ATTENDEES = 100;
export const MAX_MEETING_DECISIONS = 50;
export const MAX_MEETING_MINUTES = 20_000;
export const MAX_AGENDA_TEMPLATE = 30;

const { Admin, AdminOffice, Director, OpsManager } = Role;

/**
 * Who holds meetings (creates and edits them, exports the minutes, reads every meeting): the office prepares them
 * (营运会议的筹备和管理), the admin, and the heads who chair them (营运部长, 营运总监). Everybody else reads only the
 * meetings they attended and the actions they own.
 */
export const MEETING_MANAGERS: readonly Role[] = [AdminOffice, OpsManager, Director, Admin];
/** Who adds a meeting series: the office and the admin. */
export const MEETING_SERIES_EDITORS: readonly Role[] = [AdminOffice, Admin];

/** `GET /api/meeting-series`. */
export interface MeetingSeriesResponse {
  id: number;
  code: string;
  name: string;
  cadence: MeetingCadence;
  /** The agenda a new meeting of the series starts with: item titles, in order. */
  agendaTemplate: string[];
  active: boolean;
}

/** `POST /api/meeting-series` (office). */
export interface CreateMeetingSeriesRequest {
  code: string;
  name: string;
  cadence: MeetingCadence;
  agendaTemplate: string[];
}

/** One agenda item: optionally about a store, a ranking scheme (its id) or a KPI (a Metric code). */
export interface MeetingItem {
  title: string;
  storeId?: number | null;
  rankingSchemeId?: number | null;
  kpi?: Metric | null;
  notes?: string | null;
}

/** A new action item: who does what by when, optionally for a store (it may become that store's 整改). */
export interface MeetingActionInput {
  title: string;
  ownerId: number;
  dueAt: string;
  storeId?: number | null;
}

/** `POST /api/meetings`. */
export interface CreateMeetingRequest {
  seriesId: number;
  heldAt: string;
  /** Defaults to the series' name and the date. */
  title?: string;
  attendeeIds: number[];
  items: MeetingItem[];
  actions: MeetingActionInput[];
  minutes?: string;
  decisions?: string[];
}

/** `PATCH /api/meetings/:id`: the fields given are replaced; `actions` are added (existing ones change by their route). */
export interface UpdateMeetingRequest {
  version: number;
  title?: string;
  heldAt?: string;
  attendeeIds?: number[];
  items?: MeetingItem[];
  minutes?: string;
  decisions?: string[];
  actions?: MeetingActionInput[];
}

export interface MeetingPerson {
  id: number;
  displayName: string;
  role: Role;
  storeId: number | null;
}

export interface MeetingActionResponse {
  id: number;
  meetingId: number;
  seriesId: number;
  /** The meeting it was decided in. */
  meetingTitle: string;
  meetingHeldAt: string;
  title: string;
  ownerId: number;
  ownerName: string;
  dueAt: string;
  storeId: number | null;
  status: MeetingActionStatus;
  doneAt: string | null;
  doneBy: string | null;
  /** The store's corrective action it became, if any. */
  correctiveActionId: number | null;
  version: number;
}

export interface MeetingResponse {
  id: number;
  seriesId: number;
  seriesName: string;
  title: string;
  heldAt: string;
  attendees: MeetingPerson[];
  items: MeetingItem[];
  minutes: string;
  decisions: string[];
  actions: MeetingActionResponse[];
  /** Actions of the series' earlier meetings still open at this meeting (carryOver). */
  carriedOver: MeetingActionResponse[];
  version: number;
  createdBy: string;
  createdAt: string;
}

/** `GET /api/meetings?seriesId=`: newest first. */
export interface MeetingListItem {
  id: number;
  seriesId: number;
  seriesName: string;
  title: string;
  heldAt: string;
  attendeeCount: number;
  actionCount: number;
  openActionCount: number;
}
export interface MeetingQuery {
  seriesId?: number;
}

/** `GET /api/meeting-actions?mine=true&status=open`: a manager sees all, anyone else only their own. */
export interface MeetingActionQuery {
  mine?: boolean;
  status?: MeetingActionStatus;
}

/** `PATCH /api/meeting-actions/:id` (its owner, or a meeting manager): optimistic on `version` (stale → 409). */
export interface UpdateMeetingActionRequest {
  status: MeetingActionStatus;
  version: number;
}

/** `POST /api/meeting-actions/:id/corrective-action`: the action (for a store) becomes that store's 整改. */
export interface MeetingCorrectiveActionRequest {
  version?: number;
}
export interface MeetingCorrectiveActionResponse {
  actionId: number;
  correctiveActionId: number;
}

/** What the carry-over rule reads of an action and of the later meeting. */
export interface CarryOverAction {
  seriesId: number;
  /** The instant of the meeting that decided it. */
  meetingHeldAt: string | Date;
  status: MeetingActionStatus;
  doneAt: string | Date | null;
}
export interface CarryOverMeeting {
  seriesId: number;
  heldAt: string | Date;
}

const ms = (d: string | Date) => (typeof d === 'string' ? Date.parse(d) : d.getTime());

/**
 * Whether an action is carried over into a meeting: only within its series, only into meetings held after the one
 * that decided it, and only while it was still open then — an action done at or before the later meeting no longer
 * appears (one done after it did appear there: it was open when that meeting was held).
 */
export function isCarriedOver(action: CarryOverAction, meeting: CarryOverMeeting): boolean {
  if (action.seriesId !== meeting.seriesId) return false;
  const held = ms(meeting.heldAt);
  if (!(ms(action.meetingHeldAt) < held)) return false;
  if (action.status === 'open') return true;
  return action.doneAt !== null && ms(action.doneAt) > held;
}

/** The actions carried over into a meeting, in the order given. */
export function carriedOver<A extends CarryOverAction>(actions: readonly A[], meeting: CarryOverMeeting): A[] {
  return actions.filter((a) => isCarriedOver(a, meeting));
}
