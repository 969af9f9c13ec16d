import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { wordError } from '@storeops/api/core';
import { langOf } from '@storeops/shared/contracts';
import { XSRF_COOKIE, XSRF_HEADER } from './auth.config';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Sets a new XSRF-TOKEN cookie (readable by the page, SameSite=Strict): on a first visit, at login and at logout. */
export function issueXsrfToken(res: Response, secure: boolean): void {
  res.cookie(XSRF_COOKIE, randomBytes(24).toString('base64url'), { httpOnly: false, sameSite: 'strict', secure, path: '/' });
}

/**
 * Double-submit CSRF protection in Angular's convention: every response that finds no XSRF-TOKEN cookie sets one
 * (readable by the page, SameSite=Strict), and every state-changing /api request must echo it in X-XSRF-TOKEN.
 * Login is covered too, so a foreign page cannot sign a browser into another account.
 */
export function csrfMiddleware(secure: (req: Request) => boolean) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const cookie = (req.cookies as Record<string, string> | undefined)?.[XSRF_COOKIE];
    if (!cookie) issueXsrfToken(res, secure(req));
    if (SAFE_METHODS.has(req.method) || !req.path.startsWith('/api/')) return next();
    const header = req.get(XSRF_HEADER);
    if (cookie && header && same(cookie, header)) return next();
    const body = wordError(
      {
        statusCode: 403,
        error: 'Forbidden',
        message: 'auth.csrf',
        details: [
          {
            field: 'X-XSRF-TOKEN',
            code: header ? 'auth.csrf_mismatch' : 'auth.csrf_missing',
            params: {},
            problem: header ? 'does not match the XSRF-TOKEN cookie' : 'is missing',
          },
        ],
      },
      langOf(req.get('accept-language')),
    );
    res.status(403).json(body);
  };
}
