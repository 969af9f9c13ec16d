import { CellValue, Workbook } from 'exceljs';
import { ErrorDetail, IMPORT_MAX_ERRORS, InspectionTemplateResponse, ItemKind } from '@storeops/shared/contracts';
import { guardXlsxBuffer, isZipSignature, quote } from '@storeops/api/core';
import { SectionInput } from './mappers';

/**
 * The template sheet shared by export and import (sheet 检查表):
 * rows 1–4 A label | B value (编码, 名称, 品类编码, 红线封顶分); row 6 the item headers; from row 7 one row per item.
 */
export const TEMPLATE_SHEET = '检查表';
export const HEADER_LABELS = ['编码', '名称', '品类编码', '红线封顶分'] as const;
export const ITEM_HEADERS = ['分区', '检查项', '类型', '分值', '可不适用', '红线', '不合格需拍照', '整改期限(天)'] as const;
const HEADER_LINE = 6;
const FIRST_ITEM_LINE = 7;
export const MAX_IMPORT_ITEMS = 200;
const MAX_SECTIONS = 30;
const MAX_ITEMS_PER_SECTION = 100;
const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{1,31}$/;

const KIND_LABEL: Record<ItemKind, string> = { pass_fail: '是否', scale: '评分' };
const KIND_OF: Record<string, ItemKind> = { 是否: 'pass_fail', 评分: 'scale' };

export interface ParsedTemplateSheet {
  code: string;
  name: string;
  /** '' for the general standard. */
  categoryCode: string;
  criticalCap: number;
  sections: SectionInput[];
}

function columnLetter(column: number): string {
  return String.fromCharCode('A'.charCodeAt(0) + column - 1);
}

const yesNo = (value: boolean) => (value ? '是' : '否');

export async function writeTemplateSheet(t: InspectionTemplateResponse, categoryCode: string | null): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET);
  const values = [t.code, t.name, categoryCode ?? '', t.criticalCap];
  HEADER_LABELS.forEach((label, i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = values[i];
  });
  const header = sheet.getRow(HEADER_LINE);
  header.values = [...ITEM_HEADERS];
  header.font = { bold: true };
  let line = FIRST_ITEM_LINE;
  for (const section of t.sections) {
    for (const item of section.items) {
      sheet.getRow(line++).values = [
        section.title,
        item.title,
        KIND_LABEL[item.kind],
        item.maxPoints,
        yesNo(item.allowNa),
        yesNo(item.critical),
        yesNo(item.photoOnFail),
        item.dueDays,
      ];
    }
  }
  [16, 48, 8, 8, 10, 8, 14, 14].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.views = [{ state: 'frozen', ySplit: HEADER_LINE }];
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

/** A whole number in [min, max], or a problem. */
function wholeNumber(value: CellValue, min: number, max: number): number | string {
  const raw = typeof value === 'object' && value !== null && 'result' in value ? value.result : value;
  const s = typeof raw === 'number' ? String(raw) : text(value);
  if (s === '') return 'is empty';
  if (!/^-?\d+(\.0+)?$/.test(s)) return `${quote(s)} is not a whole number`;
  const n = Number(s);
  if (n < min || n > max) return `${n} is not between ${min} and ${max}`;
  return n;
}

function number(value: CellValue, min: number, max: number): number | string {
  const raw = typeof value === 'object' && value !== null && 'result' in value ? value.result : value;
  const s = typeof raw === 'number' ? String(raw) : text(value);
  if (s === '') return 'is empty';
  const n = Number(s);
  if (!Number.isFinite(n)) return `${quote(s)} is not a number`;
  if (n < min || n > max) return `${n} is not between ${min} and ${max}`;
  return n;
}

function flag(value: CellValue): boolean | string {
  if (typeof value === 'boolean') return value;
  const s = text(value);
  if (s === '是') return true;
  if (s === '否') return false;
  return `must be 是 or 否, found ${quote(s)}`;
}

/**
 * Returns null when the content is not an .xlsx workbook (the caller answers 415). A workbook that breaks the
 * archive limits (a zip bomb, a cell over 32,767 characters) throws core's ArchiveLimitError (413 or 400) before
 * anything is inflated into memory; ExcelJS loads the checked, uncompressed copy.
 */
export async function loadWorkbook(buffer: Buffer): Promise<Workbook | null> {
  if (!isZipSignature(buffer)) return null;
  const checked = await guardXlsxBuffer(buffer);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(checked as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  return workbook;
}

/**
 * Reads sheet 检查表 (or the first sheet); every bad cell is reported with its line and column, up to IMPORT_MAX_ERRORS.
 * `categoryCode` (B3) comes back even when other cells are bad, so the caller can check it too.
 */
export function readTemplateSheet(workbook: Workbook): {
  template: ParsedTemplateSheet | null;
  categoryCode: string;
  errors: ErrorDetail[];
} {
  const sheet = workbook.getWorksheet(TEMPLATE_SHEET) ?? workbook.worksheets[0];
  if (!sheet) return { template: null, categoryCode: '', errors: [{ field: 'file', problem: 'has no sheet' }] };
  const errors: ErrorDetail[] = [];
  const bad = (line: number, column: number, problem: string) => errors.push({ line, column: columnLetter(column), problem });

  HEADER_LABELS.forEach((label, i) => {
    const found = text(sheet.getRow(i + 1).getCell(1).value);
    if (found !== label) bad(i + 1, 1, `label must be "${label}", found ${quote(found)}`);
  });
  ITEM_HEADERS.forEach((header, i) => {
    const found = text(sheet.getRow(HEADER_LINE).getCell(i + 1).value);
    if (found !== header) bad(HEADER_LINE, i + 1, `header must be "${header}", found ${quote(found)}`);
  });
  if (errors.length) return { template: null, categoryCode: '', errors };

  const headerValue = (line: number) => sheet.getRow(line).getCell(2).value;
  const code = text(headerValue(1));
  if (!CODE_PATTERN.test(code)) bad(1, 2, `编码 ${quote(code)} must be 2–32 capital letters, digits, - or _`);
  const name = text(headerValue(2));
  if (!name) bad(2, 2, '名称 is empty');
  else if (name.length > 100) bad(2, 2, '名称 is longer than 100 characters');
  const categoryCode = text(headerValue(3));
  const cap = number(headerValue(4), 0, 100);
  if (typeof cap === 'string') bad(4, 2, `红线封顶分 ${cap}`);

  const sections: SectionInput[] = [];
  const seen = new Set<string>();
  let current = '';
  let itemCount = 0;
  for (let line = FIRST_ITEM_LINE; line <= sheet.rowCount; line++) {
    const row = sheet.getRow(line);
    const cells = ITEM_HEADERS.map((_, i) => row.getCell(i + 1).value);
    if (cells.every((v) => text(v) === '')) continue;
    if (++itemCount > MAX_IMPORT_ITEMS) {
      bad(line, 2, `more than ${MAX_IMPORT_ITEMS} items`);
      break;
    }
    // An empty 分区 continues the section above (as merged cells read).
    const sectionTitle = text(cells[0]) || current;
    if (!sectionTitle) bad(line, 1, '分区 is empty');
    else if (sectionTitle.length > 100) bad(line, 1, '分区 is longer than 100 characters');
    else if (sectionTitle !== current && seen.has(sectionTitle))
      bad(line, 1, `分区 ${quote(sectionTitle)} appears again after other sections`);
    const isNewSection = sectionTitle !== current;
    current = sectionTitle;
    seen.add(sectionTitle);
    const title = text(cells[1]);
    if (!title) bad(line, 2, '检查项 is empty');
    else if (title.length > 200) bad(line, 2, '检查项 is longer than 200 characters');
    const kind: ItemKind | undefined = KIND_OF[text(cells[2])];
    if (!kind) bad(line, 3, `类型 must be 是否 or 评分, found ${quote(text(cells[2]))}`);
    const maxPoints = wholeNumber(cells[3], 1, 100);
    if (typeof maxPoints === 'string') bad(line, 4, `分值 must be a positive whole number up to 100: ${maxPoints}`);
    const flags = [4, 5, 6].map((i) => {
      const f = flag(cells[i]);
      if (typeof f === 'string') bad(line, i + 1, `${ITEM_HEADERS[i]} ${f}`);
      return f === true;
    });
    const dueDays = wholeNumber(cells[7], 0, 90);
    if (typeof dueDays === 'string') bad(line, 8, `整改期限(天) ${dueDays}`);
    if (isNewSection && sections.length >= MAX_SECTIONS) bad(line, 1, `more than ${MAX_SECTIONS} 分区`);
    if (!isNewSection && (sections[sections.length - 1]?.items.length ?? 0) >= MAX_ITEMS_PER_SECTION) {
      bad(line, 1, `分区 ${quote(sectionTitle)} has more than ${MAX_ITEMS_PER_SECTION} items`);
    }
    if (errors.length >= IMPORT_MAX_ERRORS) break;
    if (errors.length) continue;
    const item = {
      title,
      kind: kind as ItemKind,
      maxPoints: maxPoints as number,
      allowNa: flags[0],
      critical: flags[1],
      photoOnFail: flags[2],
      dueDays: dueDays as number,
    };
    if (isNewSection) sections.push({ title: sectionTitle, items: [item] });
    else (sections[sections.length - 1].items as Array<SectionInput['items'][number]>).push(item);
  }
  if (!itemCount) bad(FIRST_ITEM_LINE, 2, 'the sheet has no items');
  if (errors.length) return { template: null, categoryCode, errors: errors.slice(0, IMPORT_MAX_ERRORS) };
  return { template: { code, name, categoryCode, criticalCap: cap as number, sections }, categoryCode, errors: [] };
}

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}
