import { Readable } from 'node:stream';
import type { CellValue } from '../../../src/core/cells';
import { SheetScanner } from '../../../src/read/xlsx/sheetScanner';
import { scanChunks } from '../../../src/read/xml/chunks';

const CONTEXT = { sharedStrings: ['共享'], dateStyles: [], date1904: false };

// Rows long enough that chunks of several kilobytes end inside cells, one cell longer than the
// 4 KB bridge that scanChunks first puts after a carried tail, and multi-byte characters throughout.
function sheet(): Buffer {
  const rows: string[] = [];
  for (let r = 1; r <= 400; r++) {
    const long = r === 150 ? '长'.repeat(5000) : `课程${r}`;
    rows.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${long}</t></is></c>` +
        `<c r="B${r}" t="s"><v>0</v></c><c r="C${r}"><v>${r * 1.5}</v></c>` +
        `<c r="D${r}" t="inlineStr"><is><r><t>甲</t></r><r><t>𠮷${r}</t></r></is></c></row>`,
    );
  }
  return Buffer.from(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`);
}

async function read(chunks: readonly Uint8Array[]): Promise<[number, CellValue[]][]> {
  const out: [number, CellValue[]][] = [];
  const scanner = new SheetScanner(CONTEXT, (row, cells) => out.push([row, cells]));
  await scanChunks(Readable.from(chunks), scanner);
  return out;
}

function split(bytes: Buffer, sizes: readonly number[]): Buffer[] {
  const chunks: Buffer[] = [];
  for (let i = 0, k = 0; i < bytes.length; k++) {
    const size = sizes[k % sizes.length]!;
    chunks.push(bytes.subarray(i, i + size));
    i += size;
  }
  return chunks;
}

describe('scanChunks with chunks larger than its bridge', () => {
  it('reads the same rows for chunk sizes that cut cells, characters and a long cell', async () => {
    const bytes = sheet();
    const whole = await read([bytes]);
    expect(whole).toHaveLength(400);
    expect(whole[149]![1][0]).toBe('长'.repeat(5000));
    expect(whole[399]![1]).toEqual(['课程400', '共享', 600, '甲𠮷400']);
    for (const sizes of [[4097], [5000], [6001, 4099], [8191], [9000, 4500], [12345], [70000]]) {
      expect({ sizes, rows: await read(split(bytes, sizes)) }).toEqual({ sizes, rows: whole });
    }
  });
});
