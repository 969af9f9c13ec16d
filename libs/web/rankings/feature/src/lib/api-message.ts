import { I18nService, detailText, isApiError, isStaleVersion } from '@storeops/web/shared/util';

/** A refused write as one sentence: 409 → someone saved first; 400 → every problem the API named. */
export function apiMessage(error: unknown, i18n: I18nService): string {
  if (!isApiError(error)) return i18n.t('common.error', { message: String(error) });
  if (error.statusCode === 0) return i18n.t('common.networkError');
  if (isStaleVersion(error)) return i18n.t('common.conflict');
  const problems = error.details.map(detailText);
  return i18n.t('common.error', { message: problems.length ? problems.join('; ') : error.message });
}
