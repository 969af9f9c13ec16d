import { HttpParams } from '@angular/common/http';

/** Drops empty values so the API (which refuses unknown or malformed parameters) only sees real filters. */
export function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(key, String(value));
  }
  return params;
}
