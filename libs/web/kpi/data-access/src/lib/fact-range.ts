import { Injectable, computed, inject, signal } from '@angular/core';
import { FactRangeResponse, daysInMonth, parseIsoDate } from '@storeops/shared/contracts';
import { RequestState } from '@storeops/web/shared/util';
import { KpiApi } from './kpi-api';

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM` of every month from the first fact day's to the last's, newest first. */
export function factMonths(range: FactRangeResponse | null): string[] {
  if (!range?.firstDay || !range.lastDay) return [];
  const first = parseIsoDate(range.firstDay);
  const last = parseIsoDate(range.lastDay);
  const months: string[] = [];
  let { y, m } = last;
  while (y > first.y || (y === first.y && m >= first.m)) {
    months.push(`${y}-${pad(m)}`);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return months;
}

/** The years with facts, newest first. */
export function factYears(range: FactRangeResponse | null): number[] {
  return [...new Set(factMonths(range).map((m) => Number(m.slice(0, 4))))];
}

/** The months (1–12) of a year that have facts, in calendar order. */
export function factMonthsOf(range: FactRangeResponse | null, year: number): number[] {
  return factMonths(range)
    .filter((m) => Number(m.slice(0, 4)) === year)
    .map((m) => Number(m.slice(5, 7)))
    .reverse();
}

/** The quarters (1–4) of a year that have facts in at least one month. */
export function factQuartersOf(range: FactRangeResponse | null, year: number): number[] {
  return [...new Set(factMonthsOf(range, year).map((m) => Math.ceil(m / 3)))];
}

/**
 * The month a period picker opens on: the last month whose facts reach its last day (a month still being imported
 * would show as pace), else the last month with facts; without facts, the month before `today`.
 */
export function defaultFactMonth(range: FactRangeResponse | null, today: Date): string {
  const months = factMonths(range);
  if (!range?.lastDay || !months.length) {
    const m = today.getMonth();
    return m === 0 ? `${today.getFullYear() - 1}-12` : `${today.getFullYear()}-${pad(m)}`;
  }
  const last = parseIsoDate(range.lastDay);
  const complete = last.d === daysInMonth(last.y, last.m);
  return complete || months.length === 1 ? months[0] : months[1];
}

/**
 * The first and last day that have facts, loaded once per session (and again after an import): what every period
 * and date picker offers.
 */
@Injectable({ providedIn: 'root' })
export class FactRangeStore {
  private readonly api = inject(KpiApi);
  private readonly state = new RequestState();
  private readonly current = signal<FactRangeResponse | null>(null);
  private request: Promise<void> | null = null;

  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly range = this.current.asReadonly();
  /** Loaded (or failed): pickers may fall back to today's calendar. */
  readonly settled = signal(false);
  readonly months = computed(() => factMonths(this.current()));
  readonly years = computed(() => factYears(this.current()));
  readonly firstDay = computed(() => this.current()?.firstDay ?? null);
  readonly lastDay = computed(() => this.current()?.lastDay ?? null);

  load(force = false): Promise<void> {
    if (this.request && !force) return this.request;
    this.request = this.state
      .run(this.api.range())
      .then((range) => this.current.set(range))
      .catch(() => undefined)
      .finally(() => this.settled.set(true));
    return this.request;
  }
}
