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

const day = (key: string, value: number | null, closed = false): KpiRow => ({
  key,
  label: key,
  value,
  unknownReason: value === null ? 'no_facts' : null,
  coverage: { days: value === null || closed ? 0 : 1, missingDays: 0, closedDays: closed ? 1 : 0 },
  lastYear: null,
  yoy: null,
  yoyLikeForLike: null,
  comparableStores: 0,
  ...(closed ? { closed } : {}),
});

describe('buildTrend', () => {
  it('fills the month, leaves a day without facts as a gap (never 0) and paces the target linearly', () => {
    const trend = buildTrend([day('2026-11-01', 100), day('2026-11-03', 50)], '2026-11-03', 3000);
    expect(trend.days).toHaveLength(30);
    expect(trend.daily.slice(0, 4)).toEqual([100, null, 50, null]);
    expect(trend.cumulative.slice(0, 4)).toEqual([100, 100, 150, null]);
    expect(trend.targetPace[0]).toBe(100);
    expect(trend.targetPace[29]).toBe(3000);
  });

  it('marks a closed day and shows no bar for it', () => {
    const trend = buildTrend([day('2025-03-01', 100), day('2025-03-02', 0, true), day('2025-03-03', 80)], '2025-03-03', 0);
    expect(trend.closed.slice(0, 3)).toEqual([false, true, false]);
    expect(trend.daily.slice(0, 3)).toEqual([100, null, 80]);
    expect(trend.cumulative[2]).toBe(180);
  });
});
