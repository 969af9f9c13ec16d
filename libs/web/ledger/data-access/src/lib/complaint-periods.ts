/** The report periods the API takes (contracts COMPLAINT_PERIOD_PATTERN): ISO week, month, quarter, year. */
export type ComplaintPeriodKind = 'week' | 'month' | 'quarter' | 'year';
export const COMPLAINT_PERIOD_KINDS: readonly ComplaintPeriodKind[] = ['week', 'month', 'quarter', 'year'];

const DAY = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The China-time calendar day of an instant, as a UTC-midnight date (so getUTC* read the China day). */
function chinaDay(at: Date): Date {
  const shifted = new Date(at.getTime() + 8 * 3_600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** ISO 8601 week-year and week of a UTC-midnight day: week 1 holds the year's first Thursday. */
function isoWeek(day: Date): { year: number; week: number } {
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY));
  return { year, week };
}

/** The period of `kind` that holds `at` (China time): 2026-W47, 2026-11, 2026-Q4, 2026. */
export function periodOf(kind: ComplaintPeriodKind, at: Date): string {
  const day = chinaDay(at);
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth() + 1;
  switch (kind) {
    case 'week': {
      const w = isoWeek(day);
      return `${w.year}-W${pad(w.week)}`;
    }
    case 'month':
      return `${year}-${pad(month)}`;
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'year':
      return String(year);
  }
}

export function periodKindOf(period: string): ComplaintPeriodKind {
  if (/-W\d{2}$/.test(period)) return 'week';
  if (/-Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  return 'year';
}

/** The period `steps` before (negative) or after (positive) `period`, of the same kind. */
export function shiftPeriod(period: string, steps: number): string {
  const year = Number(period.slice(0, 4));
  switch (periodKindOf(period)) {
    case 'week': {
      const week = Number(period.slice(-2));
      const jan4 = Date.UTC(year, 0, 4);
      const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (week - 1) * 7 * DAY;
      return periodOf('week', new Date(monday + steps * 7 * DAY - 8 * 3_600_000 + 12 * 3_600_000));
    }
    case 'month': {
      const index = year * 12 + Number(period.slice(5, 7)) - 1 + steps;
      return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
    }
    case 'quarter': {
      const index = year * 4 + Number(period.slice(-1)) - 1 + steps;
      return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    }
    case 'year':
      return String(year + steps);
  }
}
