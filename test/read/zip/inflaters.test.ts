import { crc32 as nodeCrc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { zlibInflater } from '../../../src/cli/io/node/zlibInflater';
import { FormatError } from '../../../src/read/errors';
import { readInput } from '../../../src/read/readInput';
import { memorySource } from '../../../src/read/source';
import type { SheetInfo, WorkbookVisitor } from '../../../src/read/visitor';
import { blobSource } from '../../../src/read/web/blobSource';
import { streamInflater } from '../../../src/read/web/streamInflater';
import { crc32 } from '../../../src/read/zip/crc32';
import type { Inflater } from '../../../src/read/zip/inflate';

/** Text with 3- and 4-byte UTF-8 characters, long enough to span several inflated chunks. */
const TEXT = Buffer.from(
  Array.from({ length: 40_000 }, (_, i) => `<c r="A${i}"><v>学号${i}𠮷</v></c>`).join(''),
);

async function* pieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size)
    yield await Promise.resolve(bytes.subarray(at, at + size));
}

async function inflateAll(inflater: Inflater, bytes: Uint8Array, size: number): Promise<Buffer> {
  const out: Uint8Array[] = [];
  for await (const chunk of inflater.inflateRaw(pieces(bytes, size))) out.push(chunk);
  return Buffer.concat(out);
}

const inflaters: [string, Inflater][] = [
  ['DecompressionStream', streamInflater],
  ['zlib', zlibInflater],
];

describe.each(inflaters)('%s inflater', (_name, inflater) => {
  it('inflates raw deflate fed in pieces of any size', async () => {
    const deflated = deflateRawSync(TEXT);
    for (const size of [13, 4096, deflated.length])
      expect((await inflateAll(inflater, deflated, size)).equals(TEXT)).toBe(true);
  });

  it('reports bad deflate data as damage, never as a raw error', async () => {
    const garbage = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 255) & 0xff);
    const error: unknown = await inflateAll(inflater, garbage, 16).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect((error as FormatError).messageKey).toBe('io.damaged');
  });
});

describe('crc32', () => {
  it('matches zlib on every length and when continued', () => {
    for (const n of [0, 1, 3, 4, 5, 1000, TEXT.length])
      expect(crc32(TEXT.subarray(0, n))).toBe(nodeCrc32(TEXT.subarray(0, n)));
    expect(crc32(TEXT.subarray(500), crc32(TEXT.subarray(0, 500)))).toBe(nodeCrc32(TEXT));
  });
});

describe('blobSource', () => {
  it('reads any range of a Blob, short only at its end', async () => {
    const source = blobSource(new Blob([TEXT]));
    expect(source.size).toBe(TEXT.length);
    expect(Buffer.from(await source.read(10, 20)).equals(TEXT.subarray(10, 30))).toBe(true);
    expect((await source.read(TEXT.length - 5, 100)).length).toBe(5);
  });
});

describe('readInput without Node', () => {
  it('reads an .xlsx from a Blob with DecompressionStream, as the pane does', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('名单').addRow(['学号', '姓名']);
    wb.getWorksheet('名单')!.addRow(['2023001', '张伟']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const rows: unknown[] = [];
    const infos: SheetInfo[] = [];
    const visitor: WorkbookVisitor = {
      beginSheet(info) {
        infos.push(info);
        return { row: (n, cells) => rows.push([n, cells]), end: () => undefined };
      },
    };
    await readInput(blobSource(new Blob([bytes])), '名单.xlsx', visitor);
    expect(infos.map((i) => i.sheet)).toEqual(['名单']);
    expect(rows).toEqual([
      [1, ['学号', '姓名']],
      [2, ['2023001', '张伟']],
    ]);
    // The same bytes in memory, inflated by zlib, give the same rows.
    const again: unknown[] = [];
    await readInput(
      memorySource(bytes),
      '名单.xlsx',
      { beginSheet: () => ({ row: (n, c) => again.push([n, c]), end: () => undefined }) },
      { inflater: zlibInflater },
    );
    expect(again).toEqual(rows);
  });
});
