import { TransformFnParams } from 'class-transformer';
import { ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';

/** Trims a text field before it is validated (other values stay as they are and fail validation). */
/** Query strings carry booleans as text; anything but true/false stays as is and fails validation. */
export const toBoolean = ({ value }: TransformFnParams): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export const trim = ({ value }: TransformFnParams) => (typeof value === 'string' ? value.trim() : value);

/** Years the API accepts in any date or period. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

function realDay(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A real calendar day YYYY-MM-DD from 1900 to 2100. */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return !!match && realDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

export type PeriodForm = 'year' | 'quarter' | 'month';

/** YYYY, YYYY-Qn or YYYY-MM (as `forms` allows) with a year from 1900 to 2100. */
export function isPeriodText(value: unknown, forms: readonly PeriodForm[] = ['year', 'quarter', 'month']): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const form: PeriodForm = match[2] ? 'quarter' : match[3] ? 'month' : 'year';
  return forms.includes(form);
}

/**
 * An ISO 8601 instant (a day, or a day with a time and an optional offset) on a real calendar day from 1900 to 2100.
 */
export function isInstantText(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 40) return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!match || !realDay(Number(match[1]), Number(match[2]), Number(match[3]))) return false;
  if (match[4] !== undefined && (Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6] ?? 0) > 59)) return false;
  return !Number.isNaN(Date.parse(value));
}

const forms = (f: readonly PeriodForm[]) =>
  f
    .map((x) => ({ year: 'YYYY', quarter: 'YYYY-Qn', month: 'YYYY-MM' })[x])
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1');

/** A real calendar day YYYY-MM-DD (1900–2100); the message names the property. */
export function IsCalendarDay(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDay',
      validator: {
        validate: (value) => isCalendarDay(value),
        defaultMessage: (args) => `${args?.property} must be a real date YYYY-MM-DD from ${MIN_YEAR} to ${MAX_YEAR}`,
      },
    },
    options,
  );
}

/**
 * A period of the given forms (default YYYY, YYYY-Qn, YYYY-MM) with a year from 1900 to 2100, or one of `words`
 * (e.g. mtd, ytd).
 */
export function IsPeriod(
  allowed: readonly PeriodForm[] = ['year', 'quarter', 'month'],
  words: readonly string[] = [],
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPeriod',
      constraints: [allowed, words],
      validator: {
        validate: (value) => words.includes(value as string) || isPeriodText(value, allowed),
        defaultMessage: (args) =>
          `${args?.property} must be ${forms([...allowed])}${words.length ? ` (or ${words.join(', ')})` : ''} with a year from ${MIN_YEAR} to ${MAX_YEAR}`,
      },
    },
    options,
  );
}

/** An ISO 8601 date or date-time on a real day from 1900 to 2100. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value) => isInstantText(value),
        defaultMessage: (args) =>
          `${args?.property} must be an ISO 8601 date or time (e.g. 2026-11-18T10:00:00+08:00) from ${MIN_YEAR} to ${MAX_YEAR}`,
      },
    },
    options,
  );
}

export const MULTI_LINE_KEY = 'storeops:multiLine';

/** A text that may span lines: tab and line breaks are allowed in it (other control characters never are). */
export function MultiLine(): PropertyDecorator {
  return (target, property) => Reflect.defineMetadata(MULTI_LINE_KEY, true, target, property);
}

export function isMultiLine(target: object, property: string): boolean {
  return Reflect.getMetadata(MULTI_LINE_KEY, target, property) === true;
}

/**
 * The field may be sent as null (it clears a value). Without it the validation pipe answers 400 to a null, since
 * `@IsOptional()` alone would let null through to a NOT NULL column. Same as `@ValidateIf((_, v) => v !== null)`.
 */
export function Nullable(): PropertyDecorator {
  return ValidateIf((_, value) => value !== null);
}

/**
 * Query strings carry numbers as text: only plain digits become a number, so `1e308`, `0x10`, ` 5` or `1.0`
 * stay text and fail `@IsInt()` with the field's name.
 */
export const toWholeNumber = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' && /^-?[0-9]{1,16}$/.test(value) ? Number(value) : value;

/**
 * A list of ids in a query string (`ids=3,7,12`, or the parameter repeated) as numbers; anything else stays as sent so
 * `@IsInt({ each: true })` names the field. An empty text is an empty list.
 */
export const toIdList = ({ value }: TransformFnParams): unknown => {
  const parts = Array.isArray(value) ? value.flatMap((v) => String(v).split(',')) : typeof value === 'string' ? value.split(',') : null;
  if (!parts) return value;
  const kept = parts.map((p) => p.trim()).filter((p) => p !== '');
  return kept.map((p) => (/^[0-9]{1,10}$/.test(p) ? Number(p) : p));
};

/** Database integers (ids, versions): what PostgreSQL's `integer` holds. */
export const MAX_DB_INT = 2_147_483_647;
