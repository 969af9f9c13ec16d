import { AlertPart, AlertStatus, DEADLINE_KINDS, DEADLINE_READERS, DeadlineKind, Role } from '@storeops/shared/contracts';

/** The i18n key of each kind, status and part: one place, so a chip, a filter and a card say the same word. */
export const kindKey = (kind: DeadlineKind | string): string => `alert.kind.${kind}`;
export const statusKey = (status: AlertStatus): string => `alert.status.${status}`;
export const partKey = (part: AlertPart): string => `alert.part.${part}`;

/** The kinds a role may see at all (the filter offers only those; null role: every kind). */
export function kindsFor(role: Role | null): DeadlineKind[] {
  return DEADLINE_KINDS.filter((kind) => role === null || DEADLINE_READERS[kind].includes(role));
}

/** A working day is 8 working hours. */
export const WORKING_DAY_MINUTES = 480;

export interface Text {
  key: string;
  params?: Readonly<Record<string, number>>;
}

/**
 * Working time left (or overdue, when negative) as words: whole working days and hours from a day on, whole hours
 * under a day, minutes under an hour — 剩 3 小时, 剩 1 个工作日 2 小时, 逾期 2 个工作日. Rounded down: never more
 * time than there is.
 */
export function remainingText(workingMinutesLeft: number): Text {
  if (workingMinutesLeft === 0) return { key: 'alert.dueNow' };
  const way = workingMinutesLeft > 0 ? 'left' : 'over';
  const minutes = Math.abs(Math.trunc(workingMinutesLeft));
  const days = Math.floor(minutes / WORKING_DAY_MINUTES);
  const hours = Math.floor((minutes % WORKING_DAY_MINUTES) / 60);
  if (days > 0)
    return hours > 0 ? { key: `alert.${way}.daysHours`, params: { d: days, h: hours } } : { key: `alert.${way}.days`, params: { n: days } };
  if (minutes >= 60) return { key: `alert.${way}.hours`, params: { n: Math.floor(minutes / 60) } };
  return { key: `alert.${way}.minutes`, params: { n: Math.max(1, minutes) } };
}
