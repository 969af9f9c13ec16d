import { Workbook } from 'exceljs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArchiveLimitError, ArchiveLimits, checkXlsxFile, guardXlsxBuffer, inspectXlsxFile, openCheckedXlsx } from '@storeops/api/core';
import { cellBomb, rowsBomb, workbookParts, writeZip } from './hostile-workbooks';

const MB = 1024 * 1024;
const limits: ArchiveLimits = { maxInflatedBytes: 20 * MB, maxEntries: 50, maxCellChars: 32_767, maxMarkupBytes: 64 * 1024 };

async function refusal(work: Promise<unknown>): Promise<ArchiveLimitError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ArchiveLimitError) return error;
    throw error;
  }
  throw new Error('the workbook was accepted');
}

async function sampleWorkbook(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('检查表');
  sheet.addRow(['编码', 'STD-1']);
  sheet.addRow(['名称', '门店标准 & <五星>']);
  sheet.addRow(['长文本', 'x'.repeat(32_767)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('xlsx-guard: workbooks are read with limits', () => {
  it('passes an ordinary workbook through unchanged in content (cells of exactly 32,767 characters included)', async () => {
    const checked = await guardXlsxBuffer(await sampleWorkbook(), limits);
    const workbook = new Workbook();
    await workbook.xlsx.load(checked as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('检查表');
    expect(sheet?.getRow(2).getCell(2).value).toBe('门店标准 & <五星>');
    expect(String(sheet?.getRow(3).getCell(2).value)).toHaveLength(32_767);
  });

  it('refuses a bomb that declares its size from the central directory alone (413), before inflating', async () => {
    const error = await refusal(guardXlsxBuffer(await cellBomb(64 * MB), limits));
    expect(error.getStatus()).toBe(413);
    expect(error.detail).toMatchObject({ field: 'file', code: 'xlsx.too_large' });
  });

  it('refuses sizes deflate cannot produce (a 262 kB entry that claims to be 1 kB) as inconsistent (400)', async () => {
    const error = await refusal(guardXlsxBuffer(await cellBomb(64 * MB, 1024), limits));
    expect(error.getStatus()).toBe(400);
    expect(error.detail.code).toBe('xlsx.inconsistent_sizes');
  });

  it('stops an entry that inflates beyond what it declares, at the declared size', async () => {
    const error = await refusal(guardXlsxBuffer(await rowsBomb(8 * MB, 2 * MB), limits));
    expect(error.detail.code).toBe('xlsx.inflates_beyond_declared');
  });

  it('names the cell that holds more than 32,767 characters, without keeping it', async () => {
    const error = await refusal(guardXlsxBuffer(await cellBomb(10 * MB), limits));
    expect(error.getStatus()).toBe(400);
    expect(error.detail).toMatchObject({ line: 1, column: 'A', code: 'xlsx.cell_too_long' });
    expect(error.detail.problem).toMatch(/^cell A1 of sheet "Sheet1" holds more than 32767 characters$/);
  });

  it('names the cell that uses a shared string that is too long', async () => {
    const parts = workbookParts(() => ['<worksheet><sheetData><row r="7"><c r="C7" t="s"><v>1</v></c></row></sheetData></worksheet>']);
    parts.push({
      name: 'xl/sharedStrings.xml',
      content: () => [`<sst><si><t>ok</t></si><si><r><t>${'y'.repeat(20_000)}</t></r><r><t>${'z'.repeat(20_000)}</t></r></si></sst>`],
    });
    const error = await refusal(guardXlsxBuffer(await writeZip(parts), limits));
    expect(error.detail).toMatchObject({ line: 7, column: 'C', code: 'xlsx.cell_too_long' });
  });

  it('refuses too many entries, a DOCTYPE, an oversized tag, and a ZIP that is no workbook', async () => {
    const many = workbookParts(() => ['<worksheet/>']);
    for (let i = 0; i < 60; i++) many.push({ name: `xl/media/image${i}.png`, content: () => ['x'] });
    expect((await refusal(guardXlsxBuffer(await writeZip(many), limits))).detail.code).toBe('xlsx.too_many_entries');
    const doctype = workbookParts(() => ['<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaa">]><worksheet/>']);
    expect((await refusal(guardXlsxBuffer(await writeZip(doctype), limits))).detail.code).toBe('xlsx.doctype');
    const tag = workbookParts(() => [`<worksheet a="${'q'.repeat(70_000)}"/>`]);
    expect((await refusal(guardXlsxBuffer(await writeZip(tag), limits))).detail.code).toBe('xlsx.markup_too_long');
    const plainZip = await writeZip([{ name: 'readme.txt', content: () => ['hello'] }]);
    expect((await refusal(guardXlsxBuffer(plainZip, limits))).getStatus()).toBe(415);
  });

  it('reads a file twice (check, then the normalized stream) and leaves no temporary file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'xlsx-guard-'));
    const before = (await readdir(tmpdir())).filter((n) => n.startsWith('tmp-')).length;
    try {
      const path = join(dir, 'sheet.xlsx');
      await writeFile(path, await sampleWorkbook());
      expect((await inspectXlsxFile(path, limits)).entries.length).toBeGreaterThan(3);
      await checkXlsxFile(path, limits);
      const { stream } = await import('exceljs');
      const reader = new stream.xlsx.WorkbookReader(await openCheckedXlsx(path, limits), { sharedStrings: 'cache', worksheets: 'emit' });
      const values: unknown[] = [];
      for await (const sheet of reader)
        for await (const row of sheet as unknown as AsyncIterable<{ values: unknown[] }>) values.push(row.values[2]);
      expect(values.slice(0, 2)).toEqual(['STD-1', '门店标准 & <五星>']);
      expect((await readdir(tmpdir())).filter((n) => n.startsWith('tmp-')).length).toBe(before);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
