import { achievement, dayOfYear, daysInMonth, Metric, METRIC_DIRECTION, progress, ratio, timeProgress, tradedThroughout, yoy } from './kpi';

describe('ratio, yoy, achievement', () => {
  it.each<[string, number, number, number | null]>([
    ['plain', 50, 200, 0.25],
    ['zero denominator → unknown, not 0', 5, 0, null],
    ['zero numerator', 0, 7, 0],
  ])('ratio: %s', (_, n, d, expected) => expect(ratio(n, d)).toBe(expected));

  it.each<[string, number, number, number | null]>([
    ['growth', 110, 100, 0.1],
    ['decline', 90, 100, -0.1],
    ['missing history (last year 0) → null', 90, 0, null],
  ])('yoy: %s', (_, cur, ly, expected) => {
    const value = yoy(cur, ly);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 12);
  });

  it.each<[string, number, number, 'higher' | 'lower', number | null]>([
    ['higher is better: actual / target', 95, 100, 'higher', 0.95],
    ['over target', 120, 100, 'higher', 1.2],
    ['zero target → null', 120, 0, 'higher', null],
    ['lower is better: target / actual (shrink 2 % against 2.5 % allowed)', 200, 250, 'lower', 1.25],
    ['lower is better with zero actual → null', 0, 250, 'lower', null],
  ])('achievement: %s', (_, actual, target, direction, expected) => {
    expect(achievement(actual, target, direction)).toBe(expected);
  });

  it('knows shrink rate is the lower-is-better metric', () => {
    expect(
      Object.entries(METRIC_DIRECTION)
        .filter(([, d]) => d === 'lower')
        .map(([m]) => m),
    ).toEqual([Metric.ShrinkRate]);
  });
});

describe('calendar', () => {
  it.each<[number, number, number]>([
    [2026, 2, 28],
    [2024, 2, 29],
    [2000, 2, 29],
    [1900, 2, 28],
    [2026, 12, 31],
  ])('%d-%d has %d days', (y, m, days) => expect(daysInMonth(y, m)).toBe(days));

  it.each<[string, number]>([
    ['2026-01-01', 1],
    ['2026-03-01', 60],
    ['2024-03-01', 61],
    ['2026-12-31', 365],
    ['2024-12-31', 366],
  ])('%s is day %d of its year', (date, n) => expect(dayOfYear(date)).toBe(n));

  it.each(['2026-02-29', '2026-13-01', '26-1-1', '2026/03/01'])('refuses %s', (date) => {
    expect(() => dayOfYear(date)).toThrow();
  });
});

describe('progress (MTD / YTD)', () => {
  it.each<[string, string, 'mtd' | 'ytd', number]>([
    ['first day of a 30-day month', '2026-11-01', 'mtd', 1 / 30],
    ['mid-month counts the day itself', '2026-11-15', 'mtd', 15 / 30],
    ['last day of February', '2026-02-28', 'mtd', 1],
    ['YTD on 1 March of a common year', '2026-03-01', 'ytd', 60 / 365],
    ['YTD on 31 December of a leap year', '2024-12-31', 'ytd', 1],
  ])('time progress: %s', (_, date, period, expected) => expect(timeProgress(date, period)).toBeCloseTo(expected, 12));

  it('on track: half the target at half the month is pace 1', () => {
    const p = progress(1_500_000, 3_000_000, '2026-11-15', 'mtd');
    expect(p).toEqual({ target: 3_000_000, actual: 1_500_000, achievement: 0.5, timeProgress: 0.5, pace: 1, forecast: 3_000_000 });
  });

  it('behind: 40 % of target at 50 % of time is pace 0.8, forecast 80 % of target', () => {
    const p = progress(1_200_000, 3_000_000, '2026-11-15', 'mtd');
    expect(p.pace).toBeCloseTo(0.8, 12);
    expect(p.forecast).toBe(2_400_000);
  });

  it('zero target: achievement and pace unknown, forecast still computed', () => {
    const p = progress(1000, 0, '2026-11-10', 'mtd');
    expect(p.achievement).toBeNull();
    expect(p.pace).toBeNull();
    expect(p.forecast).toBe(3000);
  });

  it('forecast rounds to whole 分', () => {
    // 100 分 in 3 days of a 31-day month → 1033.33… → 1033
    expect(progress(100, 1000, '2026-10-03', 'mtd').forecast).toBe(1033);
  });

  it('YTD uses the whole year target', () => {
    const p = progress(36_500, 73_000, '2026-07-02', 'ytd');
    expect(p.timeProgress).toBeCloseTo(183 / 365, 12);
    expect(p.achievement).toBe(0.5);
  });

  it.each<[string, number, number, number]>([
    // actual, elapsed (as-of day of a 30-day month), closed days so far → forecast
    ['no closed day: the plain run-rate', 1_500_000, 15, 0],
    ['two Sundays closed: per open day, over the days that can still trade', 1_300_000, 15, 2],
    ['closed every day so far: no run-rate, the actual stands', 0, 15, 15],
  ])('run-rate with closed days: %s', (_, actual, day, closed) => {
    const p = progress(actual, 3_000_000, `2026-11-${String(day).padStart(2, '0')}`, 'mtd', 'higher', closed);
    const open = day - closed;
    expect(p.forecast).toBe(open === 0 ? actual : Math.round((actual / open) * (30 - closed)));
    // 时间进度 and pace stay calendar figures.
    expect(p.timeProgress).toBeCloseTo(day / 30, 12);
  });
});

describe('tradedThroughout (同店: comparable stores)', () => {
  it.each<[string, { days: number; closedDays: number } | undefined, number, boolean]>([
    ['data on every day', { days: 31, closedDays: 0 }, 31, true],
    ['closed on some days, data on the others', { days: 26, closedDays: 5 }, 31, true],
    ['a day without any record (opened late, or missing from the files)', { days: 30, closedDays: 0 }, 31, false],
    ['closed all month: not trading', { days: 0, closedDays: 31 }, 31, false],
    ['no record at all', undefined, 31, false],
    ['an empty stretch', { days: 0, closedDays: 0 }, 0, false],
  ])('%s', (_, counts, days, expected) => expect(tradedThroughout(counts, days)).toBe(expected));
});
