import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { limitValue, reasonOf } from '@storeops/api/core';
import { ApiError, ErrorDetail } from '@storeops/shared/contracts';

/** Whether JSON text nests objects/arrays deeper than `max` (scanned before parsing: no recursion, no allocation). */
export function jsonNestsDeeperThan(raw: Buffer, max: number): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

class TooDeepError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
}

/** express.json with the body size and depth limits (read per request, so a test can change them). */
export function jsonBody(): RequestHandler {
  let parser: RequestHandler | null = null;
  let parserLimit = -1;
  return (req, res, next) => {
    const limitKb = limitValue('jsonBodyKb');
    if (!parser || parserLimit !== limitKb) {
      parserLimit = limitKb;
      parser = express.json({
        limit: limitKb * 1024,
        type: 'application/json',
        verify: (_req, _res, raw) => {
          if (jsonNestsDeeperThan(raw, limitValue('jsonMaxDepth'))) throw new TooDeepError('too deep');
        },
      });
    }
    parser(req, res, next);
  };
}

function send(res: Response, statusCode: number, message: string, details: ErrorDetail[]): void {
  const body: ApiError = { statusCode, error: reasonOf(statusCode), message, details };
  res.status(statusCode).json(body);
}

/**
 * body-parser's failures in the one error shape, with their real status: 413 too large, 415 unknown encoding or
 * charset, 400 not JSON, nested too deep, cut off. Nothing behind it runs for such a request.
 */
export function bodyErrors() {
  return (error: unknown, req: Request, res: Response, next: NextFunction): void => {
    const e = error as { type?: string; status?: number; charset?: string; encoding?: string };
    if (!e || typeof e !== 'object' || typeof e.type !== 'string') return next(error);
    switch (e.type) {
      case 'entity.too.large':
        return send(res, 413, `The body is larger than ${limitValue('jsonBodyKb')} KiB`, [
          { field: 'body', problem: `must be at most ${limitValue('jsonBodyKb')} KiB (inflated)`, code: 'body_too_large' },
        ]);
      case 'entity.too.deep':
        return send(res, 400, 'Invalid request', [
          {
            field: 'body',
            problem: `must not nest objects or arrays deeper than ${limitValue('jsonMaxDepth')} levels`,
            code: 'body_too_deep',
          },
        ]);
      case 'entity.parse.failed':
        return send(res, 400, 'The body is not valid JSON', [{ field: 'body', problem: 'is not valid JSON', code: 'body_not_json' }]);
      case 'encoding.unsupported':
        return send(res, 415, 'Unsupported Content-Encoding', [
          {
            field: 'Content-Encoding',
            problem: `${String(req.headers['content-encoding'] ?? '').slice(0, 40)} is not accepted (identity, gzip, deflate or br)`,
          },
        ]);
      case 'charset.unsupported':
        return send(res, 415, 'JSON bodies must be UTF-8', [
          {
            field: 'Content-Type',
            problem: `charset ${String(e.charset ?? '').slice(0, 40)} is not accepted`,
            code: 'unsupported_charset',
          },
        ]);
      default: {
        const status = typeof e.status === 'number' && e.status >= 400 && e.status < 500 ? e.status : 400;
        return send(res, status, 'The body could not be read', [
          { field: 'body', problem: 'could not be read', code: e.type.replace(/\./g, '_') },
        ]);
      }
    }
  };
}

/** JSON answers of the API are never stored by a browser or proxy (static files of the web app keep their caching). */
export function noStore(): RequestHandler {
  return (req, res, next) => {
    if (req.path === '/api' || req.path.startsWith('/api/')) res.setHeader('Cache-Control', 'no-store');
    next();
  };
}
