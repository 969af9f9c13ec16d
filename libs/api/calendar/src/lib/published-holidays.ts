import { getDayDetail } from 'chinese-days';
import { WorkCalendarExceptionInput } from '@storeops/shared/contracts';

/** The first year the holiday package covers. */
export const FIRST_PUBLISHED_YEAR = 2004;

/**
 * The State Council's published holidays and 调休 working days of a year as the maintained `chinese-days` package
 * has them, or null when it does not have the year yet (it lists a year once the schedule is published, usually in
 * November of the year before). The package names an exception "National Day,国庆节,3"; a plain day by its weekday.
 */
export function publishedYear(year: number): WorkCalendarExceptionInput[] | null {
  const days: WorkCalendarExceptionInput[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    const detail = getDayDetail(date);
    const parts = detail.name.split(',');
    if (parts.length < 2) continue;
    days.push({ date, type: detail.work ? 'makeup_workday' : 'holiday', name: parts[1] || parts[0] });
  }
  return days.length > 0 ? days : null;
}
