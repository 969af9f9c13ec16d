import { monthsBefore } from './complaint-retention';
import { isoWeekOf, previousPeriod } from './complaint-stats.service';

describe('monthsBefore (the retention cut-off)', () => {
  it.each([
    ['2026-11-18', 24, '2024-11-18'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2028-03-31', 1, '2028-02-29'],
    ['2026-01-15', 1, '2025-12-15'],
    ['2026-12-31', 12, '2025-12-31'],
  ])('%s − %i months → %s', (day, months, expected) => expect(monthsBefore(day, months)).toBe(expected));
});

describe('isoWeekOf and previousPeriod (the report trend)', () => {
  it.each([
    ['2026-11-18', '2026-W47'],
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2027-01-03', '2026-W53'],
  ])('%s is in %s', (day, week) => expect(isoWeekOf(day)).toBe(week));

  it.each([
    ['2026-11', '2026-10'],
    ['2026-01', '2025-12'],
    ['2026-Q1', '2025-Q4'],
    ['2026-Q3', '2026-Q2'],
    ['2026-W01', '2025-W52'],
    ['2027-W01', '2026-W53'],
    ['2026', '2025'],
  ])('before %s comes %s', (period, previous) => expect(previousPeriod(period)).toBe(previous));
});
