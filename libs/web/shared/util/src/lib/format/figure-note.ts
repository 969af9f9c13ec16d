import { KpiCoverage, KpiUnknownReason } from '@storeops/shared/contracts';
import { I18nService } from '../i18n/i18n.service';

/** A figure as the API reports it: null when unknown, with why and over how many store-days. */
export interface Figure {
  value: number | null;
  unknownReason?: KpiUnknownReason | null;
  coverage?: Pick<KpiCoverage, 'days' | 'missingDays'> | null;
}

/** The measure each metric cannot do without, when a file did not carry it (成本 for 毛利, 来客数 for 客单价 …). */
const LACKING: Readonly<Record<string, string>> = {
  gross_margin: 'cost',
  margin_rate: 'cost',
  shrink_rate: 'shrink',
  transactions: 'transactions',
  basket: 'transactions',
  sales_per_labour_hour: 'labour',
  sales_per_sqm: 'area',
};

/** 缺少成本数据 / 无数据 / 分母为零: why a figure is unknown, in the words of the metric. */
export function unknownReasonText(i18n: I18nService, reason: KpiUnknownReason | null | undefined, metric?: string): string {
  if (reason === 'inputs_unknown') return i18n.t(`metric.lacking.${(metric && LACKING[metric]) ?? 'inputs'}`);
  return i18n.t(`metric.unknown.${reason ?? 'no_facts'}`);
}

/**
 * What a figure needs said beside it: why it is unknown (with the store-days that lacked its inputs), or, for a
 * figure computed over only part of the store-days, how many lacked them. Null when there is nothing to say.
 */
export function figureNote(i18n: I18nService, figure: Figure, metric?: string): string | null {
  const missing = figure.coverage?.missingDays ?? 0;
  const days = figure.coverage?.days ?? 0;
  if (figure.value === null) {
    const reason = unknownReasonText(i18n, figure.unknownReason, metric);
    return missing > 0 ? i18n.t('metric.unknownDays', { reason, n: missing }) : reason;
  }
  if (missing <= 0) return null;
  const reason = unknownReasonText(i18n, 'inputs_unknown', metric);
  return days > missing
    ? i18n.t('metric.partial', { reason, n: missing, known: days - missing })
    : i18n.t('metric.unknownDays', { reason, n: missing });
}
