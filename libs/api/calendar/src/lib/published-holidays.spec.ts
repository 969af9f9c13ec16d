import { publishedYear } from './published-holidays';
import { parseChinaInstant } from './work-calendar.service';

describe('publishedYear (the holiday package)', () => {
  const y2026 = publishedYear(2026) ?? [];
  const typeOf = (date: string) => y2026.find((d) => d.date === date)?.type;

  it.each([
    ['2026-01-01', 'holiday', '元旦'],
    ['2026-01-04', 'makeup_workday', '元旦'],
    ['2026-02-14', 'makeup_workday', '春节'],
    ['2026-02-15', 'holiday', '春节'],
    ['2026-02-23', 'holiday', '春节'],
    ['2026-02-28', 'makeup_workday', '春节'],
    ['2026-09-20', 'makeup_workday', '国庆节'],
    ['2026-09-25', 'holiday', '中秋'],
    ['2026-09-27', 'holiday', '中秋'],
    ['2026-10-01', 'holiday', '国庆节'],
    ['2026-10-07', 'holiday', '国庆节'],
    ['2026-10-10', 'makeup_workday', '国庆节'],
  ])('%s is a %s (%s)', (date, type, name) => {
    expect(y2026.find((d) => d.date === date)).toEqual({ date, type, name });
  });

  it('lists no plain day: an ordinary weekend and an ordinary workday are not exceptions', () => {
    expect(typeOf('2026-10-11')).toBeUndefined();
    expect(typeOf('2026-10-08')).toBeUndefined();
    expect(y2026.filter((d) => d.type === 'holiday')).toHaveLength(33);
    expect(y2026.filter((d) => d.type === 'makeup_workday')).toHaveLength(6);
  });

  it('answers null for a year not published yet, and for one before the package begins', () => {
    expect(publishedYear(2040)).toBeNull();
    expect(publishedYear(2003)).toBeNull();
  });
});

describe('parseChinaInstant', () => {
  it.each([
    ['2026-09-30', '2026-09-29T16:00:00.000Z'],
    ['2026-09-30T10:00', '2026-09-30T02:00:00.000Z'],
    ['2026-09-30 10:00:00', '2026-09-30T02:00:00.000Z'],
    ['2026-09-30T10:00:00Z', '2026-09-30T10:00:00.000Z'],
    ['2026-09-30T10:00:00+08:00', '2026-09-30T02:00:00.000Z'],
    ['2026-09-30T10:00:00-0500', '2026-09-30T15:00:00.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseChinaInstant(text).toISOString()).toBe(iso);
  });
});
