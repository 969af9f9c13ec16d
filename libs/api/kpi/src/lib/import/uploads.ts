import { Dirent } from 'node:fs';
import { open, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ArchiveLimitError, DetailedError, inspectXlsxFile, isZipSignature } from '@storeops/api/core';

/**
 * Where uploads wait for their job: `UPLOAD_DIR` (default the system temp folder's `storeops-uploads`) holds one
 * folder per process, so a process that starts — a second API process, a test run beside a running server — never
 * sweeps away an upload another process is still reading.
 */
export const UPLOAD_ROOT = resolve(process.env['UPLOAD_DIR'] || join(tmpdir(), 'storeops-uploads'));

/** This process's folder of fact-import uploads (multer writes there, the job reads and removes the file). */
export const UPLOAD_DIR = join(UPLOAD_ROOT, `p${process.pid}`);

/** Uploads of queued jobs, shared by every process: a job's file waits here until whichever process takes it is done. */
export const UPLOAD_JOBS_DIR = join(UPLOAD_ROOT, 'jobs');

/** Files an older version left directly in the root are removed after this long. */
const LOOSE_FILE_MAX_AGE_MS = 24 * 3_600_000;

/** Whether a process of this host still runs (signal 0 only checks; EPERM means it runs under another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what a crash left behind, at start: this process's own folder (a recycled pid), the folders of processes
 * that no longer run, and loose files of an older layout after a day. Returns how many entries it removed. `now` is
 * real time, not the app clock: it is compared with the files' modification times, which the file system sets.
 */
export async function sweepUploadDir(root = UPLOAD_ROOT, now = Date.now()): Promise<number> {
  let entries: Dirent[];
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch {
    return 0;
  }
  const stale: string[] = [];
  for (const entry of entries) {
    const path = join(root, entry.name);
    const pid = /^p(\d+)$/.exec(entry.name);
    if (entry.isDirectory() && pid) {
      if (Number(pid[1]) === process.pid || !running(Number(pid[1]))) stale.push(path);
    } else if (!entry.isDirectory()) {
      const info = await stat(path).catch(() => null);
      if (info && now - info.mtimeMs > LOOSE_FILE_MAX_AGE_MS) stale.push(path);
    }
  }
  await Promise.all(stale.map((path) => rm(path, { force: true, recursive: true })));
  return stale.length;
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
