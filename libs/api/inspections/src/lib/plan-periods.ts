import { CHINA_OFFSET_MS, Period } from '@storeops/api/core';

/** Inspection-plan periods in China time (the shared day and period helpers are in @storeops/api/core). */
export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * 86_400_000);
}

/** The month or the ISO week (Monday first) containing `day`, and the one before it, in China time. */
export function planPeriods(day: string, frequency: 'monthly' | 'weekly'): { current: Period; previous: Period } {
  const [y, m, d] = day.split('-').map(Number);
  if (frequency === 'monthly') {
    const start = (yy: number, mm: number) => new Date(Date.UTC(yy, mm - 1, 1) - CHINA_OFFSET_MS);
    return { current: { from: start(y, m), to: start(y, m + 1) }, previous: { from: start(y, m - 1), to: start(y, m) } };
  }
  const utcDay = new Date(Date.UTC(y, m - 1, d));
  const monday = Date.UTC(y, m - 1, d - ((utcDay.getUTCDay() + 6) % 7)) - CHINA_OFFSET_MS;
  const week = 7 * 86_400_000;
  return {
    current: { from: new Date(monday), to: new Date(monday + week) },
    previous: { from: new Date(monday - week), to: new Date(monday) },
  };
}
