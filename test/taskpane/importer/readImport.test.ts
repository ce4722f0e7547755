import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readImport as readPicked } from '../../../src/taskpane/importer/readImport';
import type { ImportResult } from '../../../src/taskpane/importer/types';
import * as B from '../../read/legacy/biffBuilder';

/** Reads bytes as the pane would read a picked File of that name (a Blob, streamed). */
const readImport = (file: { name: string; bytes: ArrayBuffer | Uint8Array }) =>
  readPicked({ name: file.name, blob: new Blob([file.bytes as Uint8Array<ArrayBuffer>]) });

async function xlsxBytes(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('成绩');
  ws.getCell('A1').value = '2024 学年成绩';
  ws.mergeCells('A1:D1');
  ws.addRow([]);
  ws.getRow(3).values = ['学号', '课程名称', '成绩', '考试日期'];
  ws.getRow(4).values = ['0012', '高等数学', 85, new Date(Date.UTC(2024, 0, 15))];
  ws.getCell('C5').value = { formula: 'C4-30', result: 55 };
  ws.getCell('A5').value = { richText: [{ text: '00' }, { text: '13' }] };
  const hidden = wb.addWorksheet('说明');
  hidden.state = 'hidden';
  hidden.getCell('B2').value = '注';
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer).slice().buffer;
}

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(`expected success, got ${result.failure.messageKey}`);
  return result.file;
}

describe('readImport', () => {
  it('reads every sheet of an .xlsx, merged title once, values as the CLI converts them', async () => {
    const file = ok(await readImport({ name: '成绩.xlsx', bytes: await xlsxBytes() }));
    expect(file.sheets.map((s) => [s.sheet, s.hidden])).toEqual([
      ['成绩', false],
      ['说明', true],
    ]);
    const rows = file.sheets[0]!.rows;
    expect(rows[0]).toEqual(['2024 学年成绩']);
    expect(rows[1]).toEqual([]);
    expect(rows[3]).toEqual(['0012', '高等数学', 85, new Date(Date.UTC(2024, 0, 15))]);
    expect(rows[4]).toEqual(['0013', null, 55]);
    expect(file.sheets[1]!.rows[1]).toEqual([null, '注']);
    expect(file.rows).toBe(rows.length + 2);
    expect(file.sheets[0]!.file).toBe('成绩.xlsx');
  });

  it.each([
    ['empty.csv', [], 'io.empty'],
    ['old.xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'io.legacy.damaged'],
    ['notes.txt', [1, 2, 3], 'io.notTable'],
    ['notes.docx', [1, 2, 3], 'io.unsupported'],
    ['fake.xlsx', [0x41, 0, 0x42, 0x43, 1], 'io.damaged'],
    ['locked.xlsx', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'io.legacy.damaged'],
    ['broken.xlsx', [0x50, 0x4b, 3, 4, 0, 0, 0], 'io.zipDamaged'],
    ['page.xls', [...Buffer.from('<html><p>没有表格</p></html>')], 'io.legacy.noTable'],
    ['data.xls', [...Buffer.from('<?xml version="1.0"?><data/>')], 'io.xmlOther'],
    ['book.xlsx', [0x50, 0x4b, 5, 6, ...new Array<number>(18).fill(0)], 'io.zipNotWorkbook'],
  ])('reports %s as %s', async (name, bytes, key) => {
    const result = await readImport({ name, bytes: new Uint8Array(bytes).buffer });
    expect(result).toEqual({
      ok: false,
      failure: { name, messageKey: key, params: expect.objectContaining({ file: name }) },
    });
  });

  it('reads a CSV as one sheet', async () => {
    const bytes = new Uint8Array(Buffer.from('学号,姓名\n001,王五\n')).buffer;
    const file = ok(await readImport({ name: 'x.CSV', bytes }));
    expect(file.sheets).toEqual([
      {
        file: 'x.CSV',
        sheet: 'x',
        rows: [
          ['学号', '姓名'],
          ['001', '王五'],
        ],
        firstRow: 1,
        hidden: false,
        displayed: true,
      },
    ]);
  });

  it('reads GB18030, keeps IDs as text and blank rows in place', async () => {
    const text = '学号,姓名,成绩\r\n="0012",张三,85\r\n\r\n2023001,"李,四",不及格\r\n';
    const file = ok(await readImport({ name: '成绩.csv', bytes: iconv.encode(text, 'gb18030') }));
    expect(file.sheets[0]!.rows).toEqual([
      ['学号', '姓名', '成绩'],
      ['0012', '张三', '85'],
      [],
      ['2023001', '李,四', '不及格'],
    ]);
  });

  it('names an unclosed quote with its row', async () => {
    const result = await readImport({ name: 'a.csv', bytes: Buffer.from('a,b\n1,"oops\n2,3\n') });
    expect(result).toMatchObject({ ok: false, failure: { messageKey: 'io.csvQuote' } });
  });

  it('reads an old .xls, a web page and an XML Spreadsheet 2003 saved as .xls', async () => {
    const xls = B.xlsFile(B.workbookStream([], [{ name: '名单', cells: [B.label(0, 0, '张三')] }]));
    const page = Buffer.from('<html><table><tr><td>学号</td><td>姓名</td></tr></table></html>');
    const xml = Buffer.from(
      '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>' +
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
        '<Worksheet ss:Name="成绩"><Table><Row><Cell><Data ss:Type="Number">85</Data></Cell></Row></Table></Worksheet></Workbook>',
    );
    const read = async (name: string, bytes: Uint8Array) =>
      ok(await readImport({ name, bytes })).sheets.map((s) => [s.sheet, s.rows]);
    expect(await read('旧.xls', xls)).toEqual([['名单', [['张三']]]]);
    expect((await read('导出.xls', page))[0]![1]).toEqual([['学号', '姓名']]);
    expect(await read('成绩.xls', xml)).toEqual([['成绩', [[85]]]]);
  });
});

describe('readImport gives the command line’s warnings', () => {
  it('reads UTF-16 tab-separated text and UTF-8 with a bad byte, naming the bad cell', async () => {
    const tsv = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('学号\t姓名\r\n0012\t张三\r\n', 'utf16le'),
    ]);
    const text = await readImport({ name: '名单.csv', bytes: new Uint8Array(tsv).buffer });
    expect(text.ok && text.file.sheets[0]!.rows).toEqual([
      ['学号', '姓名'],
      ['0012', '张三'],
    ]);
    const good = Buffer.from('学号,姓名\r\n0012,张三\r\n0034,李四\r\n');
    const at = good.indexOf(Buffer.from('李四'));
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xe6]), good.subarray(at)]);
    const read = await readImport({ name: '名单.csv', bytes: new Uint8Array(bad).buffer });
    expect(read.ok && read.file.notices).toEqual([
      expect.objectContaining({
        messageKey: 'io.csvBadBytes',
        params: { file: '名单.csv', sheet: '名单', count: 1, row: 3, col: 'B' },
      }),
    ]);
  });
});
