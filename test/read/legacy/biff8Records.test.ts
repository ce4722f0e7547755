import iconv from 'iconv-lite';
import { InputFileError } from '../../../src/read/errors';
import { lostDigitsDisplay, normalizeStudentId } from '../../../src/core/normalize/studentId';
import { readLegacy, sniffFormat } from '../../../src/read/legacy';
import * as B from './biffBuilder';
import { writeCfb } from './cfbWriter';
import { collector, rowsOf } from './collect';

async function read(bytes: Uint8Array, file = 'test.xls') {
  const { visitor, sheets } = collector();
  await readLegacy(bytes, file, visitor);
  return sheets;
}

/** SST with one string whose characters break into a CONTINUE record, switching to two bytes each. */
function splitSst(): Uint8Array[] {
  const head = [...B.le([3, 4], [3, 4])];
  const s1 = B.xlString('2023001');
  // "ABC学生": three Latin-1 characters here, then a CONTINUE with a fresh flags byte (wide).
  const s2head = [...B.le([5, 2]), 0x00, 0x41, 0x42, 0x43];
  const cont = [0x01, ...B.le([0x5b66, 2], [0x751f, 2])];
  // A rich string whose formatting runs are split across the next CONTINUE (no flags byte there).
  const s3 = [...B.le([2, 2]), 0x08, ...B.le([1, 2]), 0x4f, 0x4b, ...B.le([0, 2])];
  const run = [...B.le([0, 2])];
  return [
    B.record(0x00fc, [...head, ...s1, ...s2head]),
    B.record(0x003c, [...cont, ...s3]),
    B.record(0x003c, run),
  ];
}

describe('BIFF8 records built by hand', () => {
  it('reads shared strings split across CONTINUE records, inside a string and inside its runs', async () => {
    const stream = B.workbookStream(
      [...splitSst()],
      [
        {
          name: '名单',
          cells: [B.labelSst(0, 0, 0, 0), B.labelSst(0, 1, 0, 1), B.labelSst(1, 0, 0, 2)],
        },
      ],
    );
    const sheets = await read(B.xlsFile(stream));
    expect(rowsOf(sheets, '名单')).toEqual(
      new Map([
        [1, ['2023001', 'ABC学生']],
        [2, ['OK']],
      ]),
    );
  });

  it('decodes RK (integer, /100, double) and MULRK, NUMBER, BOOLERR, formulas and skips blanks', async () => {
    const rkDouble = 0x3ff80000; // top bits of 1.5
    const stream = B.workbookStream(
      [B.xf(0)],
      [
        {
          name: 'S',
          cells: [
            B.rk(0, 0, 0, (42 << 2) | 2),
            B.rk(0, 1, 0, (8550 << 2) | 3), // 85.50 stored as 8550 / 100
            B.rk(0, 2, 0, rkDouble),
            B.mulRk(1, 1, [
              [0, (1 << 2) | 2],
              [0, (-7 << 2) | 2],
              [0, rkDouble | 1],
            ]),
            B.blank(2, 0),
            B.mulBlank(2, 1, 3),
            B.number(3, 0, 0, 92.5),
            B.boolErr(3, 1, 1, false),
            B.boolErr(3, 2, 0x07, true),
            B.formula(4, 0, 61),
            B.formula(4, 1, [0, 0]),
            B.stringResult('及格'),
            B.formula(4, 2, [1, 1]),
            B.formula(4, 3, [2, 0x2a]),
            B.formula(4, 4, [3, 0]),
          ],
        },
      ],
    );
    const rows = rowsOf(await read(B.xlsFile(stream)), 'S');
    expect(rows.get(1)).toEqual([42, 85.5, 1.5]);
    expect(rows.get(2)).toEqual([null, 1, -7, 0.015]);
    expect(rows.has(3)).toBe(false); // BLANK and MULBLANK hold no value
    expect(rows.get(4)).toEqual([92.5, true, { error: '#DIV/0!' }]);
    expect(rows.get(5)).toEqual([61, '及格', true, { error: '#N/A' }]);
  });

  it('keeps IDs stored as text exact and reports an 18-digit ID stored as a number as the .xlsx path does', async () => {
    const sst = B.record(0x00fc, [
      ...B.le([2, 4], [2, 4]),
      ...B.xlString('202300101012345678'),
      ...B.xlString('00123'),
    ]);
    const stream = B.workbookStream(
      [sst, B.xf(0), B.xf(49)],
      [
        {
          name: 'IDs',
          cells: [
            B.labelSst(0, 0, 2, 0),
            B.labelSst(0, 1, 2, 1),
            B.label(0, 2, '0042'),
            B.number(1, 0, 0, Number('202300101012345678')),
            B.number(1, 1, 0, 2023001010),
          ],
        },
      ],
    );
    const rows = rowsOf(await read(B.xlsFile(stream)), 'IDs');
    expect(rows.get(1)).toEqual(['202300101012345678', '00123', '0042']);
    expect(normalizeStudentId(rows.get(1)?.[0])).toBe('202300101012345678');
    const [lost, exact] = rows.get(2) ?? [];
    expect(normalizeStudentId(lost)).toBeUndefined();
    expect(lostDigitsDisplay(lost)).toBe('2.023E+17');
    expect(normalizeStudentId(exact)).toBe('2023001010');
  });

  it('reads dates by number format (built-in, Chinese custom) in the 1900 and 1904 systems', async () => {
    const cells = [B.number(0, 0, 1, 45536), B.number(0, 1, 2, 45536), B.number(0, 2, 0, 45536)];
    const globals = [B.format(200, 'yyyy"年"m"月"d"日"'), B.xf(0), B.xf(14), B.xf(200)];
    const r1900 = rowsOf(
      await read(B.xlsFile(B.workbookStream(globals, [{ name: 'D', cells }]))),
      'D',
    );
    expect(r1900.get(1)).toEqual([
      new Date(Date.UTC(2024, 8, 1)),
      new Date(Date.UTC(2024, 8, 1)),
      45536,
    ]);
    const r1904 = rowsOf(
      await read(
        B.xlsFile(B.workbookStream([B.dateMode1904(), ...globals], [{ name: 'D', cells }])),
      ),
      'D',
    );
    expect(r1904.get(1)?.[0]).toEqual(new Date(Date.UTC(2028, 8, 2)));
  });

  it('visits worksheets only, in tab order, with hidden state; embedded charts are stepped over', async () => {
    const embeddedChart = [B.bof(0x0020), B.number(0, 0, 0, 999), B.eof()];
    const stream = B.workbookStream(
      [],
      [
        { name: '可见', cells: [B.label(0, 0, 'a'), ...embeddedChart, B.label(1, 0, 'b')] },
        { name: '图表', kind: 2, cells: [] },
        { name: '隐藏', hidden: true, cells: [B.label(0, 0, 'h')] },
      ],
    );
    const sheets = await read(B.xlsFile(stream));
    expect(sheets.map((s) => [s.sheet, s.hidden, s.ended])).toEqual([
      ['可见', false, true],
      ['隐藏', true, true],
    ]);
    expect(rowsOf(sheets, '可见')).toEqual(
      new Map([
        [1, ['a']],
        [2, ['b']],
      ]),
    );
  });

  it('reads a workbook small enough for the mini stream and one large enough for regular sectors', async () => {
    const small = B.workbookStream([], [{ name: 'S', cells: [B.label(0, 0, 'x')] }]);
    expect(small.length).toBeLessThan(4096);
    expect(rowsOf(await read(B.xlsFile(small)), 'S').get(1)).toEqual(['x']);
    const many = Array.from({ length: 2000 }, (_, r) => B.number(r, 0, 0, r));
    const big = B.workbookStream([], [{ name: 'L', cells: many }]);
    expect(big.length).toBeGreaterThan(4096);
    const rows = rowsOf(await read(B.xlsFile(big)), 'L');
    expect(rows.size).toBe(2000);
    expect(rows.get(2000)).toEqual([1999]);
  });

  it('refuses a workbook with an open password (FILEPASS), saying to remove it in Excel or WPS', async () => {
    const bytes = B.xlsFile(B.workbookStream([B.filePass()], [{ name: 'S', cells: [] }]));
    expect(sniffFormat(bytes)).toBe('encrypted');
    const error = await read(bytes, '成绩.xls').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as InputFileError).messageKey).toBe('io.legacy.encrypted');
    expect((error as Error).message).toContain('成绩.xls');
    expect((error as Error).message).toContain('取消打开密码');
  });

  it('refuses an encrypted OOXML container (EncryptionInfo) the same way', async () => {
    const bytes = writeCfb([
      { name: 'EncryptionInfo', data: new Uint8Array(200) },
      { name: 'EncryptedPackage', data: new Uint8Array(5000) },
    ]);
    expect(sniffFormat(bytes)).toBe('encrypted');
    await expect(read(bytes)).rejects.toMatchObject({ messageKey: 'io.legacy.encrypted' });
  });

  it('reads an Excel 5/95 (BIFF5) workbook with GBK text from its CODEPAGE', async () => {
    const text8 = (s: string, lengthBytes: 1 | 2): number[] => {
      const bytes = [...iconv.encode(s, 'gbk')];
      return [...B.le([bytes.length, lengthBytes]), ...bytes];
    };
    const head = B.concat([B.bof(0x0005, 0x0500), B.record(0x0042, B.le([936, 2]))]);
    const sheet = B.concat([
      B.bof(0x0010, 0x0500),
      B.record(0x0204, [...B.le([0, 2], [0, 2], [0, 2]), ...text8('学号', 2)]),
      B.eof(),
    ]);
    const bound = (offset: number): Uint8Array =>
      B.record(0x0085, [...B.le([offset, 4]), 0, 0, ...text8('名单', 1)]);
    const offset = head.length + bound(0).length + 4;
    const stream = B.concat([head, bound(offset), B.eof(), sheet]);
    const bytes = writeCfb([{ name: 'Book', data: stream }]);
    expect(sniffFormat(bytes)).toBe('biff5');
    expect(rowsOf(await read(bytes), '名单').get(1)).toEqual(['学号']);
  });
});
