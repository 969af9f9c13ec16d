import { daysInMonth } from '@storeops/shared/contracts';

/** YYYYMMDD ↔ YYYY-MM-DD */
export function toDayNumber(iso: string): number {
  return Number(iso.replace(/-/g, ''));
}

export function toIsoDay(day: number): string {
  const s = String(day);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

export function toIsoMonth(month: number): string {
  const s = String(month);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}`;
}

function lastDayOfMonth(month: number): number {
  return month * 100 + daysInMonth(Math.floor(month / 100), month % 100);
}

function nextMonth(month: number): number {
  return month % 100 === 12 ? (Math.floor(month / 100) + 1) * 100 + 1 : month + 1;
}

export interface RangeParts {
  /** Whole months inside the range, as YYYYMM: read from month rollups. */
  months: number[];
  /** Inclusive day ranges (YYYYMMDD) not covered by whole months: each shorter than a month, read from daily rows. */
  dayRanges: Array<[number, number]>;
}

/**
 * Splits an inclusive day range into whole months and the partial months at either end, so a query reads rollups
 * for the months and at most two partial months of daily rows.
 */
export function splitRange(from: number, to: number): RangeParts {
  if (from > to) return { months: [], dayRanges: [] };
  const months: number[] = [];
  const dayRanges: Array<[number, number]> = [];
  let month = Math.floor(from / 100);
  const lastMonth = Math.floor(to / 100);
  while (month <= lastMonth) {
    const start = Math.max(from, month * 100 + 1);
    const end = Math.min(to, lastDayOfMonth(month));
    if (start === month * 100 + 1 && end === lastDayOfMonth(month)) months.push(month);
    else dayRanges.push([start, end]);
    month = nextMonth(month);
  }
  return { months, dayRanges };
}

/** The same calendar day one year earlier; 29 February becomes the 28th. */
export function sameDayLastYear(day: number): number {
  const y = Math.floor(day / 10000);
  const md = day % 10000;
  const previous = (y - 1) * 10000 + md;
  if (md === 229) return (y - 1) * 10000 + 228;
  return previous;
}

/** The day `days` days after (or before, when negative) a YYYYMMDD day. */
export function shiftDays(day: number, days: number): number {
  const at = new Date(Date.UTC(Math.floor(day / 10000), Math.floor((day % 10000) / 100) - 1, day % 100) + days * 86_400_000);
  return at.getUTCFullYear() * 10000 + (at.getUTCMonth() + 1) * 100 + at.getUTCDate();
}

/** Days in an inclusive range. */
export function daysBetween(from: number, to: number): number {
  const a = Date.UTC(Math.floor(from / 10000), Math.floor((from % 10000) / 100) - 1, from % 100);
  const b = Date.UTC(Math.floor(to / 10000), Math.floor((to % 10000) / 100) - 1, to % 100);
  return Math.round((b - a) / 86_400_000) + 1;
}

export type ResolvedPeriod = { from: number; to: number };

/**
 * `2026-10`, `2026-Q3`, `2026`, `mtd`, `ytd` (to the as-of day), or explicit from/to. Returns null with a reason
 * when the text is not a period.
 */
export function resolvePeriod(period: string, asOf: number): ResolvedPeriod | string {
  const y = Math.floor(asOf / 10000);
  const m = Math.floor((asOf % 10000) / 100);
  if (period === 'mtd') return { from: y * 10000 + m * 100 + 1, to: asOf };
  if (period === 'ytd') return { from: y * 10000 + 101, to: asOf };
  let match = /^(\d{4})-(\d{2})$/.exec(period);
  if (match) {
    const month = Number(match[1]) * 100 + Number(match[2]);
    if (Number(match[2]) < 1 || Number(match[2]) > 12) return `"${period}" names no month`;
    return { from: month * 100 + 1, to: lastDayOfMonth(month) };
  }
  match = /^(\d{4})-Q([1-4])$/i.exec(period);
  if (match) {
    const year = Number(match[1]);
    const q = Number(match[2]);
    const first = year * 100 + (q - 1) * 3 + 1;
    return { from: first * 100 + 1, to: lastDayOfMonth(first + 2) };
  }
  match = /^(\d{4})$/.exec(period);
  if (match) return { from: Number(match[1]) * 10000 + 101, to: Number(match[1]) * 10000 + 1231 };
  return `"${period}" is not a period (2026-10, 2026-Q3, 2026, mtd, ytd)`;
}
