/**
 * The working calendar: which days are worked (weekends, public holidays and 调休 make-up working days), the working
 * hours of a day, and the arithmetic every deadline uses — add working days, add working time, working time between
 * two instants, and elapsed working time with pauses that count nothing. Pure: the API seeds and stores the
 * calendar, these functions only read it. China has one time zone and no daylight saving, so days and hours are
 * China time (UTC+8) whatever the machine's zone.
 */

export type WorkDayType = 'workday' | 'holiday' | 'makeup_workday' | 'weekend';
/** A day that differs from its weekday's rule: a holiday on a weekday, or a weekend day worked (调休). */
export type WorkDayException = 'holiday' | 'makeup_workday';

/** Working hours of a worked day, China time, 'HH:MM'; a lunch break, when set, is not working time. */
export interface WorkingHours {
  start: string;
  end: string;
  lunchStart?: string | null;
  lunchEnd?: string | null;
}

export interface WorkCalendar {
  /** Exceptions by day (YYYY-MM-DD): holidays and make-up working days. Any other day follows its weekday. */
  exceptions: ReadonlyMap<string, WorkDayException>;
  hours: WorkingHours;
  /** Days not worked whatever the calendar says (a store closed for renovation), YYYY-MM-DD. */
  closed?: ReadonlySet<string>;
}

/** 09:00–18:00 with a 12:00–13:00 lunch: the eight-hour office day. */
export const DEFAULT_WORKING_HOURS: WorkingHours = { start: '09:00', end: '18:00', lunchStart: '12:00', lunchEnd: '13:00' };

/** A pause: from when to when work on a deadline stood still; an open pause has no `to`. */
export interface WorkPause {
  from: Date;
  to?: Date | null;
}

const MINUTE = 60_000;
const DAY_MS = 24 * 60 * MINUTE;
/** China time is UTC+8 all year (no daylight saving). */
export const CHINA_OFFSET_MS = 8 * 60 * MINUTE;
const HM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** 'HH:MM' → minutes after midnight; throws on anything else, since a calendar is checked when it is saved. */
export function minutesOfDay(hm: string): number {
  const match = HM.exec(hm);
  if (!match) throw new RangeError(`not a time of day (HH:MM): ${hm}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The problem with a set of working hours, or null: start before end, a lunch inside them with both ends. */
export function workingHoursProblem(hours: WorkingHours): string | null {
  for (const value of [hours.start, hours.end, hours.lunchStart, hours.lunchEnd]) {
    if (value != null && !HM.test(value)) return 'time_format';
  }
  if (minutesOfDay(hours.start) >= minutesOfDay(hours.end)) return 'start_after_end';
  const hasStart = hours.lunchStart != null;
  if (hasStart !== (hours.lunchEnd != null)) return 'lunch_incomplete';
  if (hasStart) {
    const lunchStart = minutesOfDay(hours.lunchStart as string);
    const lunchEnd = minutesOfDay(hours.lunchEnd as string);
    if (lunchStart >= lunchEnd || lunchStart <= minutesOfDay(hours.start) || lunchEnd >= minutesOfDay(hours.end)) {
      return 'lunch_outside_hours';
    }
  }
  return null;
}

/** The China-time day (YYYY-MM-DD) an instant falls on. */
export function chinaDayOf(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of China-time midnight starting a day. */
function midnightOf(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - CHINA_OFFSET_MS;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** What kind of day a day is by the calendar alone (a store's closures aside). */
export function dayTypeOf(calendar: WorkCalendar, day: string): WorkDayType {
  const exception = calendar.exceptions.get(day);
  if (exception) return exception;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 ? 'weekend' : 'workday';
}

/** Whether a day is worked: a workday or a make-up working day, and not a day the store is closed. */
export function isWorkingDay(calendar: WorkCalendar, day: string): boolean {
  if (calendar.closed?.has(day)) return false;
  const type = dayTypeOf(calendar, day);
  return type === 'workday' || type === 'makeup_workday';
}

/** The working intervals of a day as [from, to) instants in ms: none on a day off, two around a lunch break. */
function intervalsOf(calendar: WorkCalendar, day: string): Array<[number, number]> {
  if (!isWorkingDay(calendar, day)) return [];
  const midnight = midnightOf(day);
  const at = (hm: string) => midnight + minutesOfDay(hm) * MINUTE;
  const { start, end, lunchStart, lunchEnd } = calendar.hours;
  if (lunchStart == null || lunchEnd == null) return [[at(start), at(end)]];
  return [
    [at(start), at(lunchStart)],
    [at(lunchEnd), at(end)],
  ];
}

/** The number of the China-time day an instant falls on (days since 1970-01-01, China time). */
function dayNumberOf(instant: number): number {
  return Math.floor((instant + CHINA_OFFSET_MS) / DAY_MS);
}

function dayOfNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Working time of one day's intervals that falls within [a, b). */
function overlapOnDay(calendar: WorkCalendar, n: number, a: number, b: number): number {
  const kept = daySums(calendar, n, n + 1);
  let total = 0;
  for (const [start, end] of kept.intervals[n - kept.first]) {
    const overlap = Math.min(end, b) - Math.max(start, a);
    if (overlap > 0) total += overlap;
  }
  return total;
}

/**
 * Each day's working intervals and running totals of working time and working days by day number, kept per
 * calendar (a WorkCalendar is not changed once made: its maps are read-only), so the working time between two
 * instants months apart costs two look-ups rather than a walk through every day — the alert centre works it out
 * for every open deadline on every request.
 */
interface DaySums {
  first: number;
  /** intervals[i]: the working intervals of the day numbered first + i. */
  intervals: Array<Array<[number, number]>>;
  /** sums[i]: the working time of the days numbered first … first + i − 1. */
  sums: number[];
  /** worked[i]: how many of those days are working days. */
  worked: number[];
}
const DAY_SUMS = new WeakMap<WorkCalendar, DaySums>();

/** The kept days of a calendar, covering at least the days numbered [from, to). */
function daySums(calendar: WorkCalendar, from: number, to: number): DaySums {
  const kept = DAY_SUMS.get(calendar);
  if (kept && from >= kept.first && to <= kept.first + kept.intervals.length) return kept;
  // Grown a year beyond what was asked on either side, so nearby questions need no rebuild.
  const first = Math.min(from, kept?.first ?? from) - 366;
  const last = Math.max(to, kept ? kept.first + kept.intervals.length : to) + 366;
  const intervals: Array<Array<[number, number]>> = [];
  const sums = [0];
  const worked = [0];
  for (let n = first; n < last; n++) {
    const day = intervalsOf(calendar, dayOfNumber(n));
    intervals.push(day);
    sums.push(sums[sums.length - 1] + day.reduce((total, [start, end]) => total + end - start, 0));
    worked.push(worked[worked.length - 1] + (day.length > 0 ? 1 : 0));
  }
  const grown = { first, intervals, sums, worked };
  DAY_SUMS.set(calendar, grown);
  return grown;
}

/** Working time of the whole days numbered [from, to). */
function wholeDaysWorkingTime(calendar: WorkCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  const kept = daySums(calendar, from, to);
  return kept.sums[to - kept.first] - kept.sums[from - kept.first];
}

/** How far ahead the arithmetic looks for working days before it decides the calendar has none (ten years). */
const MAX_DAYS_SCANNED = 3_660;

function requireWhole(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${what} must be a whole number ≥ 0, got ${value}`);
}

/**
 * The same time of day on the `days`-th working day after `from`'s day: "三天之内" from Wednesday 30 September 2026
 * 10:00 is Saturday 10 October 10:00 (1–7 October off, the 10th a make-up working day). Zero days is `from` itself.
 */
export function addWorkingDays(calendar: WorkCalendar, from: Date, days: number): Date {
  requireWhole(days, 'days');
  if (days === 0) return new Date(from.getTime());
  const start = dayNumberOf(from.getTime());
  const timeOfDay = from.getTime() - (start * DAY_MS - CHINA_OFFSET_MS);
  // The first day after `start` by which `days` working days have passed, by bisection of the kept running counts.
  for (let horizon = start + 2 * days + 31; ; horizon = Math.min(start + MAX_DAYS_SCANNED, start + 2 * (horizon - start))) {
    const kept = daySums(calendar, start + 1, horizon + 1);
    const worked = (n: number) => kept.worked[n - kept.first];
    const needed = worked(start + 1) + days;
    if (worked(horizon + 1) >= needed) {
      let lo = start + 1;
      let hi = horizon;
      while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        if (worked(mid + 1) >= needed) hi = mid;
        else lo = mid + 1;
      }
      return new Date(lo * DAY_MS - CHINA_OFFSET_MS + timeOfDay);
    }
    if (horizon - start >= MAX_DAYS_SCANNED) throw new RangeError('the calendar has no working days ahead');
  }
}

/**
 * The instant when `ms` of working time have passed after `from`: time outside working hours, at lunch and on days
 * off does not count. Landing exactly on the end of a working interval answers that end (18:00), not the next start.
 */
export function addWorkingTime(calendar: WorkCalendar, from: Date, ms: number): Date {
  requireWhole(ms, 'working time');
  if (ms === 0) return new Date(from.getTime());
  let left = ms;
  let day = chinaDayOf(from);
  for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++, day = nextDay(day)) {
    for (const [start, end] of intervalsOf(calendar, day)) {
      const begin = Math.max(start, from.getTime());
      if (begin >= end) continue;
      if (end - begin >= left) return new Date(begin + left);
      left -= end - begin;
    }
  }
  throw new RangeError('the calendar has no working days ahead');
}

/** `addWorkingTime` in hours (whole minutes: 1.5 is 90 minutes). */
export function addWorkingHours(calendar: WorkCalendar, from: Date, hours: number): Date {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`hours must be ≥ 0, got ${hours}`);
  return addWorkingTime(calendar, from, Math.round(hours * 60) * MINUTE);
}

/** Whether `at` falls within working hours (a working day, between start and end, not at lunch). */
export function isWorkingTime(calendar: WorkCalendar, at: Date): boolean {
  return workingTimeBetween(calendar, at, new Date(at.getTime() + MINUTE)) > 0;
}

/** Working time in ms between two instants (0 when `to` is not after `from`). */
export function workingTimeBetween(calendar: WorkCalendar, from: Date, to: Date): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b <= a) return 0;
  const firstDay = dayNumberOf(a);
  const lastDay = dayNumberOf(b);
  if (firstDay === lastDay) return overlapOnDay(calendar, firstDay, a, b);
  return (
    overlapOnDay(calendar, firstDay, a, b) + wholeDaysWorkingTime(calendar, firstDay + 1, lastDay) + overlapOnDay(calendar, lastDay, a, b)
  );
}

/**
 * Working time from `from` to `to` that counts: the working time of the pauses (each clipped to the span, overlapping
 * ones counted once, an open one running to `to`) is left out, so a pause over a weekend or a holiday takes away
 * nothing and a pause is never taken away twice.
 */
export function workingTimeCounted(calendar: WorkCalendar, from: Date, to: Date, pauses: readonly WorkPause[]): number {
  const a = from.getTime();
  const b = to.getTime();
  const merged = mergedPauses(pauses, b)
    .map(([start, end]) => [Math.max(a, start), Math.min(b, end ?? b)] as [number, number])
    .filter(([start, end]) => end > start);
  const paused = merged.reduce((sum, [start, end]) => sum + workingTimeBetween(calendar, new Date(start), new Date(end)), 0);
  return workingTimeBetween(calendar, from, to) - paused;
}

/** A calendar from a list of exceptions, e.g. the rows of `GET /api/work-calendar`. */
export function workCalendarOf(
  exceptions: Iterable<{ date: string; type: WorkDayException }>,
  hours: WorkingHours = DEFAULT_WORKING_HOURS,
  closed?: Iterable<string>,
): WorkCalendar {
  return {
    exceptions: new Map([...exceptions].map((e) => [e.date, e.type])),
    hours,
    closed: closed ? new Set(closed) : undefined,
  };
}

/** A year's exceptions: at most one per day. */
export const MAX_CALENDAR_EXCEPTIONS = 366;
export const WORK_DAY_EXCEPTIONS: readonly WorkDayException[] = ['holiday', 'makeup_workday'];

/** One day of `GET /api/work-calendar`. `name` is the holiday's name (国庆节) on exceptions the list names. */
export interface WorkCalendarDay {
  date: string;
  type: WorkDayType;
  name?: string | null;
}

/**
 * `GET /api/work-calendar?year=`: every day of the year with its type. `source` says where the year's exceptions
 * came from: `package` (the published schedule as the maintained holiday package knows it), `office` (replaced by
 * the office) or `missing` (nobody has entered the year: only weekends are known, and deadlines in it are a guess).
 */
export interface WorkCalendarResponse {
  year: number;
  source: 'package' | 'office' | 'missing';
  updatedBy: string | null;
  updatedAt: string | null;
  /** 0 for a missing year; send it back with a replacement to be told (409) when someone else replaced it first. */
  version: number;
  hours: WorkingHours;
  days: WorkCalendarDay[];
}

export interface WorkCalendarQuery {
  year: number;
}

/** `PUT /api/work-calendar/:year`: the year's exceptions, replacing what it had. */
export interface WorkCalendarExceptionInput {
  date: string;
  type: WorkDayException;
  name?: string | null;
}

export interface ReplaceWorkCalendarRequest {
  days: WorkCalendarExceptionInput[];
  /** The version the list was read at (optional: without it the replacement is unconditional). */
  version?: number;
}

/** The path of `PUT /api/work-calendar/:year`. */
export interface WorkCalendarYearParams {
  year: number;
}

/** `GET /api/work-calendar/add`: the engine, for checks — `from` plus working days or working hours. */
export interface WorkCalendarAddQuery {
  from: string;
  workingDays?: number;
  workingHours?: number;
}

export interface WorkCalendarAddResponse {
  from: string;
  /** China time with its offset, e.g. 2026-10-10T10:00:00+08:00. */
  due: string;
}

/** `GET /api/work-calendar/years`: the years entered, and whether next year is still missing (said from December on). */
export interface WorkCalendarYearsResponse {
  years: Array<{ year: number; source: 'package' | 'office'; updatedAt: string | null }>;
  nextYear: number;
  nextYearMissing: boolean;
}

/** An instant as China time with its offset: 2026-10-10T10:00:00+08:00. */
export function chinaInstant(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19) + '+08:00';
}

/** Every day of a year with its type and, for exceptions, its name. */
export function yearDays(calendar: WorkCalendar, year: number, names: ReadonlyMap<string, string | null> = new Map()): WorkCalendarDay[] {
  const days: WorkCalendarDay[] = [];
  for (let day = `${year}-01-01`; day.startsWith(String(year)); day = nextDay(day)) {
    const type = dayTypeOf(calendar, day);
    days.push(type === 'holiday' || type === 'makeup_workday' ? { date: day, type, name: names.get(day) ?? null } : { date: day, type });
  }
  return days;
}

/**
 * How a deadline is counted: `calendar` — a fixed instant (a licence's expiry, a contract's end), moved on by the
 * working time of any pause; `working` — a budget of working time from the start (三个工作日 = 3 × 8 h), of which
 * pauses use nothing.
 */
export type DeadlinePolicy = { kind: 'calendar'; dueAt: Date } | { kind: 'working'; workingMs: number };

export type DeadlineStatus = 'pending' | 'due_soon' | 'overdue' | 'paused' | 'done_on_time' | 'done_late';

export interface DeadlineHistory {
  startedAt: Date;
  policy: DeadlinePolicy;
  pauses: readonly WorkPause[];
  doneAt?: Date | null;
}

export interface DeadlineState {
  status: DeadlineStatus;
  /** When it falls due as things stand; null while paused (the clock stands still). */
  dueAt: Date | null;
  /** Working time left until it falls due (negative: how far past it is); null while paused or once done. */
  workingMsLeft: number | null;
  /** Working time the pauses took, so far. */
  pausedWorkingMs: number;
}

function mergedPauses(pauses: readonly WorkPause[], until: number): Array<[number, number | null]> {
  const spans = pauses
    .map((p) => [p.from.getTime(), p.to ? p.to.getTime() : null] as [number, number | null])
    .filter(([start]) => start < until)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number | null]> = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && (last[1] === null || start <= last[1])) {
      last[1] = last[1] === null || end === null ? null : Math.max(last[1], end);
    } else merged.push([start, end]);
  }
  return merged;
}

/**
 * A deadline's state derived from its history alone — start, policy, pauses, completion — so changing a policy or
 * reading it again later never loses or double-counts paused time. `soonMs` is the working time before the due
 * instant from which it counts as due soon (24 working hours by default). A pause that begins after the deadline
 * has passed does not move it.
 */
export function deadlineState(calendar: WorkCalendar, history: DeadlineHistory, now: Date, soonMs = 24 * 60 * MINUTE): DeadlineState {
  const end = history.doneAt ? history.doneAt.getTime() : now.getTime();
  const pauses = mergedPauses(history.pauses, end);
  let dueAt: number | null;
  let paused = 0;
  if (history.policy.kind === 'working') {
    let left = history.policy.workingMs;
    let from = history.startedAt.getTime();
    dueAt = null;
    for (const [start, stop] of pauses) {
      if (stop !== null && stop <= from) continue;
      const pauseStart = Math.max(start, from);
      const dueBefore = addWorkingTime(calendar, new Date(from), left).getTime();
      if (dueBefore <= pauseStart) {
        dueAt = dueBefore;
        break;
      }
      left -= workingTimeBetween(calendar, new Date(from), new Date(pauseStart));
      if (stop === null) {
        paused += workingTimeBetween(calendar, new Date(pauseStart), new Date(end));
        from = Number.NaN;
        break;
      }
      paused += workingTimeBetween(calendar, new Date(pauseStart), new Date(stop));
      from = stop;
    }
    if (dueAt === null && !Number.isNaN(from)) dueAt = addWorkingTime(calendar, new Date(from), left).getTime();
  } else {
    dueAt = history.policy.dueAt.getTime();
    for (const [start, stop] of pauses) {
      if (start >= dueAt) break;
      const length = workingTimeBetween(calendar, new Date(Math.max(start, history.startedAt.getTime())), new Date(stop ?? end));
      paused += length;
      if (stop === null) {
        dueAt = null;
        break;
      }
      dueAt = addWorkingTime(calendar, new Date(dueAt), length).getTime();
    }
  }
  const due = dueAt === null ? null : new Date(dueAt);
  if (history.doneAt) {
    const late = due !== null && history.doneAt.getTime() > due.getTime();
    return { status: late ? 'done_late' : 'done_on_time', dueAt: due, workingMsLeft: null, pausedWorkingMs: paused };
  }
  if (due === null) return { status: 'paused', dueAt: null, workingMsLeft: null, pausedWorkingMs: paused };
  const left = due.getTime() > now.getTime() ? workingTimeBetween(calendar, now, due) : 0 - workingTimeBetween(calendar, due, now);
  const status: DeadlineStatus = now.getTime() >= due.getTime() ? 'overdue' : left <= soonMs ? 'due_soon' : 'pending';
  return { status, dueAt: due, workingMsLeft: left, pausedWorkingMs: paused };
}

/** `PUT /api/work-calendar/hours` (admin): the working hours every deadline counts in. */
export interface WorkingHoursRequest extends WorkingHours {
  version?: number;
}
export interface WorkingHoursResponse {
  hours: WorkingHours;
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** A store's days off outside the calendar (闭店装修, 停业整顿): its deadlines count no working time on them. */
export interface StoreClosureResponse {
  id: number;
  storeId: number;
  /** First and last day closed, YYYY-MM-DD, China time. */
  from: string;
  to: string;
  reason: string;
  createdBy: string;
  createdAt: string;
}
export interface CreateStoreClosureRequest {
  storeId: number;
  from: string;
  to: string;
  reason: string;
}
export interface StoreClosureQuery {
  storeId?: number;
}
/** `DELETE /api/work-calendar/closures/:id`. */
export interface StoreClosureIdParams {
  id: number;
}
/** A closure spans at most a year (a longer one is a store that closed: its status says so). */
export const MAX_CLOSURE_DAYS = 366;

/** The days from `from` to `to` inclusive (YYYY-MM-DD). */
export function daysFromTo(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = nextDay(day)) days.push(day);
  return days;
}

/** `POST /api/work-calendar/:year/import`: what the sheet held, once saved. */
export interface WorkCalendarImportResponse extends WorkCalendarResponse {
  imported: { holidays: number; makeupWorkdays: number };
}
