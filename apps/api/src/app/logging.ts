import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';

/** A request id a proxy sent (X-Request-Id, kept when it looks like one) or a new one; answered in X-Request-Id. */
export function requestId(req: IncomingMessage & { id?: unknown }, res: ServerResponse): string {
  if (typeof req.id === 'string') return req.id;
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  req.id = id;
  return id;
}

/** The first middleware: every request has its id before anything may answer it (a refused CSRF check included). */
export function assignRequestId() {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    requestId(req, res);
    next();
  };
}

/**
 * Structured JSON logs (pino): one line per event, each request's lines carry its id (`req.id`), and every API
 * request's completion is logged with its status and time. LOG_LEVEL (default info; the tests run at warn) sets what
 * is written. Cookies, the CSRF header and authorisation headers are never written.
 */
export function loggerOptions(): Params {
  return {
    pinoHttp: {
      level: process.env['LOG_LEVEL'] ?? 'info',
      genReqId: requestId,
      autoLogging: { ignore: (req) => !(req.url ?? '').startsWith('/api') || (req.url ?? '').startsWith('/api/health') },
      redact: {
        paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-xsrf-token"]', 'res.headers["set-cookie"]'],
        remove: true,
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  };
}
