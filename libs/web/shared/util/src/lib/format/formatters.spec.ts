import { amountMagnitude, formatDate, formatMoney, formatNumber, formatPercent, formatScore, formatYuan } from './formatters';

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

describe('grid amounts and the size of a typed target', () => {
  it.each([
    [1_883_896_166, '18,838,961.66'],
    [8_487_074_840, '84,870,748.40'],
    [1_642_455_800, '16,424,558.00'],
    [-5, '-0.05'],
  ])('%d 分 → %s (always two decimals, grouped)', (fen, expected) => {
    expect(formatYuan(fen, 'zh-CN')).toBe(expected);
  });

  it.each([
    [560_000_000_000, 'zh-CN', '约 56.00 亿元'],
    [560_073_805_759, 'zh-CN', '约 56.01 亿元'],
    [12_345_678_900, 'zh-CN', '约 1.23 亿元'],
    [1_234_567, 'zh-CN', '约 1.23 万元'],
    [999_999, 'zh-CN', null],
    [560_000_000_000, 'en', '≈ ¥5.60 billion'],
    [1_234_567_800, 'en', '≈ ¥12.35 million'],
  ])('%d 分 in %s → %s', (fen, locale, expected) => {
    expect(amountMagnitude(fen, locale)).toBe(expected);
  });
});

describe('formatScore (one score format everywhere: one decimal)', () => {
  it('shows every score with exactly one decimal, grouped in the locale, so 100 and 93.3 read alike', () => {
    expect(formatScore(100, 'zh-CN')).toBe('100.0');
    expect(formatScore(93.25, 'zh-CN')).toBe('93.3');
    expect(formatScore(76.04, 'zh-CN')).toBe('76.0');
    expect(formatScore(1234.56, 'zh-CN')).toBe('1,234.6');
    expect(formatScore(null, 'zh-CN')).toBe('—');
    expect(formatScore(Number.NaN, 'en-US')).toBe('—');
  });

  it('signs a change with + and a real minus; a change that rounds to zero has no sign', () => {
    expect(formatScore(10, 'zh-CN', true)).toBe('+10.0');
    expect(formatScore(-0.44, 'zh-CN', true)).toBe('−0.4');
    expect(formatScore(0.04, 'zh-CN', true)).toBe('0.0');
    expect(formatScore(-0.04, 'zh-CN', true)).toBe('0.0');
    expect(formatScore(null, 'zh-CN', true)).toBe('—');
  });
});
