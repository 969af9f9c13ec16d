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
import { ApiError, coded, ErrorDetail, errorText, isErrorCode, Lang, langOf, MessageParams } from '@storeops/shared/contracts';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { clipMessage, textProblem, textProblemCode } from './text';
import { isMultiLine, MAX_DB_INT, MAX_YEAR, MIN_YEAR } from './validators';

/** A 4xx with details, thrown by services: `throw new DetailedError(409, 'Store code taken', [{ field: 'code', … }])`. */
export class DetailedError extends HttpException {
  constructor(
    status: number,
    message: string,
    details: ErrorDetail[] = [],
    /** Headers of the answer, e.g. Retry-After of a 429. */
    readonly headers: Record<string, string> = {},
    /** Parameters of `message` when it is a code of the error catalogue (codedError). */
    messageParams?: MessageParams,
  ) {
    super({ message, details, ...(messageParams ? { params: messageParams } : {}) }, status);
  }
}

/**
 * A 4xx whose message is a code of the error catalogue (ERROR_MESSAGES) with its parameters: the answer's
 * `message` is worded in the caller's language, like every coded detail.
 */
export function codedError(status: number, code: string, params: MessageParams = {}, details: ErrorDetail[] = []): DetailedError {
  return new DetailedError(status, code, details, {}, params);
}

/**
 * A 4xx about one field, with a catalogue code and its parameters: `invalidField('validTo', 'licence.before_valid_from',
 * { value })`. The message is request.invalid for a 400, else the status's own code (http.conflict …).
 */
export function invalidField(
  field: string,
  code: string,
  params: MessageParams = {},
  status: number = HttpStatus.BAD_REQUEST,
): DetailedError {
  const message = status === HttpStatus.BAD_REQUEST ? 'request.invalid' : (HTTP_CODES[status] ?? 'http.error');
  return codedError(status, message, {}, [coded(code, params, { field })]);
}

/** 409 for a write carrying a version the record has left: the record (or `message`) changed, `version` says from what to what. */
export function staleVersion(expected: number, current: number, code = 'record.version_stale', message = 'record.changed'): DetailedError {
  return codedError(HttpStatus.CONFLICT, message, {}, [coded(code, { expected, current }, { field: 'version' })]);
}

/** 429 with Retry-After (whole seconds, at least 1) in the header and in `details`. */
export function tooManyRequests(message: string, retryAfterMs: number, code = 'too_many_requests'): DetailedError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  // The message is worded from the code (login_locked, login_address_blocked …); `message` is its English gist.
  void message;
  return new DetailedError(
    HttpStatus.TOO_MANY_REQUESTS,
    isErrorCode(code) ? code : 'too_many_requests',
    [{ field: 'retryAfter', problem: String(seconds), code: 'too_many_requests', params: { seconds } }],
    { 'Retry-After': String(seconds) },
    { seconds },
  );
}

/** The parameters a constraint's message needs (min, max, the accepted values …), read from the DTO's metadata. */
function constraintParams(error: ValidationError, name: string): MessageParams {
  const target = error.target?.constructor as (new () => object) | undefined;
  const meta = target
    ? getMetadataStorage()
        .getTargetValidationMetadatas(target, '', true, false)
        .find((m) => m.propertyName === error.property && (m.name === name || m.type === name))
    : undefined;
  const [first] = (meta?.constraints ?? []) as unknown[];
  switch (name) {
    case 'min':
    case 'minLength':
    case 'arrayMinSize':
      return { min: Number(first) };
    case 'max':
    case 'maxLength':
    case 'arrayMaxSize':
      return { max: Number(first) };
    case 'isIn':
      return { values: Array.isArray(first) ? first.join(', ') : '' };
    case 'isEnum':
      return { values: first && typeof first === 'object' ? Object.values(first).join(', ') : '' };
    case 'isPeriod':
      return { forms: Array.isArray(first) ? first.join(' / ') : '', min: MIN_YEAR, max: MAX_YEAR };
    case 'isCalendarDay':
    case 'isInstant':
      return { min: MIN_YEAR, max: MAX_YEAR };
    default:
      return {};
  }
}

/** class-validator's errors as details: the constraint as the code (`validation.isInt`), its limits as params. */
function flatten(errors: ValidationError[], parent = ''): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [name, problem] of Object.entries(error.constraints ?? {})) {
      const code = isErrorCode(`validation.${name}`) ? `validation.${name}` : 'validation.invalid';
      out.push({ field, code, params: constraintParams(error, name), problem });
    }
    if (error.children?.length) out.push(...flatten(error.children, field));
  }
  return out;
}

/** 400 request.invalid with these details (several fields at once); one field: `invalidField`. */
export function invalidRequest(details: ErrorDetail[]): DetailedError {
  return new DetailedError(HttpStatus.BAD_REQUEST, 'request.invalid', details);
}

/** Codes whose text says what is wrong with a field without naming it: the field is put before it. */
const FIELD_FIRST = /^(validation|text|db)\./;

/** A coded detail in the caller's language (an English caller keeps the thrower's own words). */
function wordDetail(detail: ErrorDetail, lang: Lang): ErrorDetail {
  if (!isErrorCode(detail.code)) return detail;
  const params = detail.params ?? {};
  if (lang === 'en' && detail.problem) return { ...detail, params };
  const text = errorText(detail.code, params, lang) ?? detail.problem;
  const problem = detail.field && FIELD_FIRST.test(detail.code) ? `${detail.field} ${text}` : text;
  return { ...detail, params, problem };
}

/** An answer before it is worded: `fallback` is the status's code for a message in English only (Nest's own). */
type RawError = ApiError & { params?: MessageParams; fallback?: string };

/**
 * The answer in the caller's language: a message that is a catalogue code, and every coded detail. A message
 * without a code (Nest's own exceptions) reads as its status's text to a Chinese caller, as it is to an English one.
 */
export function wordError(body: RawError, lang: Lang): ApiError {
  const { params, fallback, ...rest } = body;
  const code = isErrorCode(body.message) ? body.message : undefined;
  const details = body.details.map((d) => wordDetail(d, lang));
  if (code) return { ...rest, code, message: errorText(code, params ?? {}, lang) ?? body.message, details };
  if (fallback && lang !== 'en') return { ...rest, code: fallback, message: errorText(fallback, {}, lang) ?? body.message, details };
  return { ...rest, ...(fallback ? { code: fallback } : {}), details };
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
      if (!Array.isArray(v) && PROTOTYPE_KEYS.has(key))
        out.push({ field, code: 'validation.prototype_key', params: {}, problem: `property ${key} should not exist` });
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
          const multiLine = isDto && isMultiLine(ctor.prototype, key);
          const problem = textProblem(v, multiLine);
          if (problem) out.push({ field: at, ...textProblemCode(problem, multiLine), problem: `${key} ${problem}` });
        } else if (typeof v === 'number' && DB_INT_FIELD.test(key) && Number.isInteger(v) && Math.abs(v) > MAX_DB_INT) {
          out.push({
            field: at,
            code: 'validation.db_int',
            params: { max: MAX_DB_INT },
            problem: `${key} must not be greater than ${MAX_DB_INT}`,
          });
        } else if (v !== null && typeof v === 'object') {
          visit(v as object, at, depth + 1);
        }
      };
      if (value === null) {
        if (isDto && !nullable(ctor, key)) out.push({ field, code: 'validation.not_null', params: {}, problem: `${key} must not be null` });
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
      // The target lets flatten read each constraint's limits; it never reaches the answer.
      validationError: { target: true, value: false },
      exceptionFactory: (errors) => invalidRequest(flatten(errors)) as BadRequestException,
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'param' && metadata.metatype === Number) {
      const text = String(value);
      if (!/^[0-9]{1,10}$/.test(text) || Number(text) < 1 || Number(text) > MAX_DB_INT) {
        throw invalidRequest([
          {
            field: metadata.data ?? 'id',
            code: 'validation.id',
            params: { max: MAX_DB_INT },
            problem: `${metadata.data ?? 'id'} must be a whole number from 1 to ${MAX_DB_INT}`,
          },
        ]);
      }
      return value;
    }
    const dto = isDtoClass(metadata.metatype) && (metadata.type === 'body' || metadata.type === 'query');
    if (dto) {
      if (metadata.type === 'body' && (value === null || typeof value !== 'object' || Array.isArray(value))) {
        throw invalidRequest([{ field: 'body', code: 'body.not_object', params: {}, problem: 'the body must be a JSON object' }]);
      }
      const keys = prototypeKeyProblems(value);
      if (keys.length) throw invalidRequest(keys);
    }
    const result = await super.transform(value, metadata);
    if (dto && result !== null && typeof result === 'object') {
      const problems = instanceProblems(result as object);
      if (problems.length) throw invalidRequest(problems);
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
    const request = host.switchToHttp().getRequest<Request | undefined>();
    const body = this.toBody(exception, langOf(request?.headers?.['accept-language']));
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

  toBody(exception: unknown, lang: Lang = 'zh-CN'): ApiError {
    const body = wordError(this.rawBody(exception), lang);
    return {
      ...body,
      message: clipMessage(body.message),
      details: body.details.slice(0, 200).map((d) => ({ ...d, problem: clipMessage(String(d.problem)) })),
    };
  }

  private rawBody(exception: unknown): RawError {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      let message = exception.message;
      let details: ErrorDetail[] = [];
      if (typeof raw === 'object' && raw !== null) {
        const r = raw as { message?: unknown; details?: ErrorDetail[]; params?: MessageParams };
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
      const params = typeof raw === 'object' && raw !== null ? (raw as { params?: MessageParams }).params : undefined;
      const fallback = nestFallback(exception, message);
      return {
        statusCode,
        error: reasonOf(statusCode),
        message,
        details,
        ...(params ? { params } : {}),
        ...(fallback ? { fallback } : {}),
      };
    }
    if (exception instanceof QueryFailedError) {
      if (isUniqueViolation(exception)) {
        return { statusCode: 409, error: REASONS[409], message: 'record.duplicate_key', details: [] };
      }
      if (isForeignKeyViolation(exception)) {
        return {
          statusCode: 409,
          error: REASONS[409],
          message: 'record.reference_missing',
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
          message: 'request.invalid',
          details: [{ field: column, problem: `${column} is required`, code: 'db.not_null', params: {} }],
        };
      }
      if (isDataException(exception)) {
        this.logger.warn(`data exception reached the database: ${driverCode(exception)}`);
        return {
          statusCode: 400,
          error: REASONS[400],
          message: 'request.invalid',
          details: [
            { field: 'body', problem: 'a value is out of range, too long or of the wrong type', code: 'db.data_exception', params: {} },
          ],
        };
      }
    }
    const status = statusOf(exception);
    if (status !== null) {
      return { statusCode: status, error: reasonOf(status), message: 'request.unreadable', details: [] };
    }
    if (isBusy(exception)) {
      return { statusCode: 503, error: REASONS[503], message: 'db.busy', details: [] };
    }
    return { statusCode: 500, error: REASONS[500], message: 'http.internal', details: [] };
  }
}

const HTTP_CODES: Readonly<Record<number, string>> = {
  400: 'http.bad_request',
  401: 'http.unauthorized',
  403: 'http.forbidden',
  404: 'http.not_found',
  405: 'http.method_not_allowed',
  408: 'http.request_timeout',
  409: 'http.conflict',
  411: 'http.length_required',
  413: 'http.payload_too_large',
  415: 'http.unsupported_media_type',
  422: 'http.unprocessable',
  429: 'http.too_many_requests',
  503: 'http.unavailable',
};

/**
 * Nest's own exceptions (NotFoundException for an unknown route, ForbiddenException …) carry English sentences
 * without a code: they are answered with the status's code, so a Chinese caller reads Chinese. A DetailedError
 * keeps its message (a code, or a domain's own words until it adopts codes).
 */
function nestFallback(exception: HttpException, message: string): string | undefined {
  if (exception instanceof DetailedError || isErrorCode(message)) return undefined;
  const status = exception.getStatus();
  if (status === 404 && /^Cannot (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /.test(message)) return 'http.route_not_found';
  return HTTP_CODES[status];
}
