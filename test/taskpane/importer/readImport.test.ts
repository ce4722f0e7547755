import ExcelJS from 'exceljs';
import { readImport } from '../../../src/taskpane/importer/readImport';
import type { ImportResult } from '../../../src/taskpane/importer/types';

const load = () => Promise.resolve(ExcelJS);

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
    const file = ok(await readImport({ name: '成绩.xlsx', bytes: await xlsxBytes() }, load));
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
    ['old.xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'io.xls'],
    ['notes.txt', [1, 2, 3], 'io.notTable'],
    ['notes.docx', [1, 2, 3], 'io.unsupported'],
    ['fake.xlsx', [0x41, 0, 0x42, 0x43, 1], 'io.damaged'],
    ['locked.xlsx', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'io.encrypted'],
    ['broken.xlsx', [0x50, 0x4b, 3, 4, 0, 0, 0], 'io.zipDamaged'],
    ['page.xls', [...Buffer.from('<html><table></table></html>')], 'io.html'],
    [
      'xml.xls',
      [
        ...Buffer.from(
          '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>',
        ),
      ],
      'io.xmlSpreadsheet',
    ],
  ])('reports %s as %s', async (name, bytes, key) => {
    const result = await readImport({ name, bytes: new Uint8Array(bytes).buffer }, load);
    expect(result).toEqual({
      ok: false,
      failure: { name, messageKey: key, params: expect.objectContaining({ file: name }) },
    });
  });

  it('reads a CSV as one sheet', async () => {
    const bytes = new Uint8Array(Buffer.from('学号,姓名\n001,王五\n')).buffer;
    const file = ok(await readImport({ name: 'x.CSV', bytes }, load));
    expect(file.sheets).toEqual([
      {
        file: 'x.CSV',
        sheet: 'x',
        rows: [
          ['学号', '姓名'],
          ['001', '王五'],
        ],
        firstRow: 1,
      },
    ]);
  });
});

describe('readImport gives the command line’s warnings', () => {
  it('reads UTF-16 tab-separated text and UTF-8 with a bad byte, naming the bad cell', async () => {
    const tsv = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('学号\t姓名\r\n0012\t张三\r\n', 'utf16le'),
    ]);
    const text = await readImport({ name: '名单.csv', bytes: new Uint8Array(tsv).buffer }, load);
    expect(text.ok && text.file.sheets[0]!.rows).toEqual([
      ['学号', '姓名'],
      ['0012', '张三'],
    ]);
    const good = Buffer.from('学号,姓名\r\n0012,张三\r\n0034,李四\r\n');
    const at = good.indexOf(Buffer.from('李四'));
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xe6]), good.subarray(at)]);
    const read = await readImport({ name: '名单.csv', bytes: new Uint8Array(bad).buffer }, load);
    expect(read.ok && read.file.notices).toEqual([
      expect.objectContaining({
        messageKey: 'io.csvBadBytes',
        params: { file: '名单.csv', sheet: '名单', count: 1, row: 3, col: 'B' },
      }),
    ]);
  });
});
