import { WorkCalendarDay, WorkDayException } from '@storeops/shared/contracts';

/** The i18n key of a day's chip: 放假 / 调休上班. */
export const dayTypeKey = (type: WorkDayException): string => `alert.calendar.type.${type}`;

/** A run of days off (or a 调休 day) as the list shows it: consecutive days of one type and one name are one row. */
export interface CalendarSpan {
  from: string;
  to: string;
  days: number;
  type: WorkDayException;
  name: string | null;
}

export interface CalendarMonth {
  /** YYYY-MM */
  month: string;
  /** Workdays and 调休 days of the month. */
  workingDays: number;
  spans: CalendarSpan[];
}

export interface CalendarCounts {
  workingDays: number;
  holidays: number;
  makeupWorkdays: number;
}

const isWorked = (day: WorkCalendarDay) => day.type === 'workday' || day.type === 'makeup_workday';
const isException = (day: WorkCalendarDay): day is WorkCalendarDay & { type: WorkDayException } =>
  day.type === 'holiday' || day.type === 'makeup_workday';

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The year's working days (workdays and 调休 days), holidays and 调休 days. */
export function calendarCounts(days: readonly WorkCalendarDay[]): CalendarCounts {
  return {
    workingDays: days.filter(isWorked).length,
    holidays: days.filter((d) => d.type === 'holiday').length,
    makeupWorkdays: days.filter((d) => d.type === 'makeup_workday').length,
  };
}

/**
 * The months that have holidays or 调休 days, each with its working days and its spans: 国庆节 1–7 October is one
 * row, not seven. A span is listed in the month it starts in. Months without exceptions are left out.
 */
export function calendarMonths(days: readonly WorkCalendarDay[]): CalendarMonth[] {
  const months = new Map<string, CalendarMonth>();
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
  for (const day of sorted) {
    const key = day.date.slice(0, 7);
    const month = months.get(key) ?? { month: key, workingDays: 0, spans: [] };
    months.set(key, month);
    if (isWorked(day)) month.workingDays++;
  }
  let last: CalendarSpan | null = null;
  for (const day of sorted) {
    if (!isException(day)) {
      last = null;
      continue;
    }
    const name = day.name ?? null;
    if (last && last.type === day.type && last.name === name && nextDay(last.to) === day.date) {
      last.to = day.date;
      last.days++;
      continue;
    }
    last = { from: day.date, to: day.date, days: 1, type: day.type, name };
    months.get(day.date.slice(0, 7))?.spans.push(last);
  }
  return [...months.values()].filter((m) => m.spans.length > 0);
}

/** A day with its weekday in the interface language: 10月1日周四 / Thu, Oct 1 (the year is the page's). */
export function dayWithWeekday(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
