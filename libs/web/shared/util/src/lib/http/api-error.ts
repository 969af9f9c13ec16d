import { HttpErrorResponse } from '@angular/common/http';
import { ApiError } from '@storeops/shared/contracts';

/** Normalises any failure (HttpErrorResponse with the API's error body, network error, thrown value) to ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as Partial<ApiError> | null;
    if (body && typeof body === 'object' && typeof body.message === 'string') {
      return {
        statusCode: body.statusCode ?? error.status,
        error: body.error ?? error.statusText,
        message: body.message,
        details: Array.isArray(body.details) ? body.details : [],
      };
    }
    return { statusCode: error.status, error: error.statusText, message: error.message, details: [] };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { statusCode: 0, error: 'Error', message, details: [] };
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
  const rest = error.details
    .filter((d) => !d.field || !knownFields.includes(d.field))
    .map((d) => (d.field ? `${d.field}: ${d.problem}` : d.problem));
  return rest.length ? rest.join('; ') : error.message;
}
