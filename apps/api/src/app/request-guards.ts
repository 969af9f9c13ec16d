import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { limitValue, reasonOf, wordError } from '@storeops/api/core';
import { ErrorDetail, langOf } from '@storeops/shared/contracts';

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

/** The answer in the error shape, worded in the caller's language like every other (the filter is not reached). */
function send(req: Request, res: Response, statusCode: number, message: string, details: ErrorDetail[]): void {
  const body = wordError({ statusCode, error: reasonOf(statusCode), message, details }, langOf(req.headers['accept-language']));
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
        return send(req, res, 413, 'http.payload_too_large', [
          {
            field: 'body',
            problem: `must be at most ${limitValue('jsonBodyKb')} KiB (inflated)`,
            code: 'body_too_large',
            params: { maxKb: limitValue('jsonBodyKb') },
          },
        ]);
      case 'entity.too.deep':
        return send(req, res, 400, 'request.invalid', [
          {
            field: 'body',
            problem: `must not nest objects or arrays deeper than ${limitValue('jsonMaxDepth')} levels`,
            code: 'body_too_deep',
            params: { max: limitValue('jsonMaxDepth') },
          },
        ]);
      case 'entity.parse.failed':
        return send(req, res, 400, 'request.unreadable', [
          { field: 'body', problem: 'is not valid JSON', code: 'body_not_json', params: {} },
        ]);
      case 'encoding.unsupported':
        return send(req, res, 415, 'http.unsupported_media_type', [
          {
            field: 'Content-Encoding',
            problem: `${String(req.headers['content-encoding'] ?? '').slice(0, 40)} is not accepted (identity, gzip, deflate or br)`,
            code: 'unsupported_encoding',
            params: { encoding: String(req.headers['content-encoding'] ?? '').slice(0, 40) },
          },
        ]);
      case 'charset.unsupported':
        return send(req, res, 415, 'request.wrong_charset', [
          {
            field: 'Content-Type',
            problem: `charset ${String(e.charset ?? '').slice(0, 40)} is not accepted`,
            code: 'unsupported_charset',
            params: { charset: String(e.charset ?? '').slice(0, 40) },
          },
        ]);
      default: {
        const status = typeof e.status === 'number' && e.status >= 400 && e.status < 500 ? e.status : 400;
        return send(req, res, status, 'request.unreadable', [
          { field: 'body', problem: 'could not be read', code: 'body_unreadable', params: {} },
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
