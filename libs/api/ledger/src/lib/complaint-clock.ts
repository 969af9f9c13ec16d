import {
  COMPLAINT_STAGES,
  ComplaintDeadline,
  ComplaintDeadlineStatus,
  ComplaintSla,
  ComplaintStage,
  complaintStageDue,
  deadlineState,
  DeadlineState,
  stageHolder,
  WorkCalendar,
  WorkPause,
} from '@storeops/shared/contracts';
import { ComplaintEntity, ComplaintStageEntity, StoredPause } from './entities/complaint.entity';

const MINUTE = 60_000;

/** The calendars a complaint's clocks count on: the chain's, and each store's where it has closure days. */
export interface Calendars {
  chain: WorkCalendar;
  stores: ReadonlyMap<number, WorkCalendar>;
}

export function calendarOf(calendars: Calendars, storeId: number | null): WorkCalendar {
  return (storeId !== null && calendars.stores.get(storeId)) || calendars.chain;
}

export function pausesOf(stored: readonly StoredPause[]): WorkPause[] {
  return stored.map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : null }));
}

/** A stage row's state on its holder's calendar at `now`. */
export function stageState(calendars: Calendars, s: ComplaintStageEntity, now: Date): DeadlineState {
  return deadlineState(
    calendarOf(calendars, s.holderStoreId),
    {
      startedAt: new Date(s.startedAt),
      policy: { kind: 'calendar', dueAt: new Date(s.dueAt) },
      pauses: pausesOf(s.pauses),
      doneAt: s.doneAt ? new Date(s.doneAt) : null,
    },
    now,
    s.stage === 'judge' ? 60 * MINUTE : 4 * 60 * MINUTE,
  );
}

/** Whether a finished stage met its time (pauses excluded); null when it was skipped or is still running. */
export function stageMet(calendars: Calendars, s: ComplaintStageEntity, now: Date): boolean | null {
  if (!s.doneAt || s.skipped) return null;
  return stageState(calendars, s, now).status === 'done_on_time';
}

/** The round a complaint is in: 1, then one more per reopening. */
export const roundOf = (c: Pick<ComplaintEntity, 'reopenCount'>) => c.reopenCount + 1;

/**
 * The four stage clocks as the detail shows them: the stages of the current round that have started, with their
 * state, and the ones still to come projected from the due (or end) of the stage before. An invalid complaint has
 * only its judgement.
 */
export function complaintDeadlines(
  calendars: Calendars,
  c: ComplaintEntity,
  stages: readonly ComplaintStageEntity[],
  sla: ComplaintSla,
  now: Date,
): ComplaintDeadline[] {
  const round = roundOf(c);
  const latest = new Map<ComplaintStage, ComplaintStageEntity>();
  for (const s of stages) {
    if (s.stage !== 'judge' && s.round !== round) continue;
    const kept = latest.get(s.stage);
    if (!kept || kept.id < s.id) latest.set(s.stage, s);
  }
  const out: ComplaintDeadline[] = [];
  let base: Date | null = null;
  const open = c.status !== 'closed' && c.status !== 'merged' && c.status !== 'invalid';
  for (const stage of COMPLAINT_STAGES) {
    const row = latest.get(stage);
    if (row) {
      const state = stageState(calendars, row, now);
      const status: ComplaintDeadlineStatus = row.skipped ? 'skipped' : state.status;
      out.push({
        stage,
        dueAt: state.dueAt ? state.dueAt.toISOString() : null,
        status,
        startedAt: new Date(row.startedAt).toISOString(),
        doneAt: row.doneAt ? new Date(row.doneAt).toISOString() : null,
        holderRole: row.holderRole,
        holderStoreId: row.holderStoreId,
        pausedMinutes: Math.round(state.pausedWorkingMs / MINUTE),
        round: row.round,
      });
      base = row.doneAt ? new Date(row.doneAt) : (state.dueAt ?? null);
      continue;
    }
    if (!open || c.valid === false || base === null) continue;
    const holder = stageHolder(stage, c.valid === null ? c.storeId : (c.responsibleStoreId ?? null));
    const due = complaintStageDue(calendarOf(calendars, holder.storeId), stage, base, sla);
    out.push({
      stage,
      dueAt: due.toISOString(),
      status: 'projected',
      startedAt: null,
      doneAt: null,
      holderRole: holder.role,
      holderStoreId: holder.storeId,
      pausedMinutes: 0,
      round,
    });
    base = due;
  }
  return out;
}
