import { mkdir, readFile, writeFile } from 'node:fs/promises';
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
    await writeFile(join(dir, 'fake.xlsx'), Buffer.from([0x41, 0, 1, 2, 3, 0x42, 0x43, 0x44]));
    const damaged = await failure(join(dir, 'fake.xlsx'));
    expect(damaged.messageKey).toBe('io.damaged');
    expect(damaged.message).toContain('fake.xlsx');
    await writeFile(join(dir, 'sheet.ods'), 'x');
    const ods = await failure(join(dir, 'sheet.ods'));
    expect(ods.messageKey).toBe('io.unsupported');
    expect(ods.params).toEqual({ file: 'sheet.ods', ext: '.ods' });
  });

  it.each([
    [
      '导出.xls',
      '<html><head><meta charset="utf-8"></head><table><tr><td>学号</td></tr></table></html>',
      'io.html',
    ],
    ['导出.xls', '\uFEFF\r\n  <TABLE border=1><tr><td>1</td></tr></TABLE>', 'io.html'],
    ['导出.csv', '<!DOCTYPE html>\n<html><body><table></table></body></html>', 'io.html'],
    [
      '导出.xls',
      '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
      'io.xmlSpreadsheet',
    ],
  ])('names %s holding %j for what it is (%s), with its extension', async (name, text, key) => {
    await writeFile(join(dir, name), text);
    const error = await failure(join(dir, name));
    expect([error.messageKey, error.params]).toEqual([key, { file: name, ext: name.slice(-4) }]);
    expect(error.message).toContain('另存为 .xlsx');
  });

  async function zipWith(name: string, parts: Record<string, string>): Promise<string> {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    for (const [part, text] of Object.entries(parts)) zip.file(part, text);
    const path = join(dir, name);
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
    return path;
  }

  it('names an .xlsb renamed to .xlsx, and a Word document renamed to .xlsx', async () => {
    const xlsb = await failure(
      await zipWith('名单.xlsx', { '[Content_Types].xml': '<Types/>', 'xl/workbook.bin': 'x' }),
    );
    expect([xlsb.messageKey, xlsb.params]).toEqual([
      'io.xlsb',
      { file: '名单.xlsx', ext: '.xlsx' },
    ]);
    const docx = await failure(
      await zipWith('说明.xlsx', {
        '_rels/.rels': '<Relationships/>',
        'word/document.xml': '<w/>',
      }),
    );
    expect([docx.messageKey, docx.params]).toEqual(['io.zipNotWorkbook', { file: '说明.xlsx' }]);
  });

  it('names a zip whose directory is cut off', async () => {
    const whole = await zipWith('whole.xlsx', { 'xl/workbook.xml': '<workbook/>' });
    const cut = join(dir, 'cut.xlsx');
    await writeFile(cut, (await readFile(whole)).subarray(0, 40));
    expect((await failure(cut)).messageKey).toBe('io.zipDamaged');
  });

  it('names the sheet where a workbook breaks off', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('名单').addRow(['张三', 1]);
    wb.addWorksheet('成绩').addRow(['李四', 2]);
    const good = await wb.xlsx.writeBuffer();
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(good);
    zip.file('xl/worksheets/sheet2.xml', '<worksheet><sheetData><row r="1"><c r="A1"');
    const path = join(dir, 'broken-sheet.xlsx');
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const error = await failure(path);
    expect([error.messageKey, error.params]).toEqual([
      'io.damagedSheet',
      { file: 'broken-sheet.xlsx', sheet: '成绩' },
    ]);
  });

  it('reads a tab-separated text saved as .xls, and an old .xls renamed .csv is named', async () => {
    await writeFile(join(dir, '导出.xls'), '学号\t姓名\r\n0012\t张三\r\n');
    const { visitor, sheets } = collector();
    await readInputFile(join(dir, '导出.xls'), visitor);
    expect(sheets[0]!.rows).toEqual([
      { row: 1, cells: ['学号', '姓名'] },
      { row: 2, cells: ['0012', '张三'] },
    ]);
    await writeFile(
      join(dir, 'old.csv'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    expect((await failure(join(dir, 'old.csv'))).messageKey).toBe('io.xls');
  });
});
