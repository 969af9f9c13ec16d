/** What the snooze dialog offers; `custom` is a day and a time the person types. */
export type SnoozeChoiceId = 'hour' | 'threeHours' | 'tomorrow' | 'due' | 'custom';

export interface SnoozeChoice {
  id: SnoozeChoiceId;
  /** The instant it stands for (null: custom, not typed yet). */
  until: Date | null;
  /** Past the deadline, or not in the future: the API would refuse it. */
  disabled: boolean;
}

const HOUR = 3_600_000;

/** 09:00 of the day after `now`, in the browser's time. */
export function tomorrowAtNine(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0, 0, 0);
}

/** A typed day (YYYY-MM-DD) and time (HH:mm) as an instant in the browser's time; null when either is no value. */
export function customUntil(day: string | null, time: string | null): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  const t = /^(\d{2}):(\d{2})$/.exec(time ?? '');
  if (!d || !t) return null;
  const at = new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), 0, 0);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** Whether an instant may be asked for: after now, and never past the deadline itself. */
export function snoozeAllowed(until: Date | null, now: Date, dueAt: Date): boolean {
  return !!until && until.getTime() > now.getTime() && until.getTime() <= dueAt.getTime();
}

/**
 * 1 小时后, 3 小时后, 明天上午 9 点, 到截止时间, 自定义: each disabled where the API would refuse it (past the
 * deadline, or not ahead of now); custom is offered while the deadline is still ahead.
 */
export function snoozeChoices(now: Date, dueAt: Date): SnoozeChoice[] {
  const fixed: Array<[SnoozeChoiceId, Date]> = [
    ['hour', new Date(now.getTime() + HOUR)],
    ['threeHours', new Date(now.getTime() + 3 * HOUR)],
    ['tomorrow', tomorrowAtNine(now)],
    ['due', dueAt],
  ];
  return [
    ...fixed.map(([id, until]) => ({ id, until, disabled: !snoozeAllowed(until, now, dueAt) })),
    { id: 'custom' as const, until: null, disabled: dueAt.getTime() <= now.getTime() },
  ];
}

/** The first choice the API would take, for the dialog's default; null when none is (the deadline has passed). */
export function defaultChoice(choices: readonly SnoozeChoice[]): SnoozeChoiceId | null {
  return choices.find((c) => !c.disabled)?.id ?? null;
}

/** `YYYY-MM-DD` and `HH:mm` of an instant in the browser's time (the custom fields' bounds and start values). */
export function localDay(at: Date): string {
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}
export function localTime(at: Date): string {
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}
