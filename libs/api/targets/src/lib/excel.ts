import { Workbook, CellValue } from 'exceljs';
import { guardXlsxBuffer, isZipSignature, quote } from '@storeops/api/core';
import { ErrorDetail, IMPORT_MAX_ERRORS } from '@storeops/shared/contracts';

/** The sheet layout shared by export and import: A 门店编码, B 门店名称, C..N 1月..12月, O 全年. */
export const SHEET_HEADERS = ['门店编码', '门店名称', ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`), '全年'];
const FIRST_MONTH_COLUMN = 3;

export interface SheetRow {
  code: string;
  name: string;
  /** 12 values in the stored unit (分 for money). */
  months: number[];
}

export interface ParsedRow {
  line: number;
  code: string;
  months: number[];
}

function columnLetter(column: number): string {
  return String.fromCharCode('A'.charCodeAt(0) + column - 1);
}

/** Money goes out in 元 with 2 decimals; counts as whole numbers. */
export async function writeSheet(title: string, rows: readonly SheetRow[], money: boolean): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(title.slice(0, 31));
  sheet.addRow(SHEET_HEADERS).font = { bold: true };
  const unit = money ? 100 : 1;
  for (const row of rows) {
    const year = row.months.reduce((a, b) => a + b, 0);
    sheet.addRow([row.code, row.name, ...row.months.map((v) => v / unit), year / unit]);
  }
  sheet.columns.forEach((column, i) => {
    column.width = i < 2 ? 14 : 16;
    if (i >= 2) column.numFmt = money ? '#,##0.00' : '#,##0';
  });
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function text(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '').trim();
  return String(value).trim();
}

/** A cell in the stored unit, or a problem. Money accepts at most 2 decimals of 元; counts accept whole numbers. */
function amount(value: CellValue, money: boolean): number | string {
  const raw = typeof value === 'object' && value !== null && 'result' in value ? value.result : value;
  let units: number;
  if (typeof raw === 'number') {
    const scaled = raw * (money ? 100 : 1);
    units = Math.round(scaled);
    if (Math.abs(scaled - units) > 1e-6 * Math.max(1, Math.abs(scaled))) {
      return money ? `${raw} has more than 2 decimals` : `${raw} is not a whole number`;
    }
  } else {
    const s = text(value as CellValue).replace(/,/g, '');
    if (s === '') return 'is empty';
    if (s.startsWith('-')) return 'must not be negative';
    const pattern = money ? /^\d+(\.\d{1,2})?$/ : /^\d+$/;
    if (!pattern.test(s)) return money ? `${quote(s)} is not an amount in 元 with at most 2 decimals` : `${quote(s)} is not a whole number`;
    const [whole, fraction = ''] = s.split('.');
    units = money ? Number(whole) * 100 + Number(fraction.padEnd(2, '0')) : Number(whole);
  }
  if (units < 0) return 'must not be negative';
  if (!Number.isSafeInteger(units)) return 'is too large';
  return units;
}

/** Reads the first sheet; every problem is reported with its line and column, up to IMPORT_MAX_ERRORS. */
export async function readSheet(buffer: Buffer, money: boolean): Promise<{ rows: ParsedRow[]; errors: ErrorDetail[] }> {
  if (!isZipSignature(buffer)) return { rows: [], errors: [{ field: 'file', problem: 'is not an .xlsx workbook' }] };
  // Zip-bomb limits (core's xlsx-guard) throw ArchiveLimitError (413 or 400) before anything is inflated into memory.
  const checked = await guardXlsxBuffer(buffer);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(checked as unknown as ArrayBuffer);
  } catch {
    return { rows: [], errors: [{ field: 'file', problem: 'is not an .xlsx workbook' }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], errors: [{ field: 'file', problem: 'has no sheet' }] };
  const errors: ErrorDetail[] = [];
  SHEET_HEADERS.slice(0, 14).forEach((header, i) => {
    const found = text(sheet.getRow(1).getCell(i + 1).value);
    if (found !== header)
      errors.push({ line: 1, column: columnLetter(i + 1), problem: `header must be "${header}", found ${quote(found)}` });
  });
  if (errors.length) return { rows: [], errors };
  const rows: ParsedRow[] = [];
  for (let line = 2; line <= sheet.rowCount; line++) {
    const row = sheet.getRow(line);
    const code = text(row.getCell(1).value);
    const monthCells = Array.from({ length: 12 }, (_, i) => row.getCell(FIRST_MONTH_COLUMN + i).value);
    if (!code && monthCells.every((v) => text(v) === '')) continue;
    if (!code) errors.push({ line, column: 'A', problem: '门店编码 is empty' });
    const months: number[] = [];
    monthCells.forEach((value, i) => {
      const parsed = amount(value, money);
      if (typeof parsed === 'string') errors.push({ line, column: columnLetter(FIRST_MONTH_COLUMN + i), problem: `${i + 1}月 ${parsed}` });
      else months.push(parsed);
    });
    if (code && months.length === 12) rows.push({ line, code, months });
    if (errors.length >= IMPORT_MAX_ERRORS) break;
  }
  return { rows, errors: errors.slice(0, IMPORT_MAX_ERRORS) };
}
