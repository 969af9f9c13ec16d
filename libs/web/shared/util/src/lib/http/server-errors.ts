import { FormGroup } from '@angular/forms';
import { I18nService } from '../i18n/i18n.service';
import { unplacedProblems } from './api-error';
import { isApiError } from './request-state';

/**
 * A 409 that means "someone saved first": it names the `version` field, or names nothing. A 409 naming another
 * field is a uniqueness clash (code taken) and belongs under that field.
 */
export function isStaleVersion(error: unknown): boolean {
  return isApiError(error) && error.statusCode === 409 && (error.details.length === 0 || error.details.some((d) => d.field === 'version'));
}

/**
 * Puts a failed save's 400/409 details on the matching form controls (as the `server` error, shown under the field)
 * and returns the text for whatever no field shows: the stale-version message, the network message, or the remaining
 * problems. Null when every problem sits under a field.
 */
export function applyServerErrors(form: FormGroup, error: unknown, i18n: I18nService): string | null {
  if (!isApiError(error)) return i18n.t('common.error', { message: String(error) });
  if (error.statusCode === 0) return i18n.t('common.networkError');
  if (isStaleVersion(error)) return i18n.t('common.conflict');
  const placed: string[] = [];
  for (const detail of error.details) {
    const control = detail.field ? form.get(detail.field) : null;
    if (control && detail.field) {
      control.setErrors({ ...(control.errors ?? {}), server: detail.problem });
      control.markAsTouched();
      placed.push(detail.field);
    }
  }
  const rest = error.details.filter((d) => !d.field || !placed.includes(d.field));
  if (placed.length && !rest.length) return null;
  return i18n.t('common.error', { message: unplacedProblems(error, placed) });
}

/** A refused one-click write (activate, close …) for a snackbar: any 409 → someone else changed it; else the message. */
export function writeRefusalText(error: unknown, i18n: I18nService): string {
  if (isApiError(error) && error.statusCode === 409) return i18n.t('common.conflict');
  return i18n.t('common.error', { message: isApiError(error) ? error.message : String(error) });
}
