import { carriedOver, MeetingActionResponse, MeetingListItem, MeetingResponse, MeetingSeriesResponse } from '@storeops/shared/contracts';

/** Open and past its due instant at `now`; a done action is never overdue. */
export function isOverdue(action: Pick<MeetingActionResponse, 'status' | 'dueAt'>, now: Date): boolean {
  return action.status === 'open' && Date.parse(action.dueAt) < now.getTime();
}

/** 我的待办: the open actions, overdue ones first, each group by due instant (earliest first). */
export function splitMyActions(
  actions: readonly MeetingActionResponse[],
  now: Date,
): { overdue: MeetingActionResponse[]; upcoming: MeetingActionResponse[] } {
  const open = actions.filter((a) => a.status === 'open').sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.id - b.id);
  return { overdue: open.filter((a) => isOverdue(a, now)), upcoming: open.filter((a) => !isOverdue(a, now)) };
}

export interface SeriesMeetings {
  seriesId: number;
  name: string;
  /** Null when the caller may not read the series list (only their meetings tell its name). */
  series: MeetingSeriesResponse | null;
  /** Newest first. */
  meetings: MeetingListItem[];
}

/**
 * The meetings by series, in the order of the series list (a series without meetings still shows, so the office
 * sees where to start); series known only from a meeting (a caller who may not read the series list) follow.
 */
export function groupMeetingsBySeries(meetings: readonly MeetingListItem[], series: readonly MeetingSeriesResponse[]): SeriesMeetings[] {
  const newestFirst = [...meetings].sort((a, b) => Date.parse(b.heldAt) - Date.parse(a.heldAt) || b.id - a.id);
  const groups = new Map<number, SeriesMeetings>();
  for (const s of series) if (s.active) groups.set(s.id, { seriesId: s.id, name: s.name, series: s, meetings: [] });
  for (const m of newestFirst) {
    let group = groups.get(m.seriesId);
    if (!group) {
      const known = series.find((s) => s.id === m.seriesId) ?? null;
      group = { seriesId: m.seriesId, name: known?.name ?? m.seriesName, series: known, meetings: [] };
      groups.set(m.seriesId, group);
    }
    group.meetings.push(m);
  }
  return [...groups.values()];
}

/**
 * What a new meeting of `seriesId` held at `heldAt` will show as 上次遗留: the series' open actions decided in
 * earlier meetings (the contracts' carry-over rule, the one the API applies), oldest meeting first.
 */
export function carryOverPreview(
  openActions: readonly MeetingActionResponse[],
  seriesId: number | null,
  heldAt: Date | null,
): MeetingActionResponse[] {
  if (seriesId === null || !heldAt || Number.isNaN(heldAt.getTime())) return [];
  return carriedOver(openActions, { seriesId, heldAt }).sort(
    (a, b) => Date.parse(a.meetingHeldAt) - Date.parse(b.meetingHeldAt) || a.id - b.id,
  );
}

/** The meeting with one of its actions (its own or a carried-over one) as the API now answers it. */
export function withAction(meeting: MeetingResponse, updated: MeetingActionResponse): MeetingResponse {
  const swap = (list: MeetingActionResponse[]) => list.map((a) => (a.id === updated.id ? updated : a));
  return { ...meeting, actions: swap(meeting.actions), carriedOver: swap(meeting.carriedOver) };
}
