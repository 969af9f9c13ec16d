/**
 * Cell values as people's files carry them: amounts in 元 with ¥ and thousands separators in either convention
 * (1,234.56 · 1.234,56 · 1 234,56), dates as 2026-03-01, 2026/3/1, 2026年3月1日, 31.07.2015, 07/31/2015, Excel date
 * cells or Excel serial numbers. Each parser returns the value or a problem with a stable code and its parameters.
 *
 * A column's number style and date order are the column's, not the cell's: a value is read in the style the column
 * has shown (or the clerk chose), and a value that contradicts it is an error naming it — "812,30" in a 1,234.56
 * column is never 81,230. Every numeric field here has at most two decimals, so a value with a separator followed by
 * exactly three digits can only be a thousands separator: every value with a separator tells the column's style.
 */
import { DateOrder, DecimalSeparator, NumberStyle } from '@storeops/shared/contracts';

export type Cell = string | number | Date | boolean | null | undefined;
export type Params = Record<string, string | number>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: string; params: Params };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(code: string, params: Params = {}): Parsed<T> => ({ ok: false, code, params });

/** Values are quoted in problems at most this long (a 32 kB cell is not echoed back). */
export const MAX_QUOTED = 100;
export function quote(raw: string): string {
  return raw.length > MAX_QUOTED ? `${raw.slice(0, MAX_QUOTED)}…` : raw;
}

function text(cell: Cell): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/** An empty cell: the value is unknown (never 0). */
export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Excel's day 1 is 1900-01-01 (with the 1900 leap-year bug): serial 25569 is 1970-01-01. */
function fromExcelSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

/**
 * What one date text says about the column's order: dmy / mdy, 'ambiguous' (day and month both ≤ 12 and different),
 * or nothing (a year-first form, or the same either way).
 */
export type DateEvidence = DateOrder | 'ambiguous' | null;

/** A date column's order as far as it is known; `fixed` when the clerk chose it. */
export interface DateColumn {
  order: DateOrder | null;
  fixed: boolean;
}

const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_LAST = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})$/;
/** A time of day after the date, as database exports write it ("2015-07-31 00:00:00", "2015-07-31T00:00"). */
const TIME_SUFFIX = /[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/;

interface DateParts {
  first: number;
  second: number;
  year: number;
}

function yearLast(raw: string): DateParts | null {
  const m = YEAR_LAST.exec(raw);
  return m ? { first: Number(m[1]), second: Number(m[3]), year: Number(m[4]) } : null;
}

/** The order a day-month-year text proves, if any (a part above 12 can only be the day). */
export function dateEvidence(cell: Cell): DateEvidence {
  if (typeof cell !== 'string') return null;
  const parts = yearLast(cell.trim().replace(TIME_SUFFIX, ''));
  if (!parts) return null;
  if (parts.first > 12 && parts.second <= 12) return 'dmy';
  if (parts.second > 12 && parts.first <= 12) return 'mdy';
  return parts.first === parts.second ? null : 'ambiguous';
}

/** A day as the integer YYYYMMDD, read in the column's order. */
export function parseDay(cell: Cell, column: DateColumn = { order: null, fixed: false }): Parsed<number> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return bad('not_a_date', { value: String(cell) });
    // Excel date cells arrive as UTC midnight.
    const y = cell.getUTCFullYear();
    if (y < 1900 || y > 2100) return bad('not_calendar_date', { value: cell.toISOString().slice(0, 10) });
    return ok(y * 10000 + (cell.getUTCMonth() + 1) * 100 + cell.getUTCDate());
  }
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 80000) return bad('not_a_date', { value: String(cell) });
    return parseDay(fromExcelSerial(cell));
  }
  const raw = text(cell);
  if (!raw) return bad('empty');
  const bare = raw.replace(TIME_SUFFIX, '');
  const ymd = YEAR_FIRST.exec(bare) ?? COMPACT.exec(bare);
  if (ymd) {
    const [y, m, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    if (!validDay(y, m, d)) return bad('not_calendar_date', { value: quote(raw) });
    return ok(y * 10000 + m * 100 + d);
  }
  const parts = yearLast(bare);
  if (!parts) return bad('not_a_date', { value: quote(raw) });
  const evidence: DateOrder | null = parts.first > 12 && parts.second <= 12 ? 'dmy' : parts.second > 12 && parts.first <= 12 ? 'mdy' : null;
  let order = column.order;
  if (evidence && order && evidence !== order) return bad('date_order_mismatch', { value: quote(raw), order: DATE_ORDER_SAMPLE[order] });
  if (!order) order = evidence;
  if (!order) {
    // 03/04/2015 could be 3 April or 4 March; 04/04/2015 is the same either way.
    if (parts.first !== parts.second) return bad('date_ambiguous', { value: quote(raw) });
    order = 'dmy';
  }
  const [d, m] = order === 'dmy' ? [parts.first, parts.second] : [parts.second, parts.first];
  if (!validDay(parts.year, m, d)) return bad('not_calendar_date', { value: quote(raw) });
  return ok(parts.year * 10000 + m * 100 + d);
}

/** How each order is shown to the clerk. */
export const DATE_ORDER_SAMPLE: Readonly<Record<DateOrder, string>> = { ymd: '2015-07-31', dmy: '31.07.2015', mdy: '07/31/2015' };

// ---------------------------------------------------------------------------------------------------------------
// Numbers

/** A numeric column's style as far as it is known; `fixed` when the clerk chose the decimal separator. */
export interface NumberColumn {
  decimal: DecimalSeparator | null;
  thousands: NumberStyle['thousands'];
  fixed: boolean;
}

export function numberColumn(decimal: DecimalSeparator | null = null): NumberColumn {
  return { decimal, thousands: null, fixed: decimal !== null };
}

/** How a style is shown to the clerk. */
export function styleSample(style: { decimal: DecimalSeparator | null; thousands: NumberStyle['thousands'] }): string {
  if (style.decimal === ',') return style.thousands === ' ' ? '1 234,56' : '1.234,56';
  if (style.decimal === '.') return style.thousands === ' ' ? '1 234.56' : '1,234.56';
  return '1234.56';
}

interface Reading {
  /** Hundredths, unsigned. */
  hundredths: number;
  /** The separator convention the text proves (null for plain digits). */
  decimal: DecimalSeparator | null;
  thousands: NumberStyle['thousands'];
}

const GROUPED = /^\d{1,3}(?:[,. ]\d{3})+$/;

/** Reads the digits and separators of an unsigned amount, or says why not. */
function readDigits(s: string, raw: string): Parsed<Reading> {
  if (/^\d+$/.test(s)) return ok({ hundredths: Number(s) * 100, decimal: null, thousands: null });
  if (!/^[\d.,' ]+$/.test(s) || !/\d/.test(s)) return bad('not_a_number', { value: quote(raw) });
  const spaces = s.includes(' ');
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  let intPart: string;
  let frac = '';
  /** Whether the text has a decimal part (the separator written, even when only the style is implied). */
  let fractional = false;
  let decimal: DecimalSeparator | null = null;
  let thousands: NumberStyle['thousands'] = spaces ? ' ' : null;
  const lastSep = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
  if (commas && dots) {
    // Both: the last one separates the decimals, the other groups thousands.
    decimal = s[lastSep] as DecimalSeparator;
    thousands = decimal === '.' ? ',' : '.';
    if ((decimal === '.' ? dots : commas) !== 1) return bad('not_a_number', { value: quote(raw) });
    intPart = s.slice(0, lastSep);
    frac = s.slice(lastSep + 1);
    fractional = true;
  } else if (commas + dots === 0) {
    intPart = s; // only spaces
  } else {
    const sep = commas ? ',' : '.';
    const count = commas || dots;
    const tail = s.slice(lastSep + 1);
    if (count === 1 && !spaces && (tail.length !== 3 || !GROUPED.test(s))) {
      // One separator not followed by a group of three: the decimals.
      decimal = sep as DecimalSeparator;
      intPart = s.slice(0, lastSep);
      frac = tail;
      fractional = true;
    } else if (spaces && count === 1) {
      // "1 234,56": spaces group, the one other separator is decimal.
      decimal = sep as DecimalSeparator;
      intPart = s.slice(0, lastSep);
      frac = tail;
      fractional = true;
    } else {
      // "1,234" or "1.234.567": groups of three, so the separator groups thousands and the other one is decimal.
      thousands = sep as ',' | '.';
      decimal = sep === ',' ? '.' : ',';
      intPart = s;
    }
  }
  if (!/^\d+$/.test(intPart.replace(/[,. ]/g, ''))) return bad('not_a_number', { value: quote(raw) });
  if (intPart !== intPart.replace(/[,. ]/g, '') && !GROUPED.test(intPart)) return bad('not_a_number', { value: quote(raw) });
  if (/[^\d]/.test(frac)) return bad('not_a_number', { value: quote(raw) });
  if (frac.length > 2) return bad('too_many_decimals', { value: quote(raw) });
  if (fractional && frac.length === 0) return bad('not_a_number', { value: quote(raw) });
  const whole = Number(intPart.replace(/[,. ]/g, ''));
  return ok({ hundredths: whole * 100 + Number(frac.padEnd(2, '0')), decimal, thousands });
}

export interface AmountOptions {
  allowNegative: boolean;
}

/**
 * Hundredths from a decimal in text or a number: "¥1,234.56" → 123456, read in the column's style (which a value
 * with separators decides when it is not yet known). Text is converted digit by digit, so no floating-point
 * rounding slips in; numbers (Excel cells) are rounded to the hundredth they display.
 */
export function parseHundredths(cell: Cell, opts: AmountOptions, column: NumberColumn = numberColumn()): Parsed<number> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return bad('not_a_number', { value: String(cell) });
    const value = Math.round(cell * 100);
    if (Math.abs(cell * 100 - value) > 1e-6) return bad('too_many_decimals', { value: String(cell) });
    if (value < 0 && !opts.allowNegative) return bad('negative', { value: String(cell) });
    if (!Number.isSafeInteger(value)) return bad('too_large', { value: String(cell) });
    return ok(value);
  }
  if (typeof cell === 'boolean' || cell instanceof Date) return bad('not_a_number', { value: quote(String(cell)) });
  // Fast path for plain "1234.56" / "1234" / "1234.5" in a column read with dot decimals (or not yet known).
  if (typeof cell === 'string' && cell.length > 0 && cell.length < 16 && column.decimal !== ',') {
    const fast = plainDot(cell);
    if (fast !== null) {
      if (fast.dot && column.decimal === null) {
        column.decimal = '.';
      }
      return ok(fast.value);
    }
  }
  const raw = text(cell);
  if (!raw) return bad('empty');
  let s = raw
    .replace(/[¥￥]/g, '')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim();
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith('-') || s.startsWith('−')) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }
  const read = readDigits(s, raw);
  if ('code' in read) return bad(read.code, read.params);
  const { hundredths, decimal, thousands } = read.value;
  if (decimal !== null) {
    if (column.decimal !== null && column.decimal !== decimal) {
      return bad('number_style_mismatch', { value: quote(raw), style: styleSample(column) });
    }
    if (column.decimal === null) column.decimal = decimal;
    if (thousands !== null && column.thousands === null) column.thousands = thousands;
  }
  if (!Number.isSafeInteger(hundredths)) return bad('too_large', { value: quote(raw) });
  if (negative && hundredths !== 0 && !opts.allowNegative) return bad('negative', { value: quote(raw) });
  return ok(negative ? -hundredths : hundredths);
}

/** "1234", "1234.5", "1234.56" without a regular expression per cell; null for anything else. */
function plainDot(cell: string): { value: number; dot: boolean } | null {
  let whole = 0;
  let frac = 0;
  let fracDigits = -1;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (fracDigits < 0) whole = whole * 10 + (c - 48);
      else if (fracDigits < 2) {
        frac = frac * 10 + (c - 48);
        fracDigits++;
      } else return null;
    } else if (c === 46 && fracDigits < 0 && i > 0) {
      fracDigits = 0;
    } else return null;
  }
  if (fracDigits === 0) return null;
  // "1.234" (three digits after a dot) is not plain: it is a thousands separator or an error, decided above.
  return { value: whole * 100 + (fracDigits === 1 ? frac * 10 : fracDigits === 2 ? frac : 0), dot: fracDigits > 0 };
}

/** A whole, non-negative count (来客数). */
export function parseCount(cell: Cell, column: NumberColumn = numberColumn()): Parsed<number> {
  const hundredths = parseHundredths(cell, { allowNegative: false }, column);
  if ('code' in hundredths) return hundredths;
  if (hundredths.value % 100 !== 0) return bad('not_whole', { value: quote(text(cell)) });
  return ok(hundredths.value / 100);
}

// ---------------------------------------------------------------------------------------------------------------
// Open / closed

const OPEN = new Set(['1', '是', '营业', '开', '开业', 'true', 'yes', 'y', 'open', 't']);
const CLOSED = new Set(['0', '否', '闭店', '停业', '关', '休', 'false', 'no', 'n', 'closed', 'f']);

/** 营业: 1/0, 是/否, 营业/闭店, true/false (Excel booleans too). Empty is unknown (null). */
export function parseOpen(cell: Cell): Parsed<boolean | null> {
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') {
    if (cell === 1) return ok(true);
    if (cell === 0) return ok(false);
    return bad('not_open_flag', { value: String(cell) });
  }
  const raw = text(cell);
  if (!raw) return ok(null);
  const key = raw.toLowerCase();
  if (OPEN.has(key)) return ok(true);
  if (CLOSED.has(key)) return ok(false);
  return bad('not_open_flag', { value: quote(raw) });
}
