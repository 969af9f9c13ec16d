import { readCsvRecords } from './csv';

async function records(...chunks: string[]) {
  async function* source() {
    for (const c of chunks) yield c;
  }
  const out = [];
  for await (const batch of readCsvRecords(source())) out.push(...batch);
  return out;
}

describe('readCsvRecords', () => {
  it('splits plain lines, CRLF or LF, with line numbers', async () => {
    expect(await records('a,b,c\r\n1,2,3\n4,5,6')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
      { line: 3, fields: ['4', '5', '6'] },
    ]);
  });

  it('keeps commas and doubled quotes inside quoted fields (Excel writes "¥1,234.56")', async () => {
    expect(await records('x,"¥1,234.56","say ""hi"""\r\n')).toEqual([{ line: 1, fields: ['x', '¥1,234.56', 'say "hi"'] }]);
  });

  it('joins a quoted field that spans lines, reporting the line it starts on', async () => {
    expect(await records('h1,h2\n"two\nlines",z\nnext,row\n')).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 2, fields: ['two\nlines', 'z'] },
      { line: 4, fields: ['next', 'row'] },
    ]);
  });

  it('handles records cut across chunks anywhere, even inside a quote', async () => {
    expect(await records('a,"b,', 'c"\r', '\nd,e')).toEqual([
      { line: 1, fields: ['a', 'b,c'] },
      { line: 2, fields: ['d', 'e'] },
    ]);
  });

  it('reports a quote that never closes with its line', async () => {
    await expect(records('a,b\n"open,x\n')).rejects.toThrow(/line 2/);
  });

  it('keeps empty fields and a trailing empty line out of the records', async () => {
    expect(await records('a,,c\n\n')).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 2, fields: [''] },
    ]);
  });
});
