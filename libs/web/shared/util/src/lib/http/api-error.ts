import { HttpErrorResponse } from '@angular/common/http';
import { ApiError, ErrorDetail } from '@storeops/shared/contracts';

/** Normalises any failure (HttpErrorResponse with the API's error body, network error, thrown value) to ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as Partial<ApiError> | null;
    if (body && typeof body === 'object' && typeof body.message === 'string') {
      return {
        statusCode: body.statusCode ?? error.status,
        error: body.error ?? error.statusText,
        message: body.message,
        ...(typeof body.code === 'string' ? { code: body.code } : {}),
        details: Array.isArray(body.details) ? body.details : [],
      };
    }
    return { statusCode: error.status, error: error.statusText, message: error.message, details: [] };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { statusCode: 0, error: 'Error', message, details: [] };
}

/**
 * A detail as the page shows it. A coded detail's problem is the server's sentence in the interface language (it
 * names the field itself where that helps); an uncoded one is prefixed with its field.
 */
export function detailText(detail: ErrorDetail): string {
  if (detail.code || !detail.field) return detail.problem;
  return `${detail.field}: ${detail.problem}`;
}

/** Field name → problem text, for the 400 details that name a form field. */
export function fieldErrors(error: ApiError | null): Record<string, string> {
  const result: Record<string, string> = {};
  for (const detail of error?.details ?? []) {
    if (detail.field && !(detail.field in result)) result[detail.field] = detail.problem;
  }
  return result;
}

/** The details no form field shows, joined for a banner or snackbar. */
export function unplacedProblems(error: ApiError, knownFields: readonly string[]): string {
  const rest = error.details.filter((d) => !d.field || !knownFields.includes(d.field)).map(detailText);
  return rest.length ? rest.join('; ') : error.message;
}
