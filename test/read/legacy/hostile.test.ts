/**
 * Damaged and hostile inputs: every one ends in a message naming the file (InputFileError), never
 * a crash, a hang or an allocation sized by a number the file claims.
 */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { InputFileError } from '../../../src/read/errors';
import { readLegacy, sniffFormat } from '../../../src/read/legacy';
import * as B from './biffBuilder';
import { writeCfb } from './cfbWriter';
import { collector } from './collect';

async function outcome(bytes: Uint8Array, file = 'hostile.xls'): Promise<string> {
  const { visitor } = collector();
  try {
    await readLegacy(bytes, file, visitor);
    return 'read';
  } catch (error) {
    if (error instanceof InputFileError) return error.messageKey;
    throw error;
  }
}

const sst = B.record(0x00fc, [
  ...B.le([2, 4], [2, 4]),
  ...B.xlString('学号'),
  ...B.xlString('00123'),
]);
const cells = [
  B.labelSst(0, 0, 0, 0),
  B.labelSst(1, 0, 0, 1),
  B.number(1, 1, 0, 85),
  B.rk(2, 0, 0, 6),
];
const SMALL = B.xlsFile(B.workbookStream([sst, B.xf(14)], [{ name: 'S', cells }]));
const many = Array.from({ length: 800 }, (_, r) => B.labelSst(r, 0, 0, r % 2));
const LARGE = B.xlsFile(B.workbookStream([sst, B.xf(14)], [{ name: 'L', cells: many }]));

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset);

describe('hostile legacy files', () => {
  it.each([
    ['SMALL', SMALL],
    ['LARGE', LARGE],
  ])(
    'a %s .xls with random bytes changed or cut short ends in a message or a reading',
    async (_n, base) => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), {
            maxLength: 12,
          }),
          fc.option(fc.nat(base.length), { nil: undefined }),
          async (edits, cut) => {
            const bytes = base.slice(0, cut ?? base.length);
            for (const [at, v] of edits) if (at < bytes.length) bytes[at] = v;
            expect(['read', expect.stringMatching(/^io\./)]).toContainEqual(await outcome(bytes));
          },
        ),
        { numRuns: 300, seed: 20251205 },
      );
    },
  );

  it('refuses a FAT chain that loops back on itself', async () => {
    const bytes = LARGE.slice();
    const fat = 512; // sector 0 holds the FAT in the test writer
    const dirStart = view(bytes).getUint32(48, true);
    view(bytes).setUint32(fat + 4 * dirStart, dirStart, true);
    expect(await outcome(bytes)).toBe('io.legacy.damaged');
  });

  it('refuses a directory whose tree loops', async () => {
    const bytes = SMALL.slice();
    const dir = 512 * (1 + view(bytes).getUint32(48, true));
    view(bytes).setUint32(dir + 128 + 72, 1, true); // the stream's right sibling is itself
    expect(await outcome(bytes)).toBe('io.legacy.damaged');
  });

  it('refuses a stream claiming 4 GB without allocating it', async () => {
    const bytes = LARGE.slice();
    const dir = 512 * (1 + view(bytes).getUint32(48, true));
    view(bytes).setUint32(dir + 128 + 120, 0xfffffff0, true);
    expect(await outcome(bytes)).toBe('io.legacy.damaged');
  });

  it('refuses a record whose length runs past the stream, and a cell past column IV', async () => {
    const cut = B.workbookStream([], [{ name: 'S', cells: [B.label(0, 0, 'x')] }]);
    expect(await outcome(B.xlsFile(cut.slice(0, cut.length - 6)))).toBe('io.legacy.damaged');
    const wide = B.xlsFile(B.workbookStream([], [{ name: 'S', cells: [B.number(0, 300, 0, 1)] }]));
    expect(await outcome(wide)).toBe('io.legacy.tooBig');
  });

  it('refuses a shared-string index the table does not have', async () => {
    const bytes = B.xlsFile(
      B.workbookStream([sst], [{ name: 'S', cells: [B.labelSst(0, 0, 0, 99)] }]),
    );
    expect(await outcome(bytes)).toBe('io.badSharedString');
  });

  it('an SST claiming a billion strings reads only the ones present', async () => {
    const liar = B.record(0x00fc, [...B.le([1e9, 4], [1e9, 4]), ...B.xlString('学号')]);
    const bytes = B.xlsFile(
      B.workbookStream([liar], [{ name: 'S', cells: [B.labelSst(0, 0, 0, 0)] }]),
    );
    expect(await outcome(bytes)).toBe('read');
  });
});

describe('recognised by content, not by extension', () => {
  it('reads an .xls renamed .et or .xlsx by its bytes', async () => {
    expect(sniffFormat(SMALL)).toBe('biff8');
    expect(await outcome(SMALL, '名单.et')).toBe('read');
    expect(await outcome(SMALL, '名单.xlsx')).toBe('read');
  });

  it('tells .xlsx and .xlsb zips apart; .xlsb and other files get their own message', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('A1').value = 1;
    expect(sniffFormat(new Uint8Array(await wb.xlsx.writeBuffer()))).toBe('xlsx');
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/workbook.bin', new Uint8Array(10));
    const xlsb = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    expect(sniffFormat(xlsb)).toBe('xlsb');
    expect(await outcome(xlsb)).toBe('io.legacy.xlsb');
    const binary = new Uint8Array(2048).map((_, i) => (i * 7919) % 256);
    expect(sniffFormat(binary)).toBe('unknown');
    expect(await outcome(binary)).toBe('io.legacy.unknown');
    expect(await outcome(new Uint8Array(0))).toBe('io.empty');
    expect(sniffFormat(writeCfb([{ name: 'WordDocument', data: new Uint8Array(100) }]))).toBe(
      'unknown',
    );
  });
});
