import { open, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArchiveLimitError, DetailedError, inspectXlsxFile, isZipSignature } from '@storeops/api/core';

/** Where multer keeps fact-import uploads until their job has read them. */
export const UPLOAD_DIR = join(tmpdir(), 'storeops-uploads');

/** Removes what a crash left in the upload folder: at start no job of this process is using any of it. */
export async function sweepUploadDir(): Promise<number> {
  let names: string[];
  try {
    names = await readdir(UPLOAD_DIR);
  } catch {
    return 0;
  }
  await Promise.all(names.map((name) => rm(join(UPLOAD_DIR, name), { force: true, recursive: true })));
  return names.length;
}

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

/** Text as a CSV export has it: UTF-8 or GBK, no NUL, no control characters but tab, line breaks and form feed. */
function looksLikeText(sample: Buffer): boolean {
  for (const byte of sample) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return false;
  for (const encoding of ['utf-8', 'gbk']) {
    // A multi-byte character cut at the end of the sample is allowed.
    for (let cut = 0; cut <= 3 && cut < sample.length; cut++) {
      try {
        new TextDecoder(encoding, { fatal: true }).decode(sample.subarray(0, sample.length - cut));
        return true;
      } catch {
        // try shorter, then the next encoding
      }
    }
  }
  return sample.length === 0;
}

/**
 * Decides at once, from the upload's content, whether a fact import can start: 400 for an empty file, 415 for what
 * is neither CSV text nor an XLSX workbook, 413 (or 400) for a workbook whose directory already breaks the limits.
 * The file is removed when it is refused, so nothing of it is kept.
 */
export async function sniffUpload(file: { path: string; size: number }): Promise<'csv' | 'xlsx'> {
  try {
    if (file.size === 0) {
      throw new DetailedError(400, 'request.invalid', [{ field: 'file', problem: 'is empty', code: 'file_empty', params: {} }]);
    }
    const sample = await head(file.path, 64 * 1024);
    if (isZipSignature(sample)) {
      await inspectXlsxFile(file.path);
      return 'xlsx';
    }
    if (!looksLikeText(sample)) {
      throw new DetailedError(415, 'import.not_csv_or_xlsx', [
        { field: 'file', problem: 'is neither CSV text (UTF-8 or GBK) nor an XLSX workbook', code: 'file_not_csv_or_xlsx', params: {} },
      ]);
    }
    return 'csv';
  } catch (error) {
    await rm(file.path, { force: true });
    if (error instanceof DetailedError || error instanceof ArchiveLimitError) throw error;
    throw new DetailedError(400, 'request.invalid', [
      { field: 'file', problem: 'could not be read', code: 'import.file_unreadable', params: {} },
    ]);
  }
}
