import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { InputFileError } from '../../../src/read/errors';
import { readInputFile } from '../../../src/cli/io/readInput';
import * as B from '../../read/legacy/biffBuilder';
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

  it('reads a real .xls (and a WPS .et) by content, and names a damaged one in Chinese first', async () => {
    const xls = B.xlsFile(
      B.workbookStream(
        [],
        [{ name: '名单', cells: [B.label(0, 0, '张三'), B.number(0, 1, 0, 1)] }],
      ),
    );
    for (const name of ['成绩.xls', '成绩.et', '改名.csv']) {
      await writeFile(join(dir, name), xls);
      const { visitor, sheets } = collector();
      await readInputFile(join(dir, name), visitor);
      expect(sheets.map((s) => [s.info.sheet, s.rows])).toEqual([
        ['名单', [{ row: 1, cells: ['张三', 1] }]],
      ]);
    }
    await writeFile(
      join(dir, '坏.xls'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    const error = await failure(join(dir, '坏.xls'));
    expect([error.messageKey, error.params]).toEqual(['io.legacy.damaged', { file: '坏.xls' }]);
    expect(error.message).toMatch(
      /^「坏\.xls」看起来是旧版 Excel 文件.*\n"坏\.xls" looks like an old Excel file/s,
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
      ['学号'],
    ],
    ['导出.xls', '\uFEFF\r\n  <TABLE border=1><tr><td>甲</td></tr></TABLE>', ['甲']],
    [
      '导出.csv',
      '<!DOCTYPE html>\n<html><body><table><tr><td>乙</td></tr></table></body></html>',
      ['乙'],
    ],
    [
      '导出.xls',
      '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">' +
        '<Worksheet ss:Name="名单"><Table><Row><Cell><Data ss:Type="String">丙</Data></Cell></Row></Table></Worksheet></Workbook>',
      ['丙'],
    ],
  ])('reads %s holding %j for what it is, whatever its name', async (name, text, cells) => {
    await writeFile(join(dir, name), text);
    const { visitor, sheets } = collector();
    await readInputFile(join(dir, name), visitor);
    expect(sheets.map((s) => s.rows)).toEqual([[{ row: 1, cells }]]);
  });

  it('names a web page without a table, and other XML, for what they are', async () => {
    await writeFile(join(dir, '空.xls'), '<html><body><p>没有表格</p></body></html>');
    expect((await failure(join(dir, '空.xls'))).messageKey).toBe('io.legacy.noTable');
    await writeFile(join(dir, '数据.xls'), '<?xml version="1.0"?>\n<data><x>1</x></data>');
    expect((await failure(join(dir, '数据.xls'))).messageKey).toBe('io.xmlOther');
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

  it('reads a tab-separated text saved as .xls', async () => {
    await writeFile(join(dir, '导出.xls'), '学号\t姓名\r\n0012\t张三\r\n');
    const { visitor, sheets } = collector();
    await readInputFile(join(dir, '导出.xls'), visitor);
    expect(sheets[0]!.rows).toEqual([
      { row: 1, cells: ['学号', '姓名'] },
      { row: 2, cells: ['0012', '张三'] },
    ]);
  });
});
