import { WorkCalendarDay } from '@storeops/shared/contracts';
import { calendarCounts, calendarMonths, dayWithWeekday } from './work-calendar-format';

/** October 2026 as the API sends it: 国庆 1–7 off, Saturday the 10th worked (调休), the other days by weekday. */
function october2026(): WorkCalendarDay[] {
  const days: WorkCalendarDay[] = [];
  for (let d = 1; d <= 31; d++) {
    const date = `2026-10-${String(d).padStart(2, '0')}`;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (d <= 7) days.push({ date, type: 'holiday', name: '国庆节、中秋节' });
    else if (d === 10) days.push({ date, type: 'makeup_workday', name: '国庆节、中秋节' });
    else days.push({ date, type: weekday === 0 || weekday === 6 ? 'weekend' : 'workday' });
  }
  return days;
}

describe('work calendar format', () => {
  it('makes 国庆 1–7 October one span of seven days and the 调休 Saturday a row of its own', () => {
    const [october] = calendarMonths(october2026());
    expect(october.month).toBe('2026-10');
    expect(october.spans).toEqual([
      { from: '2026-10-01', to: '2026-10-07', days: 7, type: 'holiday', name: '国庆节、中秋节' },
      { from: '2026-10-10', to: '2026-10-10', days: 1, type: 'makeup_workday', name: '国庆节、中秋节' },
    ]);
    // 31 days − 7 off − the 6 weekend days after them that are not worked (the Saturday 10th is).
    expect(october.workingDays).toBe(18);
  });

  it('leaves out months with neither holidays nor 调休 days, and splits spans of different names', () => {
    const days: WorkCalendarDay[] = [
      { date: '2026-09-30', type: 'workday' },
      { date: '2026-12-31', type: 'holiday', name: '甲' },
      { date: '2026-12-30', type: 'holiday', name: '乙' },
    ];
    const months = calendarMonths(days);
    expect(months.map((m) => m.month)).toEqual(['2026-12']);
    expect(months[0].spans.map((s) => [s.from, s.to])).toEqual([
      ['2026-12-30', '2026-12-30'],
      ['2026-12-31', '2026-12-31'],
    ]);
  });

  it('counts the year’s working days with the 调休 days in them', () => {
    expect(calendarCounts(october2026())).toEqual({ workingDays: 18, holidays: 7, makeupWorkdays: 1 });
  });

  it('writes a day with its weekday in either language, whatever the machine’s time zone', () => {
    expect(dayWithWeekday('2026-10-01', 'zh-CN')).toBe('10月1日周四');
    expect(dayWithWeekday('2026-10-10', 'en-US')).toBe('Sat, Oct 10');
  });
});
