import { KpiRow } from '@storeops/shared/contracts';
import { buildTrend, paceTone } from './progress-view';

describe('paceTone (进度达成率 colours)', () => {
  it.each([
    [1.2, 'good'],
    [1, 'good'], // exactly on track is green
    [0.9999, 'warn'],
    [0.9, 'warn'], // 90 % is still amber
    [0.8999, 'bad'],
    [0, 'bad'],
    [null, 'none'],
  ] as const)('pace %p → %s', (pace, tone) => {
    expect(paceTone(pace)).toBe(tone);
  });
});

const day = (key: string, value: number): KpiRow => ({ key, label: key, value, lastYear: null, yoy: null });

describe('buildTrend', () => {
  it('fills the month, counts missing days as 0 up to the as-of date and paces the target linearly', () => {
    const trend = buildTrend([day('2026-11-01', 100), day('2026-11-03', 50)], '2026-11-03', 3000);
    expect(trend.days).toHaveLength(30);
    expect(trend.daily.slice(0, 4)).toEqual([100, 0, 50, null]);
    expect(trend.cumulative.slice(0, 4)).toEqual([100, 100, 150, null]);
    expect(trend.targetPace[0]).toBe(100);
    expect(trend.targetPace[29]).toBe(3000);
  });
});
