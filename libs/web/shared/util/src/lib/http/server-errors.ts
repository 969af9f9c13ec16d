import { FormGroup } from '@angular/forms';
import { ApiError } from '@storeops/shared/contracts';
import { I18nService } from '../i18n/i18n.service';
import { unplacedProblems } from './api-error';
import { isApiError } from './request-state';

/**
 * Puts a failed save's 400 details on the matching form controls (as the `server` error, shown under the field)
 * and returns the text for whatever no field shows: a stale-version conflict, a network failure, or the remaining
 * problems. A 409 naming a field (a code taken) is that field's error, not a conflict.
 */
export function applyServerErrors(form: FormGroup, error: unknown, i18n: I18nService): string | null {
  if (!isApiError(error)) return i18n.t('common.error', { message: String(error) });
  const apiError: ApiError = error;
  if (apiError.statusCode === 0) return i18n.t('common.networkError');
  const staleVersion = apiError.details.length === 0 || apiError.details.some((d) => d.field === 'version');
  if (apiError.statusCode === 409 && staleVersion) return i18n.t('common.conflict');
  const placed: string[] = [];
  for (const detail of apiError.details) {
    const control = detail.field ? form.get(detail.field) : null;
    if (control && detail.field) {
      control.setErrors({ ...(control.errors ?? {}), server: detail.problem });
      control.markAsTouched();
      placed.push(detail.field);
    }
  }
  const rest = apiError.details.filter((d) => !d.field || !placed.includes(d.field));
  if (placed.length && !rest.length) return null;
  return i18n.t('common.error', { message: unplacedProblems(apiError, placed) });
}
