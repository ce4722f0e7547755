import { crc32 as nodeCrc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { zlibInflater } from '../../../src/cli/io/node/zlibInflater';
import { FormatError } from '../../../src/read/errors';
import { readInput } from '../../../src/read/readInput';
import { memorySource } from '../../../src/read/source';
import type { SheetInfo, WorkbookVisitor } from '../../../src/read/visitor';
import { blobSource } from '../../../src/read/web/blobSource';
import { defaultInflater } from '../../../src/read/web/defaultInflater';
import { fflateInflater } from '../../../src/read/web/fflateInflater';
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
  ['fflate', fflateInflater],
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

  it('reports a stream cut short as damage', async () => {
    const deflated = deflateRawSync(TEXT);
    const cut = deflated.subarray(0, Math.floor(deflated.length / 2));
    const error: unknown = await inflateAll(inflater, cut, 4096).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatError);
  });
});

describe('fflate inflater', () => {
  it('never hands over one huge piece, however well the data compresses', async () => {
    const zeros = deflateRawSync(new Uint8Array(64 * 1024 * 1024));
    let largest = 0;
    let total = 0;
    // One compressed chunk of the whole member: the inflater still feeds it in small pieces.
    for await (const chunk of fflateInflater.inflateRaw(pieces(zeros, zeros.length))) {
      largest = Math.max(largest, chunk.length);
      total += chunk.length;
    }
    expect(total).toBe(64 * 1024 * 1024);
    expect(largest).toBeLessThanOrEqual(9 * 1024 * 1024);
  });
});

describe('defaultInflater', () => {
  const saved = globalThis.DecompressionStream;
  afterEach(() => {
    globalThis.DecompressionStream = saved;
    jest.resetModules();
  });

  it("takes the engine's DecompressionStream where it knows deflate-raw (Node 20 does)", () => {
    expect(defaultInflater()).toBe(streamInflater);
  });

  it('falls back to fflate where deflate-raw is unknown, as in Chromium before 103', () => {
    jest.isolateModules(() => {
      globalThis.DecompressionStream = class {
        constructor(format: string) {
          if (format !== 'deflate' && format !== 'gzip')
            throw new TypeError(`bad format ${format}`);
        }
      } as unknown as typeof DecompressionStream;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const isolated = require('../../../src/read/web/defaultInflater') as {
        defaultInflater: typeof defaultInflater;
      };
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fallback = require('../../../src/read/web/fflateInflater') as {
        fflateInflater: Inflater;
      };
      expect(isolated.defaultInflater()).toBe(fallback.fflateInflater);
    });
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

  it('reads the same rows with fflate, for browsers without deflate-raw', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('成绩');
    ws.addRow(['学号', '姓名', '课程名称', '成绩']);
    for (let i = 0; i < 5000; i++)
      ws.addRow([`2023${String(i).padStart(6, '0')}`, `学生${i}𠮷`, `课程${i % 37}`, i % 101]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const read = async (inflater: Inflater) => {
      const rows: unknown[] = [];
      await readInput(
        blobSource(new Blob([bytes])),
        '成绩.xlsx',
        { beginSheet: () => ({ row: (n, c) => rows.push([n, c]), end: () => undefined }) },
        { inflater },
      );
      return rows;
    };
    const withFflate = await read(fflateInflater);
    expect(withFflate).toHaveLength(5001);
    expect(withFflate).toEqual(await read(zlibInflater));
  });
});
