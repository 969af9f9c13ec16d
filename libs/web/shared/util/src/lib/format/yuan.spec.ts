import { fenToYuan, parseCount, parseYuan, yuanToFen } from './yuan';

describe('yuanToFen (exact 元 → 分)', () => {
  it.each([
    ['1234.56', 123456],
    ['0.1', 10],
    ['0.2', 20],
    ['0.29', 29], // 0.29 * 100 = 28.999999999999996 in floating point
    ['1.00', 100],
    ['19.99', 1999],
    ['1,234,567.8', 123456780],
    ['¥12', 1200],
    ['  7. ', 700],
    ['-0.05', -5],
    ['0', 0],
  ])('%s → %i 分', (text, fen) => {
    expect(yuanToFen(text)).toBe(fen);
  });

  it('adds 0.1 + 0.2 exactly once converted to 分', () => {
    expect((yuanToFen('0.1') ?? NaN) + (yuanToFen('0.2') ?? NaN)).toBe(yuanToFen('0.3'));
  });

  it('refuses three decimals instead of rounding them away', () => {
    expect(parseYuan('1.005')).toEqual({ ok: false, reason: 'decimals' });
    expect(yuanToFen('0.001')).toBeNull();
  });

  it('refuses text, empty input and amounts beyond exact integers', () => {
    expect(parseYuan('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseYuan('12a')).toEqual({ ok: false, reason: 'format' });
    expect(parseYuan('1e5')).toEqual({ ok: false, reason: 'format' });
    expect(parseYuan('99999999999999999')).toEqual({ ok: false, reason: 'range' });
  });
});

describe('fenToYuan', () => {
  it.each([
    [123456, '1234.56'],
    [1200, '12'],
    [5, '0.05'],
    [-105, '-1.05'],
  ])('%i 分 → %s', (fen, text) => {
    expect(fenToYuan(fen)).toBe(text);
    expect(yuanToFen(text)).toBe(fen);
  });
});

describe('parseCount', () => {
  it('accepts whole numbers only', () => {
    expect(parseCount('12,000')).toBe(12000);
    expect(parseCount('1.5')).toBeNull();
    expect(parseCount('-1')).toBeNull();
  });
});
