import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { crc32, createInflateRaw } from 'node:zlib';
import { ErrorDetail } from '@storeops/shared/contracts';
import { DetailedError } from './errors';
import { limitValue, MB } from './limits';
import { quote } from './text';

/**
 * Reading XLSX (ZIP) files from strangers without a zip bomb: every workbook is read through here.
 *
 * 1. The central directory is checked first (entries, declared sizes, sizes that deflate could really produce),
 *    so a bomb that tells the truth about its size is refused before one byte is inflated.
 * 2. Each entry is then inflated as a stream, counting what actually comes out: more than it declared, or more than
 *    the cap in all, stops it at once; the XML is scanned as it streams for a cell (or any text) longer than Excel's
 *    32,767 characters, an oversized tag, or a DOCTYPE. Nothing of it is kept.
 * 3. What the readers (ExcelJS) get is a normalized copy: the checked entries, uncompressed (STORED), in an order
 *    where shared strings and relationships come before the sheets, so ExcelJS's stream reader never spills a sheet
 *    to a temporary file and never sees an entry the central directory does not list.
 */

export interface ArchiveLimits {
  maxInflatedBytes: number;
  maxEntries: number;
  maxCellChars: number;
  maxMarkupBytes: number;
}

/** `streamed`: fact imports (ExcelJS's stream reader); `in-memory`: template and decomposition sheets (loaded whole). */
export function archiveLimits(kind: 'streamed' | 'in-memory'): ArchiveLimits {
  return {
    maxInflatedBytes: limitValue(kind === 'streamed' ? 'xlsxMaxInflatedMb' : 'xlsxSheetMaxInflatedMb') * MB,
    maxEntries: limitValue('xlsxMaxEntries'),
    maxCellChars: limitValue('xlsxMaxCellChars'),
    maxMarkupBytes: limitValue('xlsxMaxMarkupKb') * 1024,
  };
}

/** A workbook refused by its content: 413 for what is too big, 400 for what is malformed, 415 for what is no workbook. */
export class ArchiveLimitError extends DetailedError {
  constructor(
    status: 400 | 413 | 415,
    message: string,
    readonly detail: ErrorDetail,
  ) {
    super(status, message, [detail]);
  }
}

const tooBig = (problem: string, code: string) => new ArchiveLimitError(413, 'The workbook is too large', { field: 'file', problem, code });
const malformed = (problem: string, code = 'xlsx.malformed') =>
  new ArchiveLimitError(400, 'The workbook cannot be read', { field: 'file', problem, code });

export function isZipSignature(head: Buffer): boolean {
  return head.length >= 4 && head.readUInt32LE(0) === 0x04034b50;
}

/** Random access to the bytes of an archive, from memory or from a file. */
export interface ZipSource {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
  /** The bytes [start, end) as a stream. */
  stream(start: number, end: number): Readable;
  close(): Promise<void>;
}

export function bufferSource(buffer: Buffer): ZipSource {
  return {
    size: buffer.length,
    read: async (offset, length) => buffer.subarray(offset, Math.min(buffer.length, offset + length)),
    stream: (start, end) => Readable.from([buffer.subarray(start, end)], { objectMode: false }),
    close: async () => undefined,
  };
}

export async function fileSource(path: string): Promise<ZipSource> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(offset, length) {
      const out = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      if (out.length) await handle.read(out, 0, out.length, offset);
      return out;
    },
    stream(start, end) {
      const chunk = 256 * 1024;
      let at = start;
      return new Readable({
        async read() {
          try {
            if (at >= end) return void this.push(null);
            const out = Buffer.alloc(Math.min(chunk, end - at));
            const { bytesRead } = await handle.read(out, 0, out.length, at);
            if (!bytesRead) return void this.push(null);
            at += bytesRead;
            this.push(out.subarray(0, bytesRead));
          } catch (error) {
            this.destroy(error as Error);
          }
        },
      });
    },
    close: () => handle.close(),
  };
}

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Σ declared uncompressed sizes. */
  declaredBytes: number;
  /** Where the central directory starts: no entry's data may reach past it. */
  directoryOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Deflate's best ratio is about 1032:1, and stored blocks add 5 bytes per 64 KiB: sizes outside that are lies. */
function plausibleDeflate(compressed: number, size: number): boolean {
  if (compressed > size + 5 * Math.ceil(size / 16_383 + 1) + 64) return false;
  return size <= compressed * 1100 + 1024;
}

/** Reads and checks the central directory: entry count, declared sizes against the cap and against the compressed sizes. */
export async function readZipDirectory(source: ZipSource, limits: ArchiveLimits): Promise<ZipDirectory> {
  if (source.size < 22) throw malformed('is not a ZIP archive (too short)', 'xlsx.not_zip');
  const tailLength = Math.min(source.size, 22 + 0xffff);
  const tailStart = source.size - tailLength;
  const tail = await source.read(tailStart, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) === tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) throw malformed('is not a ZIP archive (no end of central directory)', 'xlsx.not_zip');
  let disk = tail.readUInt16LE(at + 4);
  let count = tail.readUInt16LE(at + 10);
  let directorySize = tail.readUInt32LE(at + 12);
  let directoryOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locatorAt = tailStart + at - 20;
    const locator = locatorAt >= 0 ? await source.read(locatorAt, 20) : Buffer.alloc(0);
    if (locator.length < 20 || locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw malformed('has a broken ZIP64 directory');
    const eocdAt = Number(locator.readBigUInt64LE(8));
    const zip64 = await source.read(eocdAt, 56);
    if (zip64.length < 56 || zip64.readUInt32LE(0) !== ZIP64_EOCD) throw malformed('has a broken ZIP64 directory');
    disk = zip64.readUInt32LE(16);
    count = Number(zip64.readBigUInt64LE(32));
    directorySize = Number(zip64.readBigUInt64LE(40));
    directoryOffset = Number(zip64.readBigUInt64LE(48));
  }
  if (disk !== 0) throw malformed('is a multi-part ZIP archive');
  if (count > limits.maxEntries) throw tooBig(`holds ${count} entries, more than ${limits.maxEntries}`, 'xlsx.too_many_entries');
  if (directoryOffset + directorySize > source.size || directorySize > count * (46 + 3 * 0xffff)) {
    throw malformed('has a central directory outside the file');
  }
  const directory = await source.read(directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let declaredBytes = 0;
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL) throw malformed('has a broken central directory');
    const flags = directory.readUInt16LE(p + 8);
    const method = directory.readUInt16LE(p + 10);
    const crc = directory.readUInt32LE(p + 16);
    let compressedSize = directory.readUInt32LE(p + 20);
    let size = directory.readUInt32LE(p + 24);
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    let localOffset = directory.readUInt32LE(p + 42);
    const name = directory.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = directory.readUInt16LE(e);
      const length = directory.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let f = e + 4;
        if (size === 0xffffffff && f + 8 <= e + 4 + length) {
          size = Number(directory.readBigUInt64LE(f));
          f += 8;
        }
        if (compressedSize === 0xffffffff && f + 8 <= e + 4 + length) {
          compressedSize = Number(directory.readBigUInt64LE(f));
          f += 8;
        }
        if (localOffset === 0xffffffff && f + 8 <= e + 4 + length) localOffset = Number(directory.readBigUInt64LE(f));
      }
      e += 4 + length;
    }
    p = extraEnd + commentLength;
    if (names.has(name)) throw malformed(`lists the entry ${quote(name)} twice`);
    names.add(name);
    if (flags & 0x1) throw malformed(`entry ${quote(name)} is encrypted`, 'xlsx.encrypted');
    if (method !== 0 && method !== 8) throw malformed(`entry ${quote(name)} uses compression method ${method} (only stored and deflate)`);
    if (method === 0 ? compressedSize !== size : !plausibleDeflate(compressedSize, size)) {
      throw malformed(
        `entry ${quote(name)} declares ${size} bytes from ${compressedSize} compressed: the sizes are not consistent`,
        'xlsx.inconsistent_sizes',
      );
    }
    declaredBytes += size;
    if (declaredBytes > limits.maxInflatedBytes) {
      throw tooBig(
        `inflates to more than ${Math.round(limits.maxInflatedBytes / MB)} MB (it declares ${Math.ceil(declaredBytes / MB)} MB or more)`,
        'xlsx.too_large',
      );
    }
    if (localOffset + 30 + compressedSize > directoryOffset) throw malformed(`entry ${quote(name)} lies outside the archive`);
    entries.push({ name, flags, method, crc, compressedSize, size, localOffset });
  }
  return { entries, declaredBytes, directoryOffset };
}

/** Must the archive be an Excel workbook: a ZIP with xl/workbook.xml (415 otherwise). */
export function assertWorkbook(directory: ZipDirectory): void {
  if (!directory.entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw new ArchiveLimitError(415, 'The file is not an XLSX workbook', {
      field: 'file',
      problem: 'is a ZIP archive but not an XLSX workbook (no xl/workbook.xml)',
      code: 'xlsx.not_workbook',
    });
  }
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

function columnLetters(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s || 'A';
}

type PartKind = 'sheet' | 'shared-strings' | 'workbook' | 'rels' | 'other';

function partKind(name: string): PartKind {
  if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) return 'sheet';
  if (/^xl\/sharedStrings\d*\.xml$/i.test(name)) return 'shared-strings';
  if (name === 'xl/workbook.xml') return 'workbook';
  if (name === 'xl/_rels/workbook.xml.rels') return 'rels';
  return 'other';
}

/** What the scan learnt across parts: sheet names, and a shared string too long to keep, to name the cell using it. */
interface ScanContext {
  limits: ArchiveLimits;
  sheetNames: Map<string, string>;
  relTargets: Map<string, string>;
  longSharedString: number | null;
}

const ATTRIBUTES = new Map<string, RegExp>();
const attr = (tag: string, name: string): string | undefined => {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`)));
  const m = pattern.exec(tag);
  return m ? (m[2] ?? m[3]) : undefined;
};

/** The tags whose attributes the scan reads, per part: every other tag is only counted. */
const WANTED: Record<PartKind, ReadonlySet<string>> = {
  sheet: new Set(['row', 'c', 'v']),
  'shared-strings': new Set(['si']),
  workbook: new Set(['sheet']),
  rels: new Set(['Relationship']),
  other: new Set(),
};

const decodeXml = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e === 'lt'
      ? '<'
      : e === 'gt'
        ? '>'
        : e === 'amp'
          ? '&'
          : e === 'quot'
            ? '"'
            : e === 'apos'
              ? "'"
              : String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );

class StopEntry extends Error {}

/**
 * A streaming scan of one XML part, byte by byte and without keeping the text: per cell (<c> in a sheet, <si> in
 * the shared strings) and per text node it counts characters, and every tag, comment or instruction must stay short.
 */
class XmlScanner {
  private state: 'text' | 'lt' | 'tag' | 'quote' | 'bang' | 'comment' | 'cdata' | 'pi' = 'text';
  private quoteChar = 0;
  private readonly tag = new Uint8Array(2048);
  private tagLength = 0;
  private tagBytes = 0;
  private bang = '';
  private tail = 0;
  private textChars = 0;
  private cellChars = 0;
  private inCell = false;
  private inEntity = false;
  private entityLength = 0;
  private row = 0;
  private column = 0;
  private cellRef = '';
  private cellIsShared = false;
  private inValue = false;
  private value = '';
  private sharedIndex = -1;

  constructor(
    private readonly part: string,
    private readonly kind: PartKind,
    private readonly ctx: ScanContext,
    /** Only look for the cell that uses the long shared string (the archive is refused either way). */
    private readonly findOnly = false,
  ) {}

  private sheetLabel(): string {
    const rel = [...this.ctx.relTargets].find(([, target]) => this.part.endsWith(target.replace(/^\/?(xl\/)?/, '')))?.[0];
    const name = rel ? this.ctx.sheetNames.get(rel) : undefined;
    return name ? `sheet ${quote(name, 31)}` : quote(this.part);
  }

  private cellError(): ArchiveLimitError {
    const { maxCellChars } = this.ctx.limits;
    return new ArchiveLimitError(400, 'The workbook holds a cell that is too long', {
      field: 'file',
      line: this.row,
      column: this.cellRef.replace(/\d+$/, '') || columnLetters(this.column),
      problem: `cell ${this.cellRef || `${columnLetters(this.column)}${this.row}`} of ${this.sheetLabel()} holds more than ${maxCellChars} characters`,
      code: 'xlsx.cell_too_long',
    });
  }

  private markupError(what: string): ArchiveLimitError {
    return malformed(
      `${quote(this.part)} has ${what} longer than ${Math.round(this.ctx.limits.maxMarkupBytes / 1024)} KiB`,
      'xlsx.markup_too_long',
    );
  }

  private countText(chars: number): void {
    this.textChars += chars;
    if (this.inCell) this.cellChars += chars;
    const limit = this.ctx.limits.maxCellChars;
    if (this.kind === 'sheet' && this.inCell && this.cellChars > limit) {
      if (!this.findOnly) throw this.cellError();
    } else if (this.kind === 'shared-strings' && this.inCell && this.cellChars > limit) {
      this.ctx.longSharedString = this.sharedIndex;
      throw new StopEntry();
    } else if (this.textChars > limit && !this.findOnly) {
      throw malformed(`${quote(this.part)} holds a text longer than ${limit} characters`, 'xlsx.text_too_long');
    }
  }

  /** A tag ended: its name is read from the bytes; only the few tags the part needs are decoded further. */
  private endTag(): void {
    this.textChars = 0;
    const bytes = this.tag;
    let start = bytes[0] === 0x2f ? 1 : 0;
    let end = start;
    while (
      end < this.tagLength &&
      bytes[end] !== 0x20 &&
      bytes[end] !== 0x2f &&
      bytes[end] !== 0x09 &&
      bytes[end] !== 0x0a &&
      bytes[end] !== 0x0d
    ) {
      if (bytes[end] === 0x3a) start = end + 1;
      end++;
    }
    if (end - start > 16) return;
    let name = '';
    for (let i = start; i < end; i++) name += String.fromCharCode(bytes[i]);
    if (!WANTED[this.kind].has(name)) return;
    if (this.kind === 'sheet') this.sheetTag(name, bytes[0] === 0x2f, bytes[this.tagLength - 1] === 0x2f);
    else this.onTag(Buffer.from(bytes.subarray(0, this.tagLength)).toString('utf8'));
  }

  /** An attribute of the current tag, read from its bytes (ASCII values: cell references and types). */
  private attrOf(name: string): string | undefined {
    const bytes = this.tag;
    const n = this.tagLength;
    outer: for (let i = 1; i + name.length + 2 < n; i++) {
      const before = bytes[i - 1];
      if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) continue;
      for (let k = 0; k < name.length; k++) if (bytes[i + k] !== name.charCodeAt(k)) continue outer;
      let j = i + name.length;
      while (j < n && (bytes[j] === 0x20 || bytes[j] === 0x09)) j++;
      if (bytes[j] !== 0x3d) continue;
      j++;
      while (j < n && (bytes[j] === 0x20 || bytes[j] === 0x09)) j++;
      const q = bytes[j];
      if (q !== 0x22 && q !== 0x27) continue;
      let value = '';
      for (let k = j + 1; k < n && bytes[k] !== q && value.length < 32; k++) value += String.fromCharCode(bytes[k]);
      return value;
    }
    return undefined;
  }

  /** Rows, cells and values of a sheet, without decoding the tag: the hot path of a large workbook. */
  private sheetTag(name: string, closing: boolean, selfClosing: boolean): void {
    if (name === 'row') {
      if (closing) return;
      const r = Number(this.attrOf('r'));
      this.row = Number.isInteger(r) && r > 0 ? r : this.row + 1;
      this.column = 0;
    } else if (name === 'c') {
      if (closing) {
        this.inCell = false;
        return;
      }
      const ref = this.attrOf('r') ?? '';
      const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
      this.column = m ? columnIndex(m[1]) : this.column + 1;
      if (m) this.row = Number(m[2]);
      this.cellRef = m ? ref : '';
      this.cellIsShared = this.attrOf('t') === 's';
      this.cellChars = 0;
      this.inCell = !selfClosing;
    } else if (name === 'v' && this.inCell) {
      this.inValue = !closing && !selfClosing;
      if (!closing) this.value = '';
      else if (this.findOnly && this.cellIsShared && Number(this.value.trim()) === this.ctx.longSharedString) throw this.cellError();
    }
  }

  private onTag(raw: string): void {
    const closing = raw.startsWith('/');
    const body = closing ? raw.slice(1) : raw;
    const name = (/^[^\s/>]+/.exec(body)?.[0] ?? '').replace(/^.*:/, '');
    const selfClosing = raw.endsWith('/');
    this.textChars = 0;
    if (this.kind === 'sheet') {
      if (name === 'row' && !closing) {
        const r = Number(attr(body, 'r'));
        this.row = Number.isInteger(r) && r > 0 ? r : this.row + 1;
        this.column = 0;
      } else if (name === 'c') {
        if (!closing) {
          const ref = attr(body, 'r') ?? '';
          const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
          this.column = m ? columnIndex(m[1]) : this.column + 1;
          if (m) this.row = Number(m[2]);
          this.cellRef = m ? ref : '';
          this.cellIsShared = attr(body, 't') === 's';
          this.cellChars = 0;
          this.inCell = !selfClosing;
        } else this.inCell = false;
      } else if (name === 'v' && this.inCell) {
        this.inValue = !closing && !selfClosing;
        if (!closing) this.value = '';
        else if (this.findOnly && this.cellIsShared && Number(this.value.trim()) === this.ctx.longSharedString) {
          throw this.cellError();
        }
      }
    } else if (this.kind === 'shared-strings') {
      if (name === 'si') {
        if (!closing) {
          this.sharedIndex++;
          this.cellChars = 0;
          this.inCell = !selfClosing;
        } else this.inCell = false;
      }
    } else if (this.kind === 'workbook' && name === 'sheet' && !closing) {
      const id = attr(body, 'r:id') ?? attr(body, 'id');
      const sheetName = attr(body, 'name');
      if (id && sheetName) this.ctx.sheetNames.set(id, decodeXml(sheetName));
    } else if (this.kind === 'rels' && name === 'Relationship' && !closing) {
      const id = attr(body, 'Id');
      const target = attr(body, 'Target');
      if (id && target) this.ctx.relTargets.set(id, target);
    }
  }

  write(chunk: Buffer): void {
    const maxMarkup = this.ctx.limits.maxMarkupBytes;
    let textRun = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      switch (this.state) {
        case 'text':
          if (c === 0x3c) {
            if (textRun) this.countText(textRun);
            textRun = 0;
            this.state = 'lt';
          } else if (this.inEntity && c !== 0x26 && ++this.entityLength <= 12) {
            // &amp; &#x4E2D; … count as one character (an unterminated one stops being skipped after 12 bytes)
            if (c === 0x3b) this.inEntity = false;
          } else if (c === 0x26) {
            this.inEntity = true;
            this.entityLength = 0;
            textRun++;
          } else if ((c & 0xc0) !== 0x80) {
            textRun++;
            if (this.inValue && this.value.length < 12) this.value += String.fromCharCode(c);
            if (textRun >= 4096) {
              this.countText(textRun);
              textRun = 0;
            }
          }
          break;
        case 'lt':
          this.tagLength = 0;
          this.tagBytes = 0;
          if (c === 0x21) {
            this.state = 'bang';
            this.bang = '';
          } else if (c === 0x3f) {
            this.state = 'pi';
            this.tagBytes = 2;
          } else {
            this.state = 'tag';
            this.tag[this.tagLength++] = c;
            this.tagBytes = 1;
          }
          break;
        case 'tag':
          if (++this.tagBytes > maxMarkup) throw this.markupError('a tag');
          if (c === 0x22 || c === 0x27) {
            this.quoteChar = c;
            this.state = 'quote';
            if (this.tagLength < 2048) this.tag[this.tagLength++] = c;
          } else if (c === 0x3e) {
            this.state = 'text';
            this.endTag();
          } else if (this.tagLength < 2048) this.tag[this.tagLength++] = c;
          break;
        case 'quote':
          if (++this.tagBytes > maxMarkup) throw this.markupError('a tag');
          if (this.tagLength < 2048) this.tag[this.tagLength++] = c;
          if (c === this.quoteChar) this.state = 'tag';
          break;
        case 'bang':
          this.bang += String.fromCharCode(c);
          if (this.bang === '--') {
            this.state = 'comment';
            this.tagBytes = 4;
            this.tail = 0;
          } else if (this.bang === '[CDATA[') {
            this.state = 'cdata';
            this.tail = 0;
          } else if (/^doctype/i.test(this.bang)) {
            throw malformed(`${quote(this.part)} has a DOCTYPE, which a workbook never has`, 'xlsx.doctype');
          } else if (
            this.bang.length > 8 ||
            !('--'.startsWith(this.bang) || '[CDATA['.startsWith(this.bang) || 'DOCTYPE'.startsWith(this.bang.toUpperCase()))
          ) {
            throw malformed(`${quote(this.part)} is not well-formed XML`);
          }
          break;
        case 'comment':
          if (++this.tagBytes > maxMarkup) throw this.markupError('a comment');
          this.tail = ((this.tail << 8) | c) & 0xffffff;
          if (this.tail === 0x2d2d3e) this.state = 'text';
          break;
        case 'pi':
          if (++this.tagBytes > maxMarkup) throw this.markupError('an instruction');
          this.tail = ((this.tail << 8) | c) & 0xffff;
          if (this.tail === 0x3f3e) this.state = 'text';
          break;
        case 'cdata':
          this.tail = ((this.tail << 8) | c) & 0xffffff;
          if (this.tail === 0x5d5d3e) {
            this.state = 'text';
            this.countText(textRun);
            textRun = 0;
          } else if ((c & 0xc0) !== 0x80) {
            textRun++;
            if (textRun >= 4096) {
              this.countText(textRun);
              textRun = 0;
            }
          }
          break;
      }
    }
    if (textRun) this.countText(textRun);
  }
}

const ORDER: Record<PartKind, number> = { rels: 1, workbook: 2, 'shared-strings': 3, other: 4, sheet: 5 };
const FIRST = ['[Content_Types].xml', '_rels/.rels'];

function orderEntries(entries: ZipEntry[]): ZipEntry[] {
  const rank = (e: ZipEntry) => (FIRST.includes(e.name) ? FIRST.indexOf(e.name) - 10 : ORDER[partKind(e.name)]);
  return [...entries].sort((a, b) => rank(a) - rank(b));
}

async function dataOffset(source: ZipSource, entry: ZipEntry, directory: ZipDirectory): Promise<number> {
  const header = await source.read(entry.localOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw malformed(`entry ${quote(entry.name)} has no local header`);
  const start = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (start + entry.compressedSize > directory.directoryOffset) throw malformed(`entry ${quote(entry.name)} lies outside the archive`);
  return start;
}

/** The inflated bytes of one entry, counted: never more than it declared, never more than the cap in all. */
async function* inflateEntry(
  source: ZipSource,
  entry: ZipEntry,
  start: number,
  total: { bytes: number },
  limits: ArchiveLimits,
): AsyncGenerator<Buffer> {
  const raw = source.stream(start, start + entry.compressedSize);
  const stream = entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: 64 * 1024 })) : raw;
  raw.on('error', (error) => stream.destroy(error));
  let bytes = 0;
  let since = performance.now();
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      // Buffered chunks arrive as microtasks: give the event loop a turn every few milliseconds of work, so the
      // rest of the API (/api/health …) keeps answering while a large workbook is checked.
      if (performance.now() - since > 8) {
        await yieldToEventLoop();
        since = performance.now();
      }
      bytes += chunk.length;
      total.bytes += chunk.length;
      if (bytes > entry.size) {
        throw malformed(
          `entry ${quote(entry.name)} inflates to more than the ${entry.size} bytes it declares`,
          'xlsx.inflates_beyond_declared',
        );
      }
      if (total.bytes > limits.maxInflatedBytes)
        throw tooBig(`inflates to more than ${Math.round(limits.maxInflatedBytes / MB)} MB`, 'xlsx.too_large');
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ArchiveLimitError || error instanceof StopEntry) throw error;
    throw malformed(`entry ${quote(entry.name)} is corrupt`, 'xlsx.corrupt');
  } finally {
    raw.destroy();
    stream.destroy();
  }
  if (bytes !== entry.size)
    throw malformed(`entry ${quote(entry.name)} inflates to ${bytes} bytes, not the ${entry.size} it declares`, 'xlsx.inconsistent_sizes');
}

function localHeader(name: Buffer, crc: number, size: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(LOCAL, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6);
  h.writeUInt16LE(0, 8);
  h.writeUInt16LE(0, 10);
  h.writeUInt16LE(0x21, 12);
  h.writeUInt32LE(crc >>> 0, 14);
  h.writeUInt32LE(size, 18);
  h.writeUInt32LE(size, 22);
  h.writeUInt16LE(name.length, 26);
  h.writeUInt16LE(0, 28);
  return Buffer.concat([h, name]);
}

function centralDirectory(written: Array<{ name: Buffer; crc: number; size: number; offset: number }>, at: number): Buffer {
  const parts: Buffer[] = [];
  let length = 0;
  for (const w of written) {
    const h = Buffer.alloc(46);
    h.writeUInt32LE(CENTRAL, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(0x0800, 8);
    h.writeUInt16LE(0, 10);
    h.writeUInt16LE(0, 12);
    h.writeUInt16LE(0x21, 14);
    h.writeUInt32LE(w.crc >>> 0, 16);
    h.writeUInt32LE(w.size, 20);
    h.writeUInt32LE(w.size, 24);
    h.writeUInt16LE(w.name.length, 28);
    h.writeUInt32LE(w.offset, 42);
    parts.push(h, w.name);
    length += 46 + w.name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(length, 12);
  end.writeUInt32LE(at, 16);
  parts.push(end);
  return Buffer.concat(parts);
}

const EMPTY_PARTS: Record<string, string> = {
  // ExcelJS's stream reader spills sheets to temporary files unless it has read these first; a workbook without
  // them gets empty ones.
  'xl/sharedStrings.xml':
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
};

/**
 * The checked, normalized archive as chunks (or, with `output: false`, the check alone). Throws ArchiveLimitError
 * at the first limit crossed; a shared string that is too long is reported by the cell that uses it.
 */
async function* normalized(source: ZipSource, limits: ArchiveLimits, output: boolean): AsyncGenerator<Buffer> {
  const directory = await readZipDirectory(source, limits);
  assertWorkbook(directory);
  const ctx: ScanContext = { limits, sheetNames: new Map(), relTargets: new Map(), longSharedString: null };
  const total = { bytes: 0 };
  const written: Array<{ name: Buffer; crc: number; size: number; offset: number }> = [];
  let offset = 0;
  const emit = function* (chunk: Buffer) {
    offset += chunk.length;
    if (output) yield chunk;
  };
  const names = new Set(directory.entries.map((e) => e.name));
  const synthetic = Object.entries(EMPTY_PARTS).filter(([name]) => !names.has(name));
  for (const [name, xml] of synthetic) {
    const data = Buffer.from(xml);
    const nameBytes = Buffer.from(name);
    written.push({ name: nameBytes, crc: crc32(data), size: data.length, offset });
    yield* emit(localHeader(nameBytes, crc32(data), data.length));
    yield* emit(data);
  }
  for (const entry of orderEntries(directory.entries)) {
    const kind = partKind(entry.name);
    const start = await dataOffset(source, entry, directory);
    const isXml = /\.(xml|rels)$/i.test(entry.name);
    if (ctx.longSharedString !== null) {
      // Refused already: only the sheets are read on, to name the cell that uses the long string.
      if (kind !== 'sheet') continue;
      const finder = new XmlScanner(entry.name, kind, ctx, true);
      for await (const chunk of inflateEntry(source, entry, start, total, limits)) finder.write(chunk);
      continue;
    }
    const scanner = isXml ? new XmlScanner(entry.name, kind, ctx) : null;
    const nameBytes = Buffer.from(entry.name);
    written.push({ name: nameBytes, crc: entry.crc, size: entry.size, offset });
    yield* emit(localHeader(nameBytes, entry.crc, entry.size));
    try {
      for await (const chunk of inflateEntry(source, entry, start, total, limits)) {
        scanner?.write(chunk);
        yield* emit(chunk);
      }
    } catch (error) {
      if (!(error instanceof StopEntry)) throw error;
    }
  }
  if (ctx.longSharedString !== null) {
    throw new ArchiveLimitError(400, 'The workbook holds a cell that is too long', {
      field: 'file',
      problem: `shared string ${ctx.longSharedString} holds more than ${limits.maxCellChars} characters`,
      code: 'xlsx.cell_too_long',
    });
  }
  yield* emit(centralDirectory(written, offset));
}

/** Checks a workbook in memory and returns its normalized copy, for ExcelJS's `xlsx.load` (template and decomposition sheets). */
export async function guardXlsxBuffer(buffer: Buffer, limits: ArchiveLimits = archiveLimits('in-memory')): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of normalized(bufferSource(buffer), limits, true)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Reads only the central directory of a workbook file: cheap enough to answer an upload at once (413/415/400). */
export async function inspectXlsxFile(path: string, limits: ArchiveLimits = archiveLimits('streamed')): Promise<ZipDirectory> {
  const source = await fileSource(path);
  try {
    const directory = await readZipDirectory(source, limits);
    assertWorkbook(directory);
    return directory;
  } finally {
    await source.close();
  }
}

/** Streams through a whole workbook file, checking every limit, and keeps nothing. */
export async function checkXlsxFile(path: string, limits: ArchiveLimits = archiveLimits('streamed')): Promise<void> {
  const source = await fileSource(path);
  try {
    const check = normalized(source, limits, false);
    // The check is the work; nothing comes out.
    while (!(await check.next()).done);
  } finally {
    await source.close();
  }
}

/**
 * A checked workbook file as the normalized ZIP stream ExcelJS's stream reader takes. Call `checkXlsxFile` first:
 * the limits hold again here, but a failure half-way through a stream is harder for a reader to report.
 */
export async function openCheckedXlsx(
  path: string,
  limits: ArchiveLimits = archiveLimits('streamed'),
  onProgress: (fraction: number) => void = () => undefined,
): Promise<Readable> {
  const source = await fileSource(path);
  let expected = 1;
  try {
    expected = Math.max(1, (await readZipDirectory(source, limits)).declaredBytes);
  } catch (error) {
    await source.close();
    throw error;
  }
  let emitted = 0;
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of normalized(source, limits, true)) {
        emitted += chunk.length;
        onProgress(Math.min(1, emitted / expected));
        yield chunk;
      }
    } finally {
      await source.close();
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}
