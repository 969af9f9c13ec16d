/** Pure formatting helpers behind the pipes; `locale` is an Intl locale id such as 'zh-CN'. */

const TEN_THOUSAND = 10_000;

export function formatNumber(value: number | null | undefined, locale: string, maxFractionDigits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(value);
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
