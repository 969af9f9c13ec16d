/**
 * Exact conversion between what people type in 元 and the integer 分 the API stores. The decimal string is split
 * into its digits, never multiplied as a float (0.29 * 100 is 28.999999999999996).
 */
const YUAN_PATTERN = /^(-)?(\d+)(?:\.(\d*))?$/;

export type YuanParseResult = { ok: true; fen: number } | { ok: false; reason: 'empty' | 'format' | 'decimals' | 'range' };

/** "1,234.56" / "¥1234.5" / "-3" → 分; more than two decimals is refused rather than rounded. */
export function parseYuan(text: string | null | undefined): YuanParseResult {
  const cleaned = (text ?? '')
    .trim()
    .replace(/^¥/, '')
    .replace(/[,，\s]/g, '');
  if (!cleaned) return { ok: false, reason: 'empty' };
  const match = YUAN_PATTERN.exec(cleaned);
  if (!match) return { ok: false, reason: 'format' };
  const decimals = match[3] ?? '';
  if (decimals.length > 2) return { ok: false, reason: 'decimals' };
  const digits = match[2] + decimals.padEnd(2, '0');
  const fen = Number(digits);
  if (!Number.isSafeInteger(fen)) return { ok: false, reason: 'range' };
  return { ok: true, fen: match[1] && fen !== 0 ? -fen : fen };
}

/** The 分 value, or null for anything parseYuan refuses. */
export function yuanToFen(text: string | null | undefined): number | null {
  const result = parseYuan(text);
  return result.ok ? result.fen : null;
}

/** 分 → a plain editable 元 string ("1234.56", "-0.05", "12"), without grouping or currency sign. */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  const yuan = Math.trunc(abs / 100);
  const cents = abs % 100;
  return cents === 0 ? `${sign}${yuan}` : `${sign}${yuan}.${String(cents).padStart(2, '0')}`;
}

/** A whole count such as 来客数: digits only (grouping allowed). */
export function parseCount(text: string | null | undefined): number | null {
  const cleaned = (text ?? '').trim().replace(/[,，\s]/g, '');
  if (!/^\d+$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isSafeInteger(value) ? value : null;
}
