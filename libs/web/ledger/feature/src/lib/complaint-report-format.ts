import { ComplaintStatsRow } from '@storeops/shared/contracts';
import { periodKindOf } from '@storeops/web/ledger/data-access';
import { formatNumber, I18nService } from '@storeops/web/shared/util';

/** A percent the API sends as 0–100 (2 decimals) → the pct pipe's ratio; null stays null (shown as —, never 0 %). */
export function percentRatio(value: number | null): number | null {
  return value === null ? null : value / 100;
}

/**
 * 每万来客投诉率 as the table shows it: two decimals, or — with the reason when the 来客数 is unknown (a store-period
 * without imported transactions has no rate; showing 0 would say it had no complaints).
 */
export function rateCell(row: Pick<ComplaintStatsRow, 'ratePer10k'>, i18n: I18nService): { text: string; unknown: boolean; hint: string } {
  if (row.ratePer10k === null) return { text: '—', unknown: true, hint: i18n.t('complaints.report.transactionsUnknown') };
  return { text: formatNumber(row.ratePer10k, i18n.locale(), 2), unknown: false, hint: '' };
}

/** A period in words: 2026年第47周, 2026年11月, 2026年第4季度, 2026年 (and their English). */
export function periodLabel(period: string, i18n: I18nService): string {
  const year = period.slice(0, 4);
  switch (periodKindOf(period)) {
    case 'week':
      return i18n.t('complaints.period.weekLabel', { year, n: Number(period.slice(-2)) });
    case 'month':
      return i18n.t('complaints.period.monthLabel', { year, n: Number(period.slice(5, 7)) });
    case 'quarter':
      return i18n.t('complaints.period.quarterLabel', { year, n: Number(period.slice(-1)) });
    case 'year':
      return i18n.t('complaints.period.yearLabel', { year });
  }
}

/** The trend axis's short label: 第47周, 11月, 第4季度, 2026年 — with the year only where it changes. */
export function trendLabel(period: string, previous: string | null, i18n: I18nService): string {
  const kind = periodKindOf(period);
  if (kind === 'year') return periodLabel(period, i18n);
  const sameYear = previous !== null && previous.slice(0, 4) === period.slice(0, 4);
  if (!sameYear) return periodLabel(period, i18n);
  const n = Number(kind === 'month' ? period.slice(5, 7) : period.slice(-2).replace('Q', ''));
  return i18n.t(`complaints.period.${kind}Short`, { n });
}
