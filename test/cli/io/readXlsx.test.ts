import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsxRows } from '../../../src/cli/io/readXlsx';
import { collector, makeTempDir, removeTempDir, type CollectedSheet } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('xlsx');
});
afterAll(async () => {
  await removeTempDir(dir);
});

function rowsOf(sheet: CollectedSheet | undefined): Record<number, readonly unknown[]> {
  return Object.fromEntries((sheet?.rows ?? []).map((r) => [r.row, r.cells]));
}

async function writeExcelJs(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('readXlsxRows on a workbook written by exceljs', () => {
  let path: string;
  beforeAll(async () => {
    path = await writeExcelJs('kinds.xlsx', (wb) => {
      const ws = wb.addWorksheet('成员 名单');
      ws.getCell('A1').value = '姓名';
      ws.getCell('B1').value = '学号';
      ws.getCell('A2').value = '张三';
      ws.getCell('B2').value = 2531020000001; // a 13-digit ID typed as a number
      ws.getCell('C2').value = '0012';
      ws.getCell('D2').value = {
        richText: [{ text: '共青' }, { text: '团员', font: { bold: true } }],
      };
      ws.getCell('E2').value = { formula: 'B2+1', result: 2531020000002 };
      ws.getCell('F2').value = { formula: 'A2&"同学"', result: '张三同学' };
      ws.getCell('G2').value = { formula: 'NOW()' }; // no cached result
      ws.getCell('H2').value = true;
      ws.getCell('I2').value = { error: '#N/A' };
      ws.getCell('J2').value = { formula: 'VLOOKUP(1,A1:A2,1,0)', result: { error: '#N/A' } };
      ws.getCell('K2').value = { formula: '1=1', result: true };
      ws.getCell('L2').value = new Date(Date.UTC(2024, 8, 1));
      ws.getCell('M2').value = { text: '点此查看', hyperlink: 'https://example.org' };
      ws.getCell('N2').value = 73.5;
      ws.getCell('O2').value = '';
      ws.getCell('P2').value = '第一行\r\n第二行';
      ws.getCell('A5').value = '隔行';
      ws.getCell('D5').value = 'D 列';
      ws.getCell('A9').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
      const hidden = wb.addWorksheet("老师's 备注");
      hidden.state = 'hidden';
      hidden.getCell('B3').value = 'x';
      wb.addWorksheet('Sheet3').getCell('A1').value = 1;
    });
  });

  it('gives sheets in tab order with their real names and hidden state', async () => {
    const { visitor, seen, sheets } = collector();
    await readXlsxRows(path, visitor);
    expect(seen).toEqual([
      { file: 'kinds.xlsx', sheet: '成员 名单', hidden: false },
      { file: 'kinds.xlsx', sheet: "老师's 备注", hidden: true },
      { file: 'kinds.xlsx', sheet: 'Sheet3', hidden: false },
    ]);
    expect(sheets.every((s) => s.ended)).toBe(true);
    expect(rowsOf(sheets[1])).toEqual({ 3: [null, 'x'] });
  });

  it('converts every kind of cell to a core value', async () => {
    const { visitor, sheets } = collector();
    await readXlsxRows(path, visitor);
    const row2 = rowsOf(sheets[0])[2]!;
    expect(row2.slice(0, 11)).toEqual([
      '张三',
      2531020000001,
      '0012',
      '共青团员',
      2531020000002,
      '张三同学',
      null,
      true,
      { error: '#N/A' },
      { error: '#N/A' },
      true,
    ]);
    expect(row2[11]).toBeInstanceOf(Date);
    expect((row2[11] as Date).toISOString()).toBe('2024-09-01T00:00:00.000Z');
    expect(row2.slice(12)).toEqual(['点此查看', 73.5, null, '第一行\r\n第二行']);
  });

  it('keeps real row numbers, skips empty and format-only rows', async () => {
    const { visitor, sheets } = collector();
    await readXlsxRows(path, visitor);
    expect(sheets[0]!.rows.map((r) => r.row)).toEqual([1, 2, 5]);
    expect(rowsOf(sheets[0])[5]).toEqual(['隔行', null, null, 'D 列']);
  });

  it('skips a sheet when the visitor returns null', async () => {
    const { visitor, sheets, seen } = collector((info) => info.hidden);
    await readXlsxRows(path, visitor);
    expect(seen).toHaveLength(3);
    expect(sheets.map((s) => s.info.sheet)).toEqual(['成员 名单', 'Sheet3']);
  });
});

describe('readXlsxRows on large and sparse sheets', () => {
  it('keeps Chinese text intact across every stream chunk boundary', async () => {
    const names = Array.from({ length: 20000 }, (_, i) => `学生会成员${i}号·张三李四王五`);
    const path = await writeExcelJs('chinese.xlsx', (wb) => {
      const ws = wb.addWorksheet('名单');
      names.forEach((name, i) => ws.addRow([name, `说明${i}：共青团员，学习部干事`]));
    });
    const { visitor, sheets } = collector();
    await readXlsxRows(path, visitor);
    const rows = sheets[0]!.rows;
    expect(rows).toHaveLength(names.length);
    const wrong = rows.filter((r) => r.cells[0] !== names[r.row - 1]);
    expect(wrong).toEqual([]);
    expect(rows.some((r) => typeof r.cells[1] !== 'string' || r.cells[1].includes('\uFFFD'))).toBe(
      false,
    );
  });

  it('reads a sheet whose used range reaches row 1,048,576 quickly', async () => {
    const path = await writeExcelJs('tall.xlsx', (wb) => {
      const ws = wb.addWorksheet('成绩');
      ws.addRow(['学号', '成绩']);
      ws.addRow(['2531020000001', 88]);
      ws.addRow(['2531020000002', 59]);
      ws.getCell('B1048576').fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: 'FFFFFF00' },
      };
      ws.getCell('A1048576').value = null;
    });
    const started = Date.now();
    const { visitor, sheets } = collector();
    await readXlsxRows(path, visitor);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(sheets[0]!.rows.map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('streams 100,000 rows to the sink one at a time', async () => {
    const path = join(dir, 'many.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useSharedStrings: true,
    });
    const ws = writer.addWorksheet('成绩');
    for (let i = 0; i < 100000; i++)
      ws.addRow([`25310${i}`, `课程${i % 300}`, 60 + (i % 40)]).commit();
    ws.commit();
    await writer.commit();
    let count = 0;
    let sum = 0;
    await readXlsxRows(path, {
      beginSheet: () => ({
        row: (_n, cells) => {
          count++;
          sum += cells[2] as number;
        },
        end: () => undefined,
      }),
    });
    expect(count).toBe(100000);
    expect(sum).toBe(
      Array.from({ length: 100000 }, (_, i) => 60 + (i % 40)).reduce((a, b) => a + b),
    );
  });

  it('reads inline strings written by the exceljs streaming writer', async () => {
    const path = join(dir, 'inline.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useSharedStrings: false,
    });
    const ws = writer.addWorksheet('名单');
    ws.addRow(['姓名', '政治面貌']).commit();
    ws.addRow(['李四', '中共预备党员 & <团员>']).commit();
    ws.commit();
    await writer.commit();
    const { visitor, sheets } = collector();
    await readXlsxRows(path, visitor);
    expect(rowsOf(sheets[0])).toEqual({
      1: ['姓名', '政治面貌'],
      2: ['李四', '中共预备党员 & <团员>'],
    });
  });

  it('writes nothing back: the input file is unchanged after reading', async () => {
    const path = await writeExcelJs('untouched.xlsx', (wb) => {
      wb.addWorksheet('A').getCell('A1').value = 'a';
    });
    const before = await readFile(path);
    await readXlsxRows(path, collector().visitor);
    expect((await readFile(path)).equals(before)).toBe(true);
  });
});
