import * as ExcelJS from 'exceljs';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { checkXlsxFile, openCheckedXlsx } from '@storeops/api/core';
import { CsvRecord, readCsvRecords } from './csv';
import { Cell } from './values';

export interface SourceRow {
  /** 1-based line (CSV) or row number (XLSX) in the file, as a person would find it. */
  line: number;
  cells: Cell[];
}

export interface SourceFile {
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'gbk' | null;
  headers: string[];
  /** Data rows after the header row, in batches (one await per batch keeps large files fast). */
  rows: AsyncIterable<SourceRow[]>;
  /** Stops reading and releases the file (after a look at the first rows). */
  close(): void;
}

/** Called as bytes of the file are consumed. */
export type ProgressFn = (bytesRead: number) => void;

async function head(path: string, size: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * UTF-8 (with or without BOM) or GBK, as Excel in China saves CSV: a BOM says UTF-8; otherwise the first 64 KiB
 * are tried as strict UTF-8 (a multi-byte character cut at the end is allowed), and GBK is the fallback.
 */
export function detectEncoding(sample: Buffer): 'utf-8' | 'gbk' {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let cut = 0; cut <= 3 && cut < sample.length; cut++) {
    try {
      decoder.decode(sample.subarray(0, sample.length - cut));
      return 'utf-8';
    } catch {
      // try with the last bytes cut off, in case the sample ends inside a character
    }
  }
  return 'gbk';
}

function isXlsx(sample: Buffer): boolean {
  return sample.length >= 4 && sample[0] === 0x50 && sample[1] === 0x4b && sample[2] === 0x03 && sample[3] === 0x04;
}

/** Opens a CSV or XLSX file, decided by its content, never its name. */
export async function openSource(path: string, onProgress: ProgressFn = () => undefined): Promise<SourceFile> {
  const sample = await head(path, 64 * 1024);
  if (isXlsx(sample)) return openXlsx(path, onProgress);
  if (sample.includes(0)) throw new SourceError('not_csv_or_xlsx');
  return openCsv(path, detectEncoding(sample), onProgress);
}

/** The file cannot be read; the message is a problem code (IMPORT_MESSAGES). */
export class SourceError extends Error {}

async function openCsv(path: string, encoding: 'utf-8' | 'gbk', onProgress: ProgressFn): Promise<SourceFile> {
  const bytes = createReadStream(path, { highWaterMark: 1 << 20 });
  let read = 0;
  // Node's TextDecoder knows GBK (full ICU), and decodes faster than a JS decoder; `stream` keeps characters split
  // across chunks whole.
  const decoder = new TextDecoder(encoding === 'gbk' ? 'gbk' : 'utf-8', { ignoreBOM: false });
  async function* text(): AsyncIterable<string> {
    for await (const chunk of bytes) {
      read += (chunk as Buffer).length;
      onProgress(read);
      yield decoder.decode(chunk as Buffer, { stream: true });
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  }
  const records = readCsvRecords(text());
  let first = await records.next();
  while (!first.done && first.value.length === 0) first = await records.next();
  if (first.done) throw new SourceError('file_empty');
  const headers = first.value[0].fields.map((h) => h.trim());
  const isBlank = (fields: string[]) => fields.length === 1 && fields[0].trim() === '';
  const toRows = (batch: CsvRecord[]): SourceRow[] => {
    const out: SourceRow[] = [];
    for (const r of batch) if (!isBlank(r.fields)) out.push({ line: r.line, cells: r.fields });
    return out;
  };
  const firstRest = toRows(first.value.slice(1));
  async function* rows(): AsyncIterable<SourceRow[]> {
    if (firstRest.length) yield firstRest;
    for (;;) {
      const next = await records.next();
      if (next.done) return;
      const batch = toRows(next.value);
      if (batch.length) yield batch;
    }
  }
  return { format: 'csv', encoding, headers, rows: rows(), close: () => bytes.destroy() };
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r: { text: string }) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

async function openXlsx(path: string, onProgress: ProgressFn): Promise<SourceFile> {
  // Zip-bomb limits first (core's xlsx-guard); ExcelJS then reads the checked, normalized copy.
  await checkXlsxFile(path);
  const { size } = await stat(path);
  const bytes = await openCheckedXlsx(path, undefined, (fraction) => onProgress(Math.round(fraction * size)));
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(bytes, {
    entries: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  const sheets = workbook[Symbol.asyncIterator]();
  const sheet = await sheets.next();
  if (sheet.done) throw new SourceError('no_sheet');
  const rowIterator = (sheet.value as unknown as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
  const toCells = (row: ExcelJS.Row): Cell[] => {
    const values = row.values as ExcelJS.CellValue[];
    // ExcelJS rows are 1-based: index 0 is empty.
    return values.slice(1).map(cellValue);
  };
  let headerRow: ExcelJS.Row | undefined;
  for (;;) {
    const next = await rowIterator.next();
    if (next.done) break;
    if (toCells(next.value).some((c) => c !== null && String(c).trim() !== '')) {
      headerRow = next.value;
      break;
    }
  }
  if (!headerRow) throw new SourceError('sheet_empty');
  const headers = toCells(headerRow).map((c) => (c === null ? '' : String(c).trim()));
  async function* rows(): AsyncIterable<SourceRow[]> {
    let batch: SourceRow[] = [];
    for (;;) {
      const next = await rowIterator.next();
      if (next.done) break;
      const cells = toCells(next.value);
      if (cells.every((c) => c === null || String(c).trim() === '')) continue;
      batch.push({ line: next.value.number, cells });
      if (batch.length >= 1000) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
    // Drain the remaining sheets so the stream closes.
    for (let s = await sheets.next(); !s.done; s = await sheets.next()) {
      const rest = (s.value as unknown as AsyncIterable<unknown>)[Symbol.asyncIterator]();
      while (!(await rest.next()).done) {
        // skip the row
      }
    }
  }
  return { format: 'xlsx', encoding: null, headers, rows: rows(), close: () => bytes.destroy() };
}
