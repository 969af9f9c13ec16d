import { CellValue, Workbook } from 'exceljs';
import { cellText, guardXlsxBuffer, isZipSignature } from '@storeops/api/core';
import { coded, ErrorDetail } from '@storeops/shared/contracts';

/**
 * The office's price-change file 调价单: one row per SKU and store (or 全部 / all), with the old and the new price
 * in 元 and the day it takes effect. Read like the fact imports: a header row names the columns in any order
 * (Chinese or English), prices may use a decimal comma (12,50) or a thousands separator (1,234.50 / 1.234,50),
 * days may be written 2026-11-18, 2026/11/18, 2026年11月18日, 18.11.2026, 11/18/2026 (an order the column's other
 * rows make plain), or be an Excel date. Every bad cell is named by line and column; nothing is kept on any error.
 */
export interface PriceChangeRow {
  line: number;
  sku: string;
  name: string;
  /** Null: every store. */
  storeCode: string | null;
  oldPriceFen: number;
  newPriceFen: number;
  effectiveOn: string;
}

export interface PriceChangeSheet {
  rows: PriceChangeRow[];
  errors: ErrorDetail[];
}

type Cell = CellValue | string | null | undefined;
type Field = 'sku' | 'name' | 'store' | 'oldPrice' | 'newPrice' | 'effectiveOn';

const HEADERS: Readonly<Record<Field, readonly string[]>> = {
  sku: ['sku', '商品编码', '商品编号', '货号', '条码', '编码'],
  name: ['name', '商品名称', '品名', '名称'],
  store: ['store', 'storecode', '门店', '门店编码', '门店代码', '店号'],
  oldPrice: ['oldprice', '原价', '原售价', '旧价', '调前价'],
  newPrice: ['newprice', '新价', '新售价', '现价', '调后价'],
  effectiveOn: ['effectivedate', 'effectiveon', 'date', '生效日期', '生效日', '日期'],
};
/** The column names a message uses. */
export const COLUMN_NAMES: Readonly<Record<Field, string>> = {
  sku: '商品编码',
  name: '商品名称',
  store: '门店',
  oldPrice: '原价',
  newPrice: '新价',
  effectiveOn: '生效日期',
};
const REQUIRED: readonly Field[] = ['sku', 'store', 'oldPrice', 'newPrice', 'effectiveOn'];
const ALL_STORES = new Set(['全部', '全部门店', 'all', '*', '所有门店']);
const MAX_ERRORS = 50;
export const MAX_PRICE_CHANGE_ROWS = 20_000;
export const MAX_PRICE_CHANGE_BYTES = 5 * 1024 * 1024;
const MAX_FEN = 10_000_000;

const normalise = (h: string) => h.toLowerCase().replace(/[\s_\-（）()：:]/g, '');

/** A price in 元 as 分, exactly: 12.5, 12,50, ¥1,234.50, 1.234,50; null when it is not one (or has more than 2 decimals). */
export function parseYuan(cell: Cell): number | null {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0) return null;
    const fen = Math.round(cell * 100);
    return Math.abs(fen - cell * 100) < 1e-6 && fen <= MAX_FEN ? fen : null;
  }
  let text = cellText(cell ?? '')
    .replace(/[¥￥元\s]/g, '')
    .replace(/^RMB/i, '');
  if (!text) return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the later one is the decimal separator, the other groups thousands.
    text = lastComma > lastDot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (lastComma >= 0) {
    // A comma alone: decimal when 1 or 2 digits follow it once (12,5 / 12,50), else thousands (1,234).
    text = /^\d+,\d{1,2}$/.test(text) ? text.replace(',', '.') : /^\d{1,3}(,\d{3})+$/.test(text) ? text.replace(/,/g, '') : '!';
  }
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return fen <= MAX_FEN ? fen : null;
}

type DayParse = { day: string } | { ambiguous: [number, number, number] } | null;

const realDay = (y: number, m: number, d: number): string | null => {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const day = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return parsed.toISOString().slice(0, 10) === day ? day : null;
};

function parseDayCell(cell: Cell): DayParse {
  if (cell instanceof Date) return { day: cell.toISOString().slice(0, 10) };
  if (typeof cell === 'number' && cell > 20_000 && cell < 80_000) {
    return { day: new Date(Math.round((cell - 25_569) * 86_400_000)).toISOString().slice(0, 10) };
  }
  const text = cellText(cell ?? '').trim();
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (m) {
    const day = realDay(Number(m[1]), Number(m[2]), Number(m[3]));
    return day ? { day } : null;
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (m) {
    // 18.11.2026: the dotted form is day first.
    const day = realDay(Number(m[3]), Number(m[2]), Number(m[1]));
    return day ? { day } : null;
  }
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (a > 12) return realDay(y, b, a) ? { day: realDay(y, b, a) as string } : null;
    if (b > 12) return realDay(y, a, b) ? { day: realDay(y, a, b) as string } : null;
    if (a === b) return realDay(y, a, b) ? { day: realDay(y, a, b) as string } : null;
    return { ambiguous: [a, b, y] };
  }
  return null;
}

/** Rows of an .xlsx (first sheet) or a CSV (UTF-8 or GBK; comma, semicolon or tab separated, quotes allowed). */
export async function priceChangeRows(buffer: Buffer): Promise<Cell[][] | null> {
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
    const rows: Cell[][] = [];
    const width = Math.min(sheet.columnCount, 20);
    for (let r = 1; r <= Math.min(sheet.rowCount, MAX_PRICE_CHANGE_ROWS + 2); r++) {
      const row = sheet.getRow(r);
      const cells: Cell[] = [];
      for (let c = 1; c <= width; c++) {
        const v = row.getCell(c).value;
        cells.push(v !== null && typeof v === 'object' && !(v instanceof Date) && 'result' in v ? (v.result as Cell) : v);
      }
      rows.push(cells);
    }
    return rows;
  }
  if (buffer.includes(0)) return null;
  let text = buffer.toString('utf8');
  if (text.includes('\uFFFD')) {
    try {
      text = new TextDecoder('gbk', { fatal: true }).decode(buffer);
    } catch {
      return null;
    }
  }
  return parseCsv(text.replace(/^\uFEFF/, ''));
}

/** CSV with quoted cells; the separator is the one the first line uses most (`,` `;` tab). */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  const sep = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      row.push(cell.trim());
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell.trim());
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell.trim());
    rows.push(row);
  }
  return rows;
}

const columnLetter = (index: number) => String.fromCharCode(65 + index);

/** Checks every row; `knownStore` tells whether a store code exists. */
export function readPriceChanges(rows: Cell[][], knownStore: (code: string) => boolean): PriceChangeSheet {
  const errors: ErrorDetail[] = [];
  const bad = (line: number, column: string, code: string, params: Record<string, string | number> = {}) => {
    if (errors.length < MAX_ERRORS) errors.push(coded(code, params, { line, column }));
  };
  const headerIndex = rows.findIndex((r) => r.some((c) => cellText(c ?? '').trim() !== ''));
  if (headerIndex < 0) return { rows: [], errors: [coded('price_change.file_empty', {}, { field: 'file' })] };
  const header = rows[headerIndex].map((c) => normalise(cellText(c ?? '')));
  const at: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(HEADERS) as Field[]) {
    const i = header.findIndex((h) => HEADERS[field].some((name) => normalise(name) === h));
    if (i >= 0) at[field] = i;
  }
  const missing = REQUIRED.filter((f) => at[f] === undefined);
  if (missing.length) {
    return {
      rows: [],
      errors: missing.map((f) => coded('price_change.column_missing', { column: COLUMN_NAMES[f] }, { line: headerIndex + 1 })),
    };
  }
  const data = rows.slice(headerIndex + 1);
  if (data.length > MAX_PRICE_CHANGE_ROWS) {
    return { rows: [], errors: [coded('price_change.too_many_rows', { max: MAX_PRICE_CHANGE_ROWS }, { field: 'file' })] };
  }
  const col = (f: Field) => `${columnLetter(at[f] as number)}（${COLUMN_NAMES[f]}）`;
  // The day order a column shows where a row makes it plain (13/11/2026 is day first), for the rows that do not.
  let order: 'dmy' | 'mdy' | null = null;
  for (const r of data) {
    const text = cellText(r[at.effectiveOn as number] ?? '').trim();
    const m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text);
    if (m && Number(m[1]) > 12) order = 'dmy';
    else if (m && Number(m[2]) > 12) order = 'mdy';
    if (order) break;
  }
  const seen = new Map<string, number>();
  const out: PriceChangeRow[] = [];
  data.forEach((r, i) => {
    const line = headerIndex + 2 + i;
    if (r.every((c) => cellText(c ?? '').trim() === '')) return;
    const get = (f: Field): Cell => (at[f] === undefined ? undefined : r[at[f] as number]);
    const text = (f: Field) => cellText(get(f) ?? '').trim();
    const before = errors.length;
    const sku = text('sku');
    if (!sku) bad(line, col('sku'), 'price_change.required');
    else if (!/^[0-9A-Za-z-]{1,32}$/.test(sku)) bad(line, col('sku'), 'price_change.sku_format');
    const storeText = text('store');
    let storeCode: string | null = null;
    if (!storeText) bad(line, col('store'), 'price_change.required');
    else if (!ALL_STORES.has(storeText.toLowerCase())) {
      if (knownStore(storeText.toUpperCase())) storeCode = storeText.toUpperCase();
      else bad(line, col('store'), 'price_change.store_unknown', { value: storeText.slice(0, 40) });
    }
    const price = (f: 'oldPrice' | 'newPrice'): number => {
      const raw = get(f);
      if (cellText(raw ?? '').trim() === '') {
        bad(line, col(f), 'price_change.required');
        return 0;
      }
      const fen = parseYuan(raw);
      if (fen === null) bad(line, col(f), 'price_change.price_invalid', { value: cellText(raw).slice(0, 40) });
      return fen ?? 0;
    };
    const oldPriceFen = price('oldPrice');
    const newPriceFen = price('newPrice');
    let effectiveOn = '';
    const dayCell = get('effectiveOn');
    if (cellText(dayCell ?? '').trim() === '' && !(dayCell instanceof Date)) bad(line, col('effectiveOn'), 'price_change.required');
    else {
      const parsed = parseDayCell(dayCell);
      const value = cellText(dayCell ?? '').slice(0, 40);
      if (parsed === null) bad(line, col('effectiveOn'), 'price_change.date_invalid', { value });
      else if ('day' in parsed) effectiveOn = parsed.day;
      else if (order === null) bad(line, col('effectiveOn'), 'price_change.date_ambiguous', { value });
      else {
        const [a, b, y] = parsed.ambiguous;
        const day = order === 'dmy' ? realDay(y, b, a) : realDay(y, a, b);
        if (day) effectiveOn = day;
        else bad(line, col('effectiveOn'), 'price_change.date_invalid', { value });
      }
    }
    if (errors.length > before) return;
    const key = `${sku.toUpperCase()}|${storeCode ?? '*'}|${effectiveOn}`;
    const first = seen.get(key);
    if (first !== undefined) {
      bad(line, col('sku'), 'price_change.duplicate_row', { first });
      return;
    }
    seen.set(key, line);
    out.push({ line, sku: sku.toUpperCase(), name: text('name').slice(0, 100), storeCode, oldPriceFen, newPriceFen, effectiveOn });
  });
  if (!errors.length && !out.length) errors.push(coded('price_change.file_empty', {}, { field: 'file' }));
  return { rows: out, errors };
}
