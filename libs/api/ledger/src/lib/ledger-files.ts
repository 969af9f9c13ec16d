import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { codedError, safeFileName, sniffDocument } from '@storeops/api/core';

/** Where one kind of the ledger's evidence lives: its environment variable, else a folder under data/. */
export function ledgerFileDir(variable: 'COMPLAINT_FILE_DIR' | 'VIOLATION_FILE_DIR', fallback: string): string {
  return resolve(process.env[variable] || fallback);
}

/** An uploaded evidence file once written: what its attachment row records. */
export interface StoredLedgerFile {
  fileName: string;
  storedName: string;
  mimeType: string;
  bytes: number;
}

/**
 * Writes an uploaded evidence file (an image or a PDF, told by its bytes, not its name) under `dir` with a fresh
 * name that never overwrites; anything else is 415 with `typeCode`. The name the user gave is kept, made safe (the
 * multipart parser hands it over as latin1).
 */
export async function storeLedgerFile(
  dir: string,
  file: { buffer: Buffer; originalname?: string },
  fallbackStem: string,
  typeCode: string,
): Promise<StoredLedgerFile> {
  const kind = sniffDocument(file.buffer);
  if (!kind) throw codedError(415, typeCode);
  const storedName = `${randomUUID()}.${kind.extension}`;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, storedName), file.buffer, { flag: 'wx' });
  const fileName = safeFileName(Buffer.from(file.originalname ?? `${fallbackStem}.${kind.extension}`, 'latin1').toString('utf8'), 200);
  return { fileName, storedName, mimeType: kind.mimeType, bytes: file.buffer.length };
}
