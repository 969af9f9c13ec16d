import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { DetailedError } from './errors';

/** Swagger's @ApiConsumes metadata: the upload routes say multipart/form-data there. */
const API_CONSUMES = 'swagger/apiConsumes';
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Whether a request carries a body (Node's own rule: a Transfer-Encoding, or a Content-Length above 0). */
export function hasBody(req: Request): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = req.headers['content-length'];
  return length !== undefined && length !== '0';
}

/**
 * A write's body must be of the type its route takes: JSON (UTF-8) unless the route declares
 * `@ApiConsumes('multipart/form-data')`. Anything else is 415 before the body is read, so a text, form or XML body
 * can never be taken for `{}`. Writes without a body (publish, logout …) pass.
 */
@Injectable()
export class ContentTypeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    if (!WRITES.has(req.method) || !hasBody(req)) return next.handle();
    const accepted = this.reflector.getAllAndOverride<string[] | undefined>(API_CONSUMES, [context.getHandler(), context.getClass()]) ?? [
      'application/json',
    ];
    const header = req.headers['content-type'] ?? '';
    const [type, ...params] = header.split(';').map((p) => p.trim().toLowerCase());
    if (!type || !accepted.includes(type)) {
      throw new DetailedError(415, 'request.wrong_media_type', [
        {
          field: 'Content-Type',
          problem: type ? `${type} is not accepted` : 'is missing',
          code: 'unsupported_media_type',
          params: { type: type ?? '', accepted: accepted.join(' / ') },
        },
      ]);
    }
    const charset = params
      .find((p) => p.startsWith('charset='))
      ?.slice(8)
      .replace(/"/g, '');
    if (type === 'application/json' && charset && charset !== 'utf-8' && charset !== 'utf8') {
      throw new DetailedError(415, 'request.wrong_charset', [
        { field: 'Content-Type', problem: `charset ${charset} is not accepted`, code: 'unsupported_charset', params: { charset } },
      ]);
    }
    return next.handle();
  }
}
