import { formatDate, formatMoney, formatNumber, formatPercent } from './formatters';

describe('formatMoney (integer 分 in)', () => {
  it.each([
    [123456, false, '¥1,234.56'],
    [5, false, '¥0.05'],
    [0, false, '¥0.00'],
    [-123456, false, '-¥1,234.56'],
    [12_345_678, true, '¥12.35万'], // 123,456.78 元 → 12.35 万
    [999_999, true, '¥9,999.99'], // below 1 万 the compact form keeps full precision
    [1_000_000, true, '¥1.00万'],
  ])('%d 分 (compact %s) → %s', (fen, compact, expected) => {
    expect(formatMoney(fen, 'zh-CN', compact)).toBe(expected);
  });

  it('shows a dash for a missing amount', () => {
    expect(formatMoney(null, 'zh-CN')).toBe('—');
  });
});

describe('other locale-aware formats', () => {
  it('groups numbers the zh-CN way', () => {
    expect(formatNumber(12100, 'zh-CN')).toBe('12,100');
  });

  it('formats a ratio as a percent with one decimal', () => {
    expect(formatPercent(0.1234, 'zh-CN')).toBe('12.3%');
  });

  it('writes a change with its sign, and no sign on zero', () => {
    expect(formatPercent(0.221, 'zh-CN', 1, true)).toBe('+22.1%');
    expect(formatPercent(-0.03, 'zh-CN', 1, true)).toBe('-3.0%');
    expect(formatPercent(0, 'zh-CN', 1, true)).toBe('0.0%');
    expect(formatPercent(null, 'zh-CN', 1, true)).toBe('—');
  });

  it('writes a date-only value as a Chinese date without a time-zone shift', () => {
    expect(formatDate('2021-09-15', 'zh-CN')).toBe('2021年9月15日');
  });
});
