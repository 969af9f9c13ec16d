import { periodKindOf, periodOf, shiftPeriod } from './complaint-periods';

describe('complaint report periods', () => {
  const at = new Date('2026-11-18T10:00:00+08:00');

  it.each([
    ['week', '2026-W47'],
    ['month', '2026-11'],
    ['quarter', '2026-Q4'],
    ['year', '2026'],
  ] as const)('the %s holding Wednesday 18 November 2026 is %s', (kind, period) => {
    expect(periodOf(kind, at)).toBe(period);
    expect(periodKindOf(period)).toBe(kind);
  });

  it('reads the China day: 23:30 on 31 December UTC is already 2027 in China', () => {
    expect(periodOf('year', new Date('2026-12-31T16:30:00Z'))).toBe('2027');
  });

  it('gives 1 January 2027 (a Friday) to ISO week 53 of 2026', () => {
    expect(periodOf('week', new Date('2027-01-01T10:00:00+08:00'))).toBe('2026-W53');
  });

  it.each([
    ['2026-W47', -1, '2026-W46'],
    ['2026-W53', 1, '2027-W01'],
    ['2027-W01', -1, '2026-W53'],
    ['2026-01', -1, '2025-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-Q1', -1, '2025-Q4'],
    ['2026', 1, '2027'],
  ])('%s shifted by %i is %s', (period, steps, expected) => {
    expect(shiftPeriod(period, steps)).toBe(expected);
  });
});
