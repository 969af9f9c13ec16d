/** Pure formatting helpers behind the pipes; `locale` is an Intl locale id such as 'zh-CN'. */

const TEN_THOUSAND = 10_000;

export function formatNumber(value: number | null | undefined, locale: string, maxFractionDigits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(value);
}

/**
 * A 0–100 score (inspection, component, composite, supplier) and score points (a contribution, a change): always one
 * decimal in the locale's grouping, so a column reads evenly and every page shows the same figure: 100.0, 93.3,
 * 1,234.5. `signed` writes a change with its sign and a real minus: +1.2, −0.4, 0.0.
 */
export function formatScore(value: number | null | undefined, locale: string, signed = false): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (!signed) return one.format(value);
  const text = one.format(Math.abs(value));
  // A change that rounds to 0.0 carries no sign.
  if (text === one.format(0)) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

/**
 * Money arrives as integer 分 (fen). Normal form: ¥1,234.56. Compact form: amounts of ¥10,000 and more as
 * "¥12.35万" in Chinese, "¥123.5K"-style compact notation in English.
 */
export function formatMoney(fen: number | null | undefined, locale: string, compact = false): string {
  if (fen === null || fen === undefined || Number.isNaN(fen)) return '—';
  const yuan = fen / 100;
  const sign = yuan < 0 ? '-' : '';
  const abs = Math.abs(yuan);
  if (compact && abs >= TEN_THOUSAND) {
    if (locale.startsWith('zh')) {
      const wan = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(abs / TEN_THOUSAND);
      return `${sign}¥${wan}万`;
    }
    const short = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(abs);
    return `${sign}¥${short}`;
  }
  const amount = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(abs);
  return `${sign}¥${amount}`;
}

/** `ratio` 0.1234 → "12.3%"; `signed` writes a change with its sign: "+12.3%", "-3.0%". */
export function formatPercent(ratio: number | null | undefined, locale: string, fractionDigits = 1, signed = false): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return '—';
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(ratio);
}

/** ISO date or date-time → "2024年3月5日" / "Mar 5, 2024"; date-only strings are not shifted by time zones. */
export function formatDate(value: string | Date | null | undefined, locale: string, withTime = false): string {
  if (!value) return '—';
  const dateOnly = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = typeof value === 'string' ? new Date(dateOnly ? `${value}T00:00:00` : value) : value;
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: locale.startsWith('zh') ? 'long' : 'short',
    day: 'numeric',
    ...(withTime && !dateOnly ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(date);
}

/** 分 → 元 grouped with exactly two decimals and no currency sign (grid cells and their totals): "18,838,961.66". */
export function formatYuan(fen: number | null | undefined, locale: string): string {
  if (fen === null || fen === undefined || Number.isNaN(fen)) return '—';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fen / 100);
}

const HUNDRED_MILLION = 100_000_000;

/**
 * The size of an amount of 分 in words, for a figure being typed: "约 56.00 亿元" / "约 1,234.57 万元" in Chinese,
 * "≈ ¥5.60 billion" / "≈ ¥12.35 million" in English; null under 1 万元 (the digits say it plainly).
 */
export function amountMagnitude(fen: number | null | undefined, locale: string): string | null {
  if (fen === null || fen === undefined || Number.isNaN(fen)) return null;
  const yuan = Math.abs(fen) / 100;
  const sign = fen < 0 ? '-' : '';
  const two = (v: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);
  if (locale.startsWith('zh')) {
    if (yuan >= HUNDRED_MILLION) return `约 ${sign}${two(yuan / HUNDRED_MILLION)} 亿元`;
    if (yuan >= TEN_THOUSAND) return `约 ${sign}${two(yuan / TEN_THOUSAND)} 万元`;
    return null;
  }
  if (yuan >= 1_000_000_000) return `≈ ${sign}¥${two(yuan / 1_000_000_000)} billion`;
  if (yuan >= 1_000_000) return `≈ ${sign}¥${two(yuan / 1_000_000)} million`;
  if (yuan >= TEN_THOUSAND) return `≈ ${sign}¥${two(yuan / 1_000)} thousand`;
  return null;
}

/** A month `YYYY-MM` in the interface's language: 2026年11月 / November 2026 (month pickers, whatever the browser's own). */
export function formatMonth(period: string, locale: string): string {
  const [y, m] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}
