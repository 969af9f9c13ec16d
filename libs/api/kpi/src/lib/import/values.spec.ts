import { parseCount, parseDay, parseHundredths } from './values';

describe('parseDay', () => {
  it.each<[string, unknown, number]>([
    ['ISO', '2026-03-01', 20260301],
    ['slashes without padding, as Excel in China writes', '2026/3/1', 20260301],
    ['Chinese', '2026年3月1日', 20260301],
    ['compact', '20260301', 20260301],
    ['Excel date cell (UTC midnight)', new Date(Date.UTC(2026, 2, 1)), 20260301],
    ['Excel serial number', 46082, 20260301],
    ['leap day', '2024-02-29', 20240229],
  ])('%s: %p → %d', (_, cell, expected) => {
    expect(parseDay(cell as never)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, unknown]>([
    ['empty', ''],
    ['not a calendar date', '2026-02-29'],
    ['month 13', '2026/13/1'],
    ['words', '三月一日'],
    ['day-first', '01/03/2026'],
    ['fractional serial', 46082.5],
  ])('refuses %s', (_, cell) => {
    expect(parseDay(cell as never).ok).toBe(false);
  });
});

describe('parseHundredths (元 → 分)', () => {
  it.each<[string, unknown, number]>([
    ['plain', '1234.56', 123456],
    ['¥ and thousands separators', '¥1,234.56', 123456],
    ['full-width ¥', '￥12,000', 1200000],
    ['one decimal', '0.5', 50],
    ['no float error: 0.1 + 0.2 style', '0.29', 29],
    ['large, exact', '98,765,432.10', 9876543210],
    ['negative (a day of returns)', '-12.30', -1230],
    ['accounting negative', '(12.30)', -1230],
    ['Excel number cell', 1234.56, 123456],
    ['Excel number cell with float noise', 0.1 + 0.2, 30],
  ])('%s: %p → %d', (_, cell, expected) => {
    expect(parseHundredths(cell as never, { allowNegative: true })).toEqual({ ok: true, value: expected });
  });

  it.each<[string, unknown, RegExp]>([
    ['three decimals', '1.234', /more than 2 decimals/],
    ['letters', '12a', /not a number/],
    ['empty', ' ', /empty/],
    ['two dots', '1.2.3', /not a number/],
  ])('refuses %s', (_, cell, problem) => {
    const parsed = parseHundredths(cell as never, { allowNegative: true });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });

  it('refuses a negative where it makes no sense (shrink)', () => {
    expect(parseHundredths('-1', { allowNegative: false }).ok).toBe(false);
  });
});

describe('parseCount', () => {
  it.each<[unknown, number]>([
    ['1,234', 1234],
    [56, 56],
    ['0', 0],
  ])('%p → %d', (cell, expected) => expect(parseCount(cell as never)).toEqual({ ok: true, value: expected }));

  it.each(['12.5', '-3', 'abc'])('refuses %p', (cell) => expect(parseCount(cell).ok).toBe(false));
});
