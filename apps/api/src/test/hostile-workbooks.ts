import { constants, crc32, createDeflateRaw } from 'node:zlib';

/**
 * Workbooks as an attacker makes them, written by hand (ExcelJS would refuse to write most of them): a ZIP whose
 * entries may inflate far beyond what they declare, whose one cell holds hundreds of megabytes, and so on.
 */
export interface Part {
  name: string;
  /** The entry's content, as chunks (so a 256 MB entry never exists in memory). */
  content: () => Iterable<Buffer | string>;
  /** What the central directory claims the entry inflates to; the truth by default. */
  declaredSize?: number;
  /** Run-length deflate only: fast, and just as good for a run of one byte. */
  rle?: boolean;
}

async function deflate(chunks: Iterable<Buffer | string>, rle: boolean): Promise<{ data: Buffer; size: number; crc: number }> {
  const deflater = createDeflateRaw({ level: 9, strategy: rle ? constants.Z_RLE : constants.Z_DEFAULT_STRATEGY });
  const out: Buffer[] = [];
  deflater.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => deflater.on('end', resolve).on('error', reject));
  let size = 0;
  let crc = 0;
  for (const piece of chunks) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    size += chunk.length;
    crc = crc32(chunk, crc);
    if (!deflater.write(chunk)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await done;
  return { data: Buffer.concat(out), size, crc };
}

export async function writeZip(parts: readonly Part[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, size, crc } = await deflate(part.content(), part.rle ?? false);
    const declared = part.declaredSize ?? size;
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(declared, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(entry, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function* once(text: string): Iterable<string> {
  yield text;
}

/** The parts every workbook has, around one sheet whose XML `sheet` yields. */
export function workbookParts(sheet: () => Iterable<Buffer | string>, sheetName = 'Sheet1'): Part[] {
  return [
    {
      name: '[Content_Types].xml',
      content: () =>
        once(
          '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        ),
    },
    {
      name: '_rels/.rels',
      content: () =>
        once(
          `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
        ),
    },
    {
      name: 'xl/workbook.xml',
      content: () =>
        once(
          `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: () =>
        once(
          `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
        ),
    },
    { name: 'xl/worksheets/sheet1.xml', content: sheet },
  ];
}

/** A sheet whose cell `ref` (an inline string) holds `chars` times the letter A, streamed in 1 MB pieces. */
export function* hugeCellSheet(chars: number, ref = 'A1'): Iterable<Buffer | string> {
  yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="${ref.replace(/^[A-Z]+/, '')}"><c r="${ref}" t="inlineStr"><is><t>`;
  const piece = Buffer.alloc(1 << 20, 'A');
  for (let left = chars; left > 0; left -= piece.length) yield left >= piece.length ? piece : piece.subarray(0, left);
  yield '</t></is></c></row></sheetData></worksheet>';
}

/** A workbook whose one cell inflates to `chars` bytes; `declare` says what the directory claims the sheet is. */
export async function cellBomb(chars: number, declare: 'truth' | number = 'truth'): Promise<Buffer> {
  const parts = workbookParts(() => hugeCellSheet(chars));
  parts[parts.length - 1].rle = true;
  if (declare !== 'truth') parts[parts.length - 1].declaredSize = declare;
  return writeZip(parts);
}

/** A sheet of many small, ordinary cells that add up to about `bytes` of XML: no cell is long, the whole is. */
export function* manyCellsSheet(bytes: number): Iterable<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
  const block = '<row><c t="inlineStr"><is><t>门店</t></is></c><c><v>1</v></c></row>'.repeat(16_384);
  for (let written = 0; written < bytes; written += block.length) yield block;
  yield '</sheetData></worksheet>';
}

/** A workbook of ordinary cells inflating to about `bytes`, whose directory claims `declare` bytes. */
export async function rowsBomb(bytes: number, declare: 'truth' | number = 'truth'): Promise<Buffer> {
  const parts = workbookParts(() => manyCellsSheet(bytes));
  if (declare !== 'truth') parts[parts.length - 1].declaredSize = declare;
  return writeZip(parts);
}
