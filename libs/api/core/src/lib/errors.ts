import {
  ArgumentMetadata,
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
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { ApiError, ErrorDetail } from '@storeops/shared/contracts';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { clipMessage, textProblem } from './text';
import { isMultiLine, MAX_DB_INT } from './validators';

/** A 4xx with details, thrown by services: `throw new DetailedError(409, 'Store code taken', [{ field: 'code', … }])`. */
export class DetailedError extends HttpException {
  constructor(
    status: number,
    message: string,
    details: ErrorDetail[] = [],
    /** Headers of the answer, e.g. Retry-After of a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super({ message, details }, status);
  }
}

/** 429 with Retry-After (whole seconds, at least 1) in the header and in `details`. */
export function tooManyRequests(message: string, retryAfterMs: number, code = 'too_many_requests'): DetailedError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new DetailedError(HttpStatus.TOO_MANY_REQUESTS, message, [{ field: 'retryAfter', problem: String(seconds), code }], {
    'Retry-After': String(seconds),
  });
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

function invalid(details: ErrorDetail[]): DetailedError {
  return new DetailedError(HttpStatus.BAD_REQUEST, 'Invalid request', details);
}

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object, Buffer]);
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const DB_INT_FIELD = /^(id|version)$|Ids?$/;

function isDtoClass(metatype: unknown): metatype is new () => object {
  return typeof metatype === 'function' && !PRIMITIVES.has(metatype);
}

/** `__proto__`, `constructor` and `prototype` are unknown keys like any other (class-transformer would drop them silently). */
function prototypeKeyProblems(value: unknown): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  while (stack.length && out.length < 20) {
    const { value: v, path } = stack.pop() as { value: unknown; path: string };
    if (v === null || typeof v !== 'object') continue;
    for (const key of Object.keys(v)) {
      const field = Array.isArray(v) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!Array.isArray(v) && PROTOTYPE_KEYS.has(key)) out.push({ field, problem: `property ${key} should not exist` });
      else stack.push({ value: (v as Record<string, unknown>)[key], path: field });
    }
  }
  return out;
}

const nullableMemo = new Map<object, Map<string, boolean>>();

/** Whether the DTO lets a property be null: a conditional validation (ValidateIf / @Nullable) that skips null. */
function nullable(ctor: new () => object, property: string): boolean {
  let byProperty = nullableMemo.get(ctor);
  if (!byProperty) nullableMemo.set(ctor, (byProperty = new Map()));
  const known = byProperty.get(property);
  if (known !== undefined) return known;
  const metas = getMetadataStorage().getTargetValidationMetadatas(ctor, '', true, false);
  const answer = metas.some(
    (m) =>
      m.propertyName === property &&
      m.type === ValidationTypes.CONDITIONAL_VALIDATION &&
      m.name !== 'isOptional' &&
      (m.constraints[0] as (o: object, v: unknown) => boolean)({ [property]: null }, null) === false,
  );
  byProperty.set(property, answer);
  return answer;
}

/**
 * What class-validator does not see in a validated DTO: null where the DTO does not allow it, texts with NUL,
 * control characters or lone surrogates, and ids or versions beyond the database's integer.
 */
function instanceProblems(root: object): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  const visit = (obj: object, path: string, depth: number) => {
    if (depth > 50 || out.length >= 50) return;
    const ctor = obj.constructor as new () => object;
    const isDto = isDtoClass(ctor);
    for (const [key, value] of Object.entries(obj)) {
      const field = path ? `${path}.${key}` : key;
      const check = (v: unknown, at: string) => {
        if (typeof v === 'string') {
          const problem = textProblem(v, isDto && isMultiLine(ctor.prototype, key));
          if (problem) out.push({ field: at, problem: `${key} ${problem}` });
        } else if (typeof v === 'number' && DB_INT_FIELD.test(key) && Number.isInteger(v) && Math.abs(v) > MAX_DB_INT) {
          out.push({ field: at, problem: `${key} must not be greater than ${MAX_DB_INT}` });
        } else if (v !== null && typeof v === 'object') {
          visit(v as object, at, depth + 1);
        }
      };
      if (value === null) {
        if (isDto && !nullable(ctor, key)) out.push({ field, problem: `${key} must not be null` });
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => check(item, `${field}[${i}]`));
      } else {
        check(value, field);
      }
    }
  };
  visit(root, '', 0);
  return out;
}

/**
 * One pipe for every request: strips nothing silently, refuses unknown fields (prototype keys included), null where
 * a field may not be null, control characters in texts, converts types; numeric route parameters are database ids.
 */
export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => invalid(flatten(errors)) as BadRequestException,
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'param' && metadata.metatype === Number) {
      const text = String(value);
      if (!/^[0-9]{1,10}$/.test(text) || Number(text) < 1 || Number(text) > MAX_DB_INT) {
        throw invalid([
          { field: metadata.data ?? 'id', problem: `${metadata.data ?? 'id'} must be a whole number from 1 to ${MAX_DB_INT}` },
        ]);
      }
      return value;
    }
    const dto = isDtoClass(metadata.metatype) && (metadata.type === 'body' || metadata.type === 'query');
    if (dto) {
      if (metadata.type === 'body' && (value === null || typeof value !== 'object' || Array.isArray(value))) {
        throw invalid([{ field: 'body', problem: 'the body must be a JSON object' }]);
      }
      const keys = prototypeKeyProblems(value);
      if (keys.length) throw invalid(keys);
    }
    const result = await super.transform(value, metadata);
    if (dto && result !== null && typeof result === 'object') {
      const problems = instanceProblems(result as object);
      if (problems.length) throw invalid(problems);
    }
    return result;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe();
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  411: 'Length Required',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function reasonOf(status: number): string {
  return REASONS[status] ?? (status >= 500 ? 'Server Error' : 'Error');
}

/** SQLite's one writer is held by an import's apply (another connection): a write that cannot wait is refused, not failed. */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code ?? '';
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT';
}

function driverCode(error: QueryFailedError): string {
  return String((error as unknown as { driverError?: { code?: string } }).driverError?.code ?? '');
}

function isUniqueViolation(error: QueryFailedError): boolean {
  const code = driverCode(error);
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

function isForeignKeyViolation(error: QueryFailedError): boolean {
  const code = driverCode(error);
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** The column of a NOT NULL violation (PostgreSQL says it; SQLite's message ends in table.column). */
function notNullColumn(error: QueryFailedError): string | null {
  const code = driverCode(error);
  const driverError = (error as unknown as { driverError?: { column?: string; message?: string } }).driverError;
  if (code === '23502') return driverError?.column ?? 'unknown';
  if (code === 'SQLITE_CONSTRAINT_NOTNULL') return /\.(\w+)$/.exec(driverError?.message ?? '')?.[1] ?? 'unknown';
  return null;
}

/** PostgreSQL's class 22 (data exception: out of range, bad text, too long) and SQLite's type mismatch. */
function isDataException(error: QueryFailedError): boolean {
  const code = driverCode(error);
  return code.startsWith('22') || code === 'SQLITE_MISMATCH' || code === 'SQLITE_TOOBIG';
}

/** Errors that carry an HTTP status of their own: body-parser's, raw-body's, busboy's (through multer). */
function statusOf(exception: unknown): number | null {
  if (!exception || typeof exception !== 'object') return null;
  const e = exception as { status?: unknown; statusCode?: unknown; type?: unknown };
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : null;
  return status !== null && status >= 400 && status < 500 ? status : null;
}

/** Turns any failure into `{ statusCode, error, message, details }`; never a stack trace or SQL text. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    // A deliberate 5xx (a DetailedError: 503 when the database is down) was logged where it was decided.
    if (body.statusCode >= 500 && !(exception instanceof DetailedError)) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    if (response.headersSent) {
      // A streamed answer failed half-way: end it, so the client sees a cut answer instead of waiting.
      response.destroy();
      return;
    }
    if (exception instanceof DetailedError) for (const [name, value] of Object.entries(exception.headers)) response.setHeader(name, value);
    if (body.statusCode === 503 && !(exception instanceof DetailedError)) response.setHeader('Retry-After', '5');
    response.status(body.statusCode).json(body);
  }

  toBody(exception: unknown): ApiError {
    const body = this.rawBody(exception);
    return {
      ...body,
      message: clipMessage(body.message),
      details: body.details.slice(0, 200).map((d) => ({ ...d, problem: clipMessage(String(d.problem)) })),
    };
  }

  private rawBody(exception: unknown): ApiError {
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
      // Nest's own 400s (multer's "Multipart: Malformed part header", "Unexpected field" …) name nothing: the body it is.
      if (statusCode === 400 && !details.length) details = [{ field: 'body', problem: message }];
      return { statusCode, error: reasonOf(statusCode), message, details };
    }
    if (exception instanceof QueryFailedError) {
      if (isUniqueViolation(exception)) {
        return { statusCode: 409, error: REASONS[409], message: 'A record with the same key already exists', details: [] };
      }
      if (isForeignKeyViolation(exception)) {
        return {
          statusCode: 409,
          error: REASONS[409],
          message: 'The record is referenced by, or refers to, a missing record',
          details: [],
        };
      }
      // These mean a request got past validation that should have stopped it: answered as the client's error
      // (nothing was written, the transaction rolled back) and logged so the missing check gets added.
      const column = notNullColumn(exception);
      if (column !== null) {
        this.logger.warn(`NOT NULL violation reached the database: ${column}`);
        return {
          statusCode: 400,
          error: REASONS[400],
          message: 'Invalid request',
          details: [{ field: column, problem: `${column} is required`, code: 'db.not_null' }],
        };
      }
      if (isDataException(exception)) {
        this.logger.warn(`data exception reached the database: ${driverCode(exception)}`);
        return {
          statusCode: 400,
          error: REASONS[400],
          message: 'Invalid request',
          details: [{ field: 'body', problem: 'a value is out of range, too long or of the wrong type', code: 'db.data_exception' }],
        };
      }
    }
    const status = statusOf(exception);
    if (status !== null) {
      return { statusCode: status, error: reasonOf(status), message: 'The request could not be read', details: [] };
    }
    if (isBusy(exception)) {
      return { statusCode: 503, error: REASONS[503], message: 'Data is being imported; try again in a few seconds', details: [] };
    }
    return { statusCode: 500, error: REASONS[500], message: 'Internal server error', details: [] };
  }
}
