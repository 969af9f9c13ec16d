import { CreateMeetingRequest, MeetingActionInput, MeetingItem, MeetingSeriesResponse } from '@storeops/shared/contracts';

/** One agenda row of the form. */
export interface ItemDraft {
  title: string;
  storeId: number | null;
  notes: string;
}

/** One action row of the form: a due day, not an instant (the form picks a day). */
export interface ActionDraft {
  title: string;
  ownerId: number | null;
  /** `YYYY-MM-DD`, a China day. */
  dueDate: string | null;
  storeId: number | null;
}

/** What the new-meeting form holds, as its controls give it. */
export interface MeetingDraft {
  seriesId: number | null;
  /** A local date-time input's value (`YYYY-MM-DDTHH:MM`, the browser's time). */
  heldAt: string;
  title: string;
  attendeeIds: number[];
  items: ItemDraft[];
  minutes: string;
  /** One decision per line. */
  decisions: string;
  actions: ActionDraft[];
}

/**
 * An action is due at the end of the working day of its due date in China (18:00 Beijing time), whatever the
 * browser's zone: the alert centre and the overdue mark then agree with the office's day.
 */
export function dueInstant(day: string): string {
  return new Date(`${day}T18:00:00+08:00`).toISOString();
}

/** The agenda a meeting of the series starts with: one row per template title. */
export function itemsFromTemplate(series: Pick<MeetingSeriesResponse, 'agendaTemplate'> | null | undefined): ItemDraft[] {
  return (series?.agendaTemplate ?? []).map((title) => ({ title, storeId: null, notes: '' }));
}

/** Whether an action row was left empty (added, then not used): it is dropped, not refused. */
export function isBlankAction(a: ActionDraft): boolean {
  return !a.title.trim() && a.ownerId === null && !a.dueDate && a.storeId === null;
}

/**
 * The POST /api/meetings body for a filled-in form (the form has checked the required fields): texts trimmed,
 * blank agenda rows and blank action rows dropped, decisions one per non-empty line, optional fields only when given.
 */
export function toCreateMeetingRequest(draft: MeetingDraft): CreateMeetingRequest {
  if (draft.seriesId === null) throw new Error('a meeting needs a series');
  const items: MeetingItem[] = draft.items
    .filter((i) => i.title.trim())
    .map((i) => ({
      title: i.title.trim(),
      ...(i.storeId !== null ? { storeId: i.storeId } : {}),
      ...(i.notes.trim() ? { notes: i.notes.trim() } : {}),
    }));
  const actions: MeetingActionInput[] = draft.actions
    .filter((a) => !isBlankAction(a))
    .map((a) => {
      if (a.ownerId === null || !a.dueDate) throw new Error('an action needs an owner and a due date');
      return {
        title: a.title.trim(),
        ownerId: a.ownerId,
        dueAt: dueInstant(a.dueDate),
        ...(a.storeId !== null ? { storeId: a.storeId } : {}),
      };
    });
  const decisions = draft.decisions
    .split(/\r?\n/)
    .map((d) => d.trim())
    .filter(Boolean);
  const title = draft.title.trim();
  const minutes = draft.minutes.trim();
  return {
    seriesId: draft.seriesId,
    heldAt: new Date(draft.heldAt).toISOString(),
    ...(title ? { title } : {}),
    attendeeIds: [...new Set(draft.attendeeIds)],
    items,
    actions,
    ...(minutes ? { minutes } : {}),
    ...(decisions.length ? { decisions } : {}),
  };
}
