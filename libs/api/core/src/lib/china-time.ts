import { CHINA_OFFSET_MS, chinaDayOf } from '@storeops/shared/contracts';
import { clock } from './clock';

/** The chain runs on China time (UTC+8, no daylight saving): days, months and periods start at 00:00 there. */
export { CHINA_OFFSET_MS };

/** 00:00 China time of a YYYY-MM-DD day, as an instant. */
export function startOfChinaDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) - CHINA_OFFSET_MS);
}

/** The China-time day (YYYY-MM-DD) an instant falls on; today by default. */
export function chinaDay(at: Date = clock.now()): string {
  return chinaDayOf(at);
}

export interface Period {
  from: Date;
  /** Exclusive. */
  to: Date;
}

/** `YYYY`, `YYYY-MM` or `YYYY-Qn` → [from, to) in China time. */
export function parsePeriod(period: string): Period {
  const year = Number(period.slice(0, 4));
  let first = 1;
  let months = 12;
  const quarter = /^\d{4}-Q([1-4])$/.exec(period);
  const month = /^\d{4}-(\d{2})$/.exec(period);
  if (quarter) {
    first = (Number(quarter[1]) - 1) * 3 + 1;
    months = 3;
  } else if (month) {
    first = Number(month[1]);
    months = 1;
  }
  const from = new Date(Date.UTC(year, first - 1, 1) - CHINA_OFFSET_MS);
  const to = new Date(Date.UTC(year, first - 1 + months, 1) - CHINA_OFFSET_MS);
  return { from, to };
}
