import { CellValue, Workbook } from 'exceljs';
import { cellText, guardXlsxBuffer, isZipSignature } from '@storeops/api/core';
import { coded, daysFromTo, ErrorDetail, WorkCalendarExceptionInput } from '@storeops/shared/contracts';

/**
 * Next year's 放假安排 as the office types it from the State Council's notice: one row per day or per span, in any
 * order, with a header row or without — 日期 (2027-10-01, 2027/10/1, 2027年10月1日, an Excel date, or a span
 * 2027-10-01~2027-10-07 / 至), 类型 (放假 / 休 / 节假日 / holiday, or 上班 / 补班 / 调休上班 / makeup_workday),
 * 名称 (国庆节, optional). Every bad cell is named by line and column; nothing is saved unless all are good.
 */
export interface CalendarSheetResult {
  days: WorkCalendarExceptionInput[];
  errors: ErrorDetail[];
}

const HOLIDAY_WORDS = new Set(['放假', '休', '休息', '假', '节假日', '假日', '法定节假日', 'holiday', 'off']);
const MAKEUP_WORDS = new Set(['上班', '班', '补班', '调休', '调休上班', '调休上班日', '工作日', 'makeup_workday', 'makeup', 'workday']);
const HEADER_WORDS = new Set(['日期', 'date', '日子']);
const MAX_ERRORS = 50;
/** A year's list is a few dozen rows: 1 MB is plenty. */
export const MAX_CALENDAR_SHEET_BYTES = 1024 * 1024;

/** A day written any of the ways a sheet holds one, as YYYY-MM-DD; null when it is not a real day. */
export function sheetDay(value: CellValue | string): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && value > 20_000 && value < 80_000) {
    // An Excel serial day (1900 system): day 25569 is 1970-01-01.
    return new Date(Math.round((value - 25_569) * 86_400_000)).toISOString().slice(0, 10);
  }
  const text = String(value ?? '').trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!m) return null;
  const day = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day ? null : day;
}

/** Reads the rows (first three columns) into the year's exceptions, checking each against `year`. */
export function readCalendarRows(rows: ReadonlyArray<ReadonlyArray<CellValue | string>>, year: number): CalendarSheetResult {
  const errors: ErrorDetail[] = [];
  const seen = new Map<string, number>();
  const days: WorkCalendarExceptionInput[] = [];
  const bad = (line: number, column: string, code: string, params: Record<string, string | number> = {}) => {
    if (errors.length < MAX_ERRORS) errors.push(coded(code, params, { line, column }));
  };
  rows.forEach((row, i) => {
    const line = i + 1;
    const [dateCell, typeCell, nameCell] = [row[0], row[1], row[2]];
    const dateText = dateCell instanceof Date ? '' : cellText(dateCell ?? '');
    if (!(dateCell instanceof Date) && !dateText && !cellText(typeCell ?? '')) return; // an empty line
    if (line === 1 && HEADER_WORDS.has(dateText.toLowerCase())) return;
    let span: string[] | null = null;
    const range = /^(.+?)\s*(?:~|～|至|到|—|--)\s*(.+)$/.exec(dateText);
    if (range) {
      const [from, to] = [sheetDay(range[1]), sheetDay(range[2])];
      if (from && to && from <= to && daysFromTo(from, to).length <= 31) span = daysFromTo(from, to);
    } else {
      const day = sheetDay(dateCell instanceof Date ? dateCell : typeof dateCell === 'number' ? dateCell : dateText);
      if (day) span = [day];
    }
    if (!span) return bad(line, 'A', 'calendar.sheet_bad_date', { value: dateText.slice(0, 40) });
    const typeText = cellText(typeCell ?? '').toLowerCase();
    const type = HOLIDAY_WORDS.has(typeText) ? 'holiday' : MAKEUP_WORDS.has(typeText) ? 'makeup_workday' : null;
    if (!type) return bad(line, 'B', 'calendar.sheet_bad_type', { value: typeText.slice(0, 20) });
    const name = cellText(nameCell ?? '').slice(0, 50) || null;
    for (const date of span) {
      if (!date.startsWith(`${year}-`)) return bad(line, 'A', 'calendar.day_outside_year', { date, year });
      const earlier = seen.get(date);
      if (earlier !== undefined) return bad(line, 'A', 'calendar.sheet_day_twice', { date, line: earlier });
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      if (type === 'makeup_workday' && weekday !== 0 && weekday !== 6) return bad(line, 'B', 'calendar.makeup_not_weekend', { date });
      seen.set(date, line);
      days.push({ date, type, name });
    }
  });
  days.sort((a, b) => a.date.localeCompare(b.date));
  return { days, errors };
}

/** The rows of an .xlsx (first sheet; archive limits checked before anything is inflated) or a UTF-8 .csv; null: neither. */
export async function calendarSheetRows(buffer: Buffer): Promise<Array<Array<CellValue | string>> | null> {
  if (isZipSignature(buffer)) {
    const workbook = new Workbook();
    try {
      await workbook.xlsx.load((await guardXlsxBuffer(buffer)) as unknown as ArrayBuffer);
    } catch (error) {
      if (error instanceof Error && error.name === 'ArchiveLimitError') throw error;
      return null;
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) return [];
    const rows: Array<Array<CellValue | string>> = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      rows.push([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]);
    }
    return rows;
  }
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD') || text.includes('\u0000')) return null;
  return text.split(/\r?\n/).map((line) => line.split(/[,\t，]/).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1')));
}
