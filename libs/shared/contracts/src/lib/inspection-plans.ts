/** Inspection plans 检查计划 (DESIGN.md §4): recurring rules and what they make due. */

export type PlanFrequency = 'monthly' | 'weekly';

export interface InspectionPlanResponse {
  id: number;
  specialistId: number;
  specialistName: string;
  /** null: the general store standard. */
  categoryId: number | null;
  frequency: PlanFrequency;
  /** null: every open store; otherwise the chosen stores. */
  storeIds: number[] | null;
  active: boolean;
  /** Optimistic-lock version: a PATCH carries the one it read. */
  version: number;
  createdAt: string;
}

export interface CreateInspectionPlanRequest {
  specialistId: number;
  categoryId: number | null;
  frequency: PlanFrequency;
  storeIds?: number[] | null;
}

/** 改派 and edits of a rule: another specialist, store set or frequency, or switching it off. */
export interface UpdateInspectionPlanRequest {
  version: number;
  specialistId?: number;
  frequency?: PlanFrequency;
  storeIds?: number[] | null;
  active?: boolean;
}

/** `GET /api/inspection-plans/due`: the day to look from (YYYY-MM-DD, China time), today by default. */
export interface PlanDueQuery {
  date?: string;
}

/** `GET /api/inspection-plans/board`: the month (YYYY-MM), this month by default. */
export interface PlanBoardQuery {
  month?: string;
}

/** A (store, category) a rule makes due in a period and that has no inspection in it yet. */
export interface DuePlanItem {
  planId: number;
  specialistId: number;
  specialistName: string;
  storeId: number;
  storeCode: string;
  storeName: string;
  categoryId: number | null;
  frequency: PlanFrequency;
  /** The period's first and last day (YYYY-MM-DD, China time). */
  periodStart: string;
  periodEnd: string;
  /**
   * The day the item is planned for within its period: the rule's stores are spread evenly over the period, in
   * store-code order, so a month's rounds are not all due on its first day (planItemDueDate).
   */
  dueDate: string;
  /** True for an item of the previous period that was never inspected. */
  overdue: boolean;
}

export interface PlanCoverageRow {
  specialistId: number;
  specialistName: string;
  /** Pairs due in the current period, and how many of them are done. */
  due: number;
  done: number;
  /** Pairs of the previous period never inspected. */
  overdue: number;
}

/** The current period of each frequency in use: what "本期" means on the page. */
export interface PlanPeriodInfo {
  frequency: PlanFrequency;
  periodStart: string;
  periodEnd: string;
}

export interface InspectionPlanDueResponse {
  date: string;
  /** The current periods the coverage counts refer to (one per frequency in use). */
  periods: PlanPeriodInfo[];
  items: DuePlanItem[];
  /** Per specialist; the ops manager sees every specialist, a specialist only themself. */
  coverage: PlanCoverageRow[];
}

// ---------------------------------------------------------------------------------------------------------------
// The month board 检查计划看板

/**
 * due: the period is running and nothing closed the item yet; done: inspected within the period; done_late: closed
 * for the period by an inspection made after it ended; overdue: the period ended without one.
 */
export type PlanItemStatus = 'due' | 'done' | 'done_late' | 'overdue';

export interface PlanBoardItem {
  planId: number;
  specialistId: number;
  specialistName: string;
  storeId: number;
  storeCode: string;
  storeName: string;
  categoryId: number | null;
  frequency: PlanFrequency;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  status: PlanItemStatus;
  /** The inspection that closed the item, by whom and when (null while due or overdue). */
  inspectionId: number | null;
  inspectedAt: string | null;
  inspectorName: string | null;
}

export interface PlanBoardTotals {
  items: number;
  due: number;
  done: number;
  doneLate: number;
  overdue: number;
}

export interface PlanBoardResponse {
  /** YYYY-MM */
  month: string;
  /** Today (China time), from which due and overdue are judged. */
  today: string;
  /** Items of every period that starts in the month (monthly rules: the month; weekly rules: the weeks starting in it). */
  items: PlanBoardItem[];
  totals: PlanBoardTotals;
  /** Per specialist, the same counts. */
  bySpecialist: Array<PlanBoardTotals & { specialistId: number; specialistName: string }>;
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar days (YYYY-MM-DD, China time) of plan periods: pure, so the web and the API agree.

function utc(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function shiftDay(day: string, days: number): string {
  return dayOf(utc(day) + days * 86_400_000);
}

/** Monday of the ISO week containing `day`. */
export function weekStartOf(day: string): string {
  const weekday = (new Date(utc(day)).getUTCDay() + 6) % 7;
  return shiftDay(day, -weekday);
}

/** The period of a frequency containing `day`, first and last day inclusive. */
export function planPeriodOf(day: string, frequency: PlanFrequency): { start: string; end: string } {
  if (frequency === 'weekly') {
    const start = weekStartOf(day);
    return { start, end: shiftDay(start, 6) };
  }
  const [y, m] = day.split('-').map(Number);
  const start = `${day.slice(0, 7)}-01`;
  return { start, end: dayOf(Date.UTC(y, m, 0)) };
}

/** The period before the one starting on `start`. */
export function previousPlanPeriod(start: string, frequency: PlanFrequency): { start: string; end: string } {
  return planPeriodOf(shiftDay(start, -1), frequency);
}

/** Whether `day` is the first day of a period of this frequency (the 1st of a month, or a Monday). */
export function isPlanPeriodStart(day: string, frequency: PlanFrequency): boolean {
  return planPeriodOf(day, frequency).start === day;
}

/** The periods of a frequency that start within the month `YYYY-MM`, in order. */
export function planPeriodsStartingIn(month: string, frequency: PlanFrequency): Array<{ start: string; end: string }> {
  const first = `${month}-01`;
  if (frequency === 'monthly') return [planPeriodOf(first, 'monthly')];
  const out: Array<{ start: string; end: string }> = [];
  let monday = weekStartOf(first);
  if (monday < first) monday = shiftDay(monday, 7);
  while (monday.slice(0, 7) === month) {
    out.push({ start: monday, end: shiftDay(monday, 6) });
    monday = shiftDay(monday, 7);
  }
  return out;
}

/**
 * The day item `index` (0-based) of `count` is planned for in the period [start, end]: the items are spread evenly,
 * the last one on the period's last day (with 30 stores in a 30-day month, one a day; with 60, two a day).
 */
export function planItemDueDate(start: string, end: string, index: number, count: number): string {
  const days = Math.round((utc(end) - utc(start)) / 86_400_000) + 1;
  if (count <= 0) return end;
  const offset = Math.min(days - 1, Math.max(0, Math.ceil(((index + 1) * days) / count) - 1));
  return shiftDay(start, offset);
}
