/**
 * Cell values as people's files carry them: amounts in 元 with ¥ and thousands separators, dates as 2026-03-01,
 * 2026/3/1, 2026年3月1日, Excel date cells or Excel serial numbers. Each parser returns the value or a problem.
 */
export type Cell = string | number | Date | boolean | null | undefined;
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(problem: string): Parsed<T> => ({ ok: false, problem });

function text(cell: Cell): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Excel's day 1 is 1900-01-01 (with the 1900 leap-year bug): serial 25569 is 1970-01-01. */
function fromExcelSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

/** A day as the integer YYYYMMDD. */
export function parseDay(cell: Cell): Parsed<number> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return bad('is not a date');
    // Excel date cells arrive as UTC midnight.
    return ok(cell.getUTCFullYear() * 10000 + (cell.getUTCMonth() + 1) * 100 + cell.getUTCDate());
  }
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 20000 || cell > 80000) return bad(`${cell} is not a date`);
    return parseDay(fromExcelSerial(cell));
  }
  const raw = text(cell);
  if (!raw) return bad('is empty');
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(raw) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (!match) return bad(`"${raw}" is not a date (use 2026-03-01 or 2026/3/1)`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!validDay(y, m, d)) return bad(`"${raw}" is not a calendar date`);
  return ok(y * 10000 + m * 100 + d);
}

/**
 * Hundredths from a decimal in text or a number: "¥1,234.56" → 123456. Text is converted digit by digit, so no
 * floating-point rounding slips in; numbers (Excel cells) are rounded to the hundredth they display.
 */
export function parseHundredths(cell: Cell, opts: { allowNegative: boolean }): Parsed<number> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return bad('is not a number');
    const value = Math.round(cell * 100);
    if (Math.abs(cell * 100 - value) > 1e-6) return bad(`${cell} has more than 2 decimals`);
    if (value < 0 && !opts.allowNegative) return bad(`${cell} must not be negative`);
    if (!Number.isSafeInteger(value)) return bad(`${cell} is too large`);
    return ok(value);
  }
  // Fast path for the common plain form "1234.56" / "1234" / "1234.5": no regular expression per cell.
  if (typeof cell === 'string' && cell.length > 0 && cell.length < 16) {
    let whole = 0;
    let frac = 0;
    let fracDigits = -1;
    let plain = true;
    for (let i = 0; i < cell.length; i++) {
      const c = cell.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        if (fracDigits < 0) whole = whole * 10 + (c - 48);
        else if (fracDigits < 2) {
          frac = frac * 10 + (c - 48);
          fracDigits++;
        } else {
          plain = false;
          break;
        }
      } else if (c === 46 && fracDigits < 0 && i > 0) {
        fracDigits = 0;
      } else {
        plain = false;
        break;
      }
    }
    if (plain && fracDigits !== 0) return ok(whole * 100 + (fracDigits === 1 ? frac * 10 : frac));
  }
  const raw = text(cell);
  if (!raw) return bad('is empty');
  let s = raw.replace(/[¥￥\s]/g, '').replace(/,/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(s);
  if (!match) return bad(/^\d+\.\d{3,}$/.test(s) ? `"${raw}" has more than 2 decimals` : `"${raw}" is not a number`);
  const value = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(value)) return bad(`"${raw}" is too large`);
  if (negative && value !== 0 && !opts.allowNegative) return bad(`"${raw}" must not be negative`);
  return ok(negative ? -value : value);
}

/** A whole, non-negative count (来客数). */
export function parseCount(cell: Cell): Parsed<number> {
  const hundredths = parseHundredths(cell, { allowNegative: false });
  if (!hundredths.ok) return hundredths;
  if (hundredths.value % 100 !== 0) return bad(`"${text(cell)}" is not a whole number`);
  return ok(hundredths.value / 100);
}
