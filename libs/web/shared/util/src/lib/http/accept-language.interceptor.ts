import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';

/**
 * Every API request carries the interface language as Accept-Language, so the texts the API words itself (import
 * problems, the problems XLSX) follow the language switch rather than the browser's own preference.
 */
export const acceptLanguageInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/api/')) return next(req);
  const language = inject(I18nService).language();
  return next(req.clone({ setHeaders: { 'Accept-Language': language } }));
};
