import { ApiError, Role } from '@storeops/shared/contracts';
import { detailText, I18nService, isApiError, lazyTexts, toApiError } from '@storeops/web/shared/util';

/** The 进售价检查 texts, kept out of the initial bundle: fetched before a price-check page renders. */
export const priceCheckTexts = lazyTexts({
  'zh-CN': () => import('./i18n/priceChecks.zh-cn').then((m) => m.PRICE_CHECKS_ZH_CN),
  en: () => import('./i18n/priceChecks.en').then((m) => m.PRICE_CHECKS_EN),
});

/** The 商品质量检查 texts, likewise. */
export const qualityCheckTexts = lazyTexts({
  'zh-CN': () => import('./i18n/qualityChecks.zh-cn').then((m) => m.QUALITY_CHECKS_ZH_CN),
  en: () => import('./i18n/qualityChecks.en').then((m) => m.QUALITY_CHECKS_EN),
});

/** Who records checks: the office and the admin (CHECK_WRITERS of the API, which decides). */
export function isCheckWriter(role: Role | null | undefined): boolean {
  return role === Role.AdminOffice || role === Role.Admin;
}

/** Today in China time as YYYY-MM-DD, for a date field's upper bound. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * A failed write as one line: the server's message (in the interface language) and the problems it named; a
 * refused file as the upload explains it; no network as such.
 */
export function describeCheckError(e: unknown, i18n: I18nService): string {
  const error: ApiError = isApiError(e) ? e : toApiError(e);
  if (error.statusCode === 415) return i18n.t('priceChecks.error.fileType');
  if (error.statusCode === 413) return i18n.t('priceChecks.error.fileTooLarge');
  if (error.statusCode === 0) return i18n.t('common.networkError');
  return [error.message, ...(error.details ?? []).map(detailText)].filter(Boolean).join('；');
}
