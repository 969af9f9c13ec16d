import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import { ApiError, ErrorDetail } from '@storeops/shared/contracts';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

/** A 4xx with details, thrown by services: `throw new DetailedError(409, 'Store code taken', [{ field: 'code', … }])`. */
export class DetailedError extends HttpException {
  constructor(status: number, message: string, details: ErrorDetail[] = []) {
    super({ message, details }, status);
  }
}

function flatten(errors: ValidationError[], parent = ''): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const problem of Object.values(error.constraints ?? {})) {
      out.push({ field, problem });
    }
    if (error.children?.length) out.push(...flatten(error.children, field));
  }
  return out;
}

/** One pipe for every request: strips nothing silently, refuses unknown fields, converts types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new DetailedError(HttpStatus.BAD_REQUEST, 'Invalid request', flatten(errors)) as BadRequestException,
  });
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** SQLite's one writer is held by an import's apply (another connection): a write that cannot wait is refused, not failed. */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code ?? '';
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT';
}

function isUniqueViolation(error: QueryFailedError): boolean {
  const driverError = (error as unknown as { driverError?: { code?: string } }).driverError;
  const code = driverError?.code ?? '';
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

function isForeignKeyViolation(error: QueryFailedError): boolean {
  const code = (error as unknown as { driverError?: { code?: string } }).driverError?.code ?? '';
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** Turns any failure into `{ statusCode, error, message, details }`; never a stack trace or SQL text. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    if (response.headersSent) return;
    if (body.statusCode === 503) response.setHeader('Retry-After', '5');
    response.status(body.statusCode).json(body);
  }

  toBody(exception: unknown): ApiError {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      let message = exception.message;
      let details: ErrorDetail[] = [];
      if (typeof raw === 'object' && raw !== null) {
        const r = raw as { message?: unknown; details?: ErrorDetail[] };
        if (Array.isArray(r.message)) {
          details = r.message.map((problem) => ({ problem: String(problem) }));
          message = 'Invalid request';
        } else if (typeof r.message === 'string') {
          message = r.message;
        }
        if (Array.isArray(r.details)) details = r.details;
      } else if (typeof raw === 'string') {
        message = raw;
      }
      return { statusCode, error: REASONS[statusCode] ?? 'Error', message, details };
    }
    if (exception instanceof QueryFailedError && isUniqueViolation(exception)) {
      return { statusCode: 409, error: REASONS[409], message: 'A record with the same key already exists', details: [] };
    }
    if (exception instanceof QueryFailedError && isForeignKeyViolation(exception)) {
      return { statusCode: 409, error: REASONS[409], message: 'The record is referenced by, or refers to, a missing record', details: [] };
    }
    if (isBusy(exception)) {
      return { statusCode: 503, error: REASONS[503], message: 'Data is being imported; try again in a few seconds', details: [] };
    }
    return { statusCode: 500, error: REASONS[500], message: 'Internal server error', details: [] };
  }
}
