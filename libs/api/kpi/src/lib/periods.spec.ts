import { daysBetween, resolvePeriod, sameDayLastYear, splitRange } from './periods';

describe('splitRange', () => {
  it.each<[string, number, number, number[], Array<[number, number]>]>([
    ['one whole month', 20261001, 20261031, [202610], []],
    ['month to date', 20261101, 20261115, [], [[20261101, 20261115]]],
    ['a year to date mid-month', 20260101, 20260315, [202601, 202602], [[20260301, 20260315]]],
    [
      'ragged both ends across a year',
      20251215,
      20260210,
      [202601],
      [
        [20251215, 20251231],
        [20260201, 20260210],
      ],
    ],
    ['February of a leap year whole', 20240201, 20240229, [202402], []],
    ['a single day', 20260301, 20260301, [], [[20260301, 20260301]]],
    ['empty (from after to)', 20260302, 20260301, [], []],
  ])('%s', (_, from, to, months, days) => {
    expect(splitRange(from, to)).toEqual({ months, dayRanges: days });
  });
});

describe('periods', () => {
  it.each<[string, number, { from: number; to: number }]>([
    ['2026-10', 20261127, { from: 20261001, to: 20261031 }],
    ['2026-Q3', 20261127, { from: 20260701, to: 20260930 }],
    ['2024-Q1', 20261127, { from: 20240101, to: 20240331 }],
    ['2026', 20261127, { from: 20260101, to: 20261231 }],
    ['mtd', 20261127, { from: 20261101, to: 20261127 }],
    ['ytd', 20261127, { from: 20260101, to: 20261127 }],
  ])('%s as of %d', (period, asOf, expected) => expect(resolvePeriod(period, asOf)).toEqual(expected));

  it.each(['2026-13', '2026-Q5', 'last-week', ''])('refuses %p', (period) => {
    expect(typeof resolvePeriod(period, 20261127)).toBe('string');
  });

  it('maps a day to last year, 29 February to the 28th', () => {
    expect(sameDayLastYear(20261127)).toBe(20251127);
    expect(sameDayLastYear(20240229)).toBe(20230228);
  });

  it('counts days inclusively across months and leap years', () => {
    expect(daysBetween(20260101, 20260101)).toBe(1);
    expect(daysBetween(20240101, 20241231)).toBe(366);
    expect(daysBetween(20260225, 20260305)).toBe(9);
  });
});
