import { FormGroup } from '@angular/forms';
import { ApiError } from '@storeops/shared/contracts';
import { I18nService, isApiError, unplacedProblems } from '@storeops/web/shared/util';

/**
 * Puts a failed save's 400 details on the matching form controls (as the `server` error, shown under the field)
 * and returns the text for whatever no field shows: the 409 conflict message, or the remaining problems.
 */
export function applyServerErrors(form: FormGroup, error: unknown, i18n: I18nService): string | null {
  if (!isApiError(error)) return i18n.t('common.error', { message: String(error) });
  const apiError: ApiError = error;
  // 409 is either a stale `version` (someone saved first) or a uniqueness clash naming the field (code taken).
  const staleVersion = apiError.details.length === 0 || apiError.details.some((d) => d.field === 'version');
  if (apiError.statusCode === 409 && staleVersion) return i18n.t('common.conflict');
  if (apiError.statusCode === 0) return i18n.t('common.networkError');
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

/** The API's store problems (it words them in English) in the interface language; anything else as it came. */
const STORE_PROBLEMS: ReadonlyArray<[RegExp, string]> = [
  [/^(.+) is already used by store (.+)$/, 'stores.ext.taken'],
  [/^(.+) is listed twice$/, 'stores.ext.twice'],
  [/^(.+) is the store's own code$/, 'stores.ext.ownCode'],
];

export function storeProblemText(problem: string, i18n: I18nService, field: 'code' | 'externalCodes' = 'externalCodes'): string {
  for (const [pattern, key] of STORE_PROBLEMS) {
    const match = pattern.exec(problem);
    if (!match) continue;
    // A store code and an external code share one namespace: a code can be taken by another store's external code.
    const wording = field === 'code' && key === 'stores.ext.taken' ? 'stores.codeTaken' : key;
    return i18n.t(wording, { code: match[1], store: match[2] ?? '' });
  }
  return problem;
}
