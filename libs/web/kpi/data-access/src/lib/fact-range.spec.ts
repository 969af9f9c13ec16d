import { defaultFactMonth, factMonths, factMonthsOf, factQuartersOf, factYears } from './fact-range';

const today = new Date(2026, 10, 18);

describe('period pickers from the facts', () => {
  const range = { firstDay: '2013-01-01', lastDay: '2015-07-31' };

  it('offers every month from the first fact month to the last, newest first, across years', () => {
    const months = factMonths(range);
    expect(months).toHaveLength(31);
    expect(months[0]).toBe('2015-07');
    expect(months.at(-1)).toBe('2013-01');
    expect(factYears(range)).toEqual([2015, 2014, 2013]);
    expect(factMonthsOf(range, 2015)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(factQuartersOf(range, 2015)).toEqual([1, 2, 3]);
    expect(factMonthsOf(range, 2016)).toEqual([]);
  });

  it('starts mid-year where the facts start', () => {
    expect(factMonthsOf({ firstDay: '2024-11-20', lastDay: '2025-02-03' }, 2024)).toEqual([11, 12]);
    expect(factQuartersOf({ firstDay: '2024-11-20', lastDay: '2025-02-03' }, 2024)).toEqual([4]);
  });

  it('opens on the last month the facts cover to its end, not on today’s calendar', () => {
    expect(defaultFactMonth(range, today)).toBe('2015-07');
    expect(defaultFactMonth({ firstDay: '2024-01-01', lastDay: '2026-11-17' }, today)).toBe('2026-10');
    // 29 February is the end of its month.
    expect(defaultFactMonth({ firstDay: '2023-01-01', lastDay: '2024-02-29' }, today)).toBe('2024-02');
    // A single, unfinished month is still the one with data.
    expect(defaultFactMonth({ firstDay: '2026-11-01', lastDay: '2026-11-17' }, today)).toBe('2026-11');
  });

  it('falls back to the month before today without facts (January → last December)', () => {
    expect(defaultFactMonth({ firstDay: null, lastDay: null }, today)).toBe('2026-10');
    expect(defaultFactMonth(null, new Date(2027, 0, 5))).toBe('2026-12');
  });
});
