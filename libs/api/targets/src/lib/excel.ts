import { Workbook, CellValue } from 'exceljs';
import { cellText, guardXlsxBuffer, isZipSignature, quote } from '@storeops/api/core';
import { coded, ErrorDetail, IMPORT_MAX_ERRORS } from '@storeops/shared/contracts';

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

/** A cell's problem: a code of TARGETS_ERRORS and its params (the month is added by the caller). */
interface CellProblem {
  code: string;
  params: Record<string, string | number>;
}

/** A cell in the stored unit, or a problem. Money accepts at most 2 decimals of 元; counts accept whole numbers. */
function amount(value: CellValue, money: boolean): number | CellProblem {
  const raw = typeof value === 'object' && value !== null && 'result' in value ? value.result : value;
  let units: number;
  if (typeof raw === 'number') {
    const scaled = raw * (money ? 100 : 1);
    units = Math.round(scaled);
    if (Math.abs(scaled - units) > 1e-6 * Math.max(1, Math.abs(scaled))) {
      return { code: money ? 'targets.cell_decimals' : 'targets.cell_not_whole', params: { value: raw } };
    }
  } else {
    const s = cellText(value).replace(/,/g, '');
    if (s === '') return { code: 'targets.cell_empty', params: {} };
    if (s.startsWith('-')) return { code: 'targets.cell_negative', params: {} };
    const pattern = money ? /^\d+(\.\d{1,2})?$/ : /^\d+$/;
    if (!pattern.test(s))
      return { code: money ? 'targets.cell_not_amount' : 'targets.cell_not_whole', params: { value: quote(s).slice(1, -1) } };
    const [whole, fraction = ''] = s.split('.');
    units = money ? Number(whole) * 100 + Number(fraction.padEnd(2, '0')) : Number(whole);
  }
  if (units < 0) return { code: 'targets.cell_negative', params: {} };
  if (!Number.isSafeInteger(units)) return { code: 'targets.cell_too_large', params: {} };
  return units;
}

/** Reads the first sheet; every problem is reported with its line and column, up to IMPORT_MAX_ERRORS. */
export async function readSheet(buffer: Buffer, money: boolean): Promise<{ rows: ParsedRow[]; errors: ErrorDetail[] }> {
  if (!isZipSignature(buffer)) return { rows: [], errors: [coded('targets.not_xlsx', {}, { field: 'file' })] };
  // Zip-bomb limits (core's xlsx-guard) throw ArchiveLimitError (413 or 400) before anything is inflated into memory.
  const checked = await guardXlsxBuffer(buffer);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(checked as unknown as ArrayBuffer);
  } catch {
    return { rows: [], errors: [coded('targets.not_xlsx', {}, { field: 'file' })] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], errors: [coded('targets.no_sheet', {}, { field: 'file' })] };
  const errors: ErrorDetail[] = [];
  SHEET_HEADERS.slice(0, 14).forEach((header, i) => {
    const found = cellText(sheet.getRow(1).getCell(i + 1).value);
    if (found !== header)
      errors.push(
        coded('targets.header', { expected: header, found: quote(found).slice(1, -1) }, { line: 1, column: columnLetter(i + 1) }),
      );
  });
  if (errors.length) return { rows: [], errors };
  const rows: ParsedRow[] = [];
  for (let line = 2; line <= sheet.rowCount; line++) {
    const row = sheet.getRow(line);
    const code = cellText(row.getCell(1).value);
    const monthCells = Array.from({ length: 12 }, (_, i) => row.getCell(FIRST_MONTH_COLUMN + i).value);
    if (!code && monthCells.every((v) => cellText(v) === '')) continue;
    if (!code) errors.push(coded('targets.store_code_empty', {}, { line, column: 'A' }));
    const months: number[] = [];
    monthCells.forEach((value, i) => {
      const parsed = amount(value, money);
      if (typeof parsed !== 'number')
        errors.push(coded(parsed.code, { month: i + 1, ...parsed.params }, { line, column: columnLetter(FIRST_MONTH_COLUMN + i) }));
      else months.push(parsed);
    });
    if (code && months.length === 12) rows.push({ line, code, months });
    if (errors.length >= IMPORT_MAX_ERRORS) break;
  }
  return { rows, errors: errors.slice(0, IMPORT_MAX_ERRORS) };
}
