import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { InputFileError } from '../../../src/cli/io/errors';
import { readInputFile } from '../../../src/cli/io/readInput';
import { collector, makeTempDir, removeTempDir } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('input');
});
afterAll(async () => {
  await removeTempDir(dir);
});

async function failure(path: string): Promise<InputFileError> {
  const error: unknown = await readInputFile(path, collector().visitor).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputFileError);
  return error as InputFileError;
}

describe('readInputFile', () => {
  it('dispatches .xlsx, .XLSM and .csv by extension', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('名单').addRow(['张三', 1]);
    await wb.xlsx.writeFile(join(dir, 'a.xlsx'));
    await wb.xlsx.writeFile(join(dir, 'b.XLSM'));
    await writeFile(join(dir, 'c.csv'), '张三,1\n');
    for (const [name, sheet, second] of [
      ['a.xlsx', '名单', 1],
      ['b.XLSM', '名单', 1],
      ['c.csv', 'c', '1'],
    ] as const) {
      const { visitor, sheets } = collector();
      await readInputFile(join(dir, name), visitor);
      expect(sheets.map((s) => [s.info.sheet, s.rows[0]?.cells])).toEqual([
        [sheet, ['张三', second]],
      ]);
    }
  });

  it('explains an old .xls file in Chinese first, then English', async () => {
    await writeFile(
      join(dir, '成绩.xls'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    const error = await failure(join(dir, '成绩.xls'));
    expect(error.messageKey).toBe('io.xls');
    expect(error.params).toEqual({ file: '成绩.xls' });
    expect(error.message).toBe(
      '「成绩.xls」是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再试。\n' +
        '"成绩.xls" is an old-format .xls file; open it in Excel or WPS, save it as .xlsx, and try again.',
    );
  });

  it('names a missing file, a folder, an empty file, a damaged one and an unknown type', async () => {
    expect((await failure(join(dir, '不存在.xlsx'))).messageKey).toBe('io.missing');
    await mkdir(join(dir, 'folder.xlsx'));
    expect((await failure(join(dir, 'folder.xlsx'))).messageKey).toBe('io.notFile');
    await writeFile(join(dir, 'empty.xlsx'), '');
    expect((await failure(join(dir, 'empty.xlsx'))).messageKey).toBe('io.empty');
    await writeFile(join(dir, 'empty.csv'), '');
    expect((await failure(join(dir, 'empty.csv'))).messageKey).toBe('io.empty');
    await writeFile(join(dir, 'fake.xlsx'), '<html><table><tr><td>1</td></tr></table></html>');
    const damaged = await failure(join(dir, 'fake.xlsx'));
    expect(damaged.messageKey).toBe('io.damaged');
    expect(damaged.message).toContain('fake.xlsx');
    await writeFile(join(dir, 'sheet.ods'), 'x');
    const ods = await failure(join(dir, 'sheet.ods'));
    expect(ods.messageKey).toBe('io.unsupported');
    expect(ods.params).toEqual({ file: 'sheet.ods', ext: '.ods' });
  });
});
