import { buildXlsx } from '../../cli/io/xlsxPackage';
import * as B from '../legacy/biffBuilder';
import { readBytes } from '../readBytes';

// A cell or row given twice holds two values for one place: the reader cannot know which one the
// teacher saw (Excel repairs such an .xlsx on opening; an .xls shows its last record), and a check
// built on a guess could pass a student it should not. Such a file is refused, naming sheet and
// cell, so the teacher opens it in Excel or WPS, sees the value there and saves it again.
const num = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;
const str = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const xlsx = (data: string) => buildXlsx({ sheets: [{ name: '成绩', data }] });

describe('an .xlsx sheet giving one cell or row twice', () => {
  it('refuses a cell reference given twice in a row', async () => {
    const data = `<row r="1">${str('A1', '成绩')}</row><row r="2">${num('A2', 1)}${num('B2', 58)}${num('B2', 85)}</row>`;
    const { error } = await readBytes(xlsx(data), '成绩.xlsx');
    expect(error?.messageKey).toBe('io.cellTwice');
    expect(error?.params).toEqual({ file: '成绩.xlsx', sheet: '成绩', cell: 'B2' });
    expect(error?.message).toMatch(/^文件「成绩\.xlsx」的工作表「成绩」.*B2/);
  });

  it('refuses a cell given again after a later one', async () => {
    const data = `<row r="2">${num('A2', 1)}${num('C2', 3)}${str('A2', '张三')}</row>`;
    const { error } = await readBytes(xlsx(data), '成绩.xlsx');
    expect(error?.params).toEqual({ file: '成绩.xlsx', sheet: '成绩', cell: 'A2' });
  });

  it('refuses a row number given twice, naming the repeated row', async () => {
    const data = `<row r="5">${str('A5', '张三')}</row><row r="5">${str('A5', '李四')}${num('B5', 90)}</row>`;
    const { error } = await readBytes(xlsx(data), '成绩.xlsx');
    expect(error?.messageKey).toBe('io.rowTwice');
    expect(error?.params).toEqual({ file: '成绩.xlsx', sheet: '成绩', row: 5, cell: 'A5' });
  });

  it('refuses a row that comes after a later row (repeated or out of order)', async () => {
    const data = `<row r="7">${str('A7', '张三')}</row><row r="5">${str('B5', '李四')}</row>`;
    const { error } = await readBytes(xlsx(data), '成绩.xlsx');
    expect(error?.messageKey).toBe('io.rowOrder');
    expect(error?.params).toEqual({
      file: '成绩.xlsx',
      sheet: '成绩',
      row: 5,
      previous: 7,
      cell: 'B5',
    });
  });

  it('still reads cells out of order within a row and empty repeated row tags', async () => {
    const data = `<row r="2" spans="1:3"/><row r="2">${num('C2', 3)}${num('A2', 1)}</row><row r="3"/>`;
    const { error, sheets } = await readBytes(xlsx(data), '成绩.xlsx');
    expect(error).toBeUndefined();
    expect(sheets[0]?.rows).toEqual([[2, [1, null, 3]]]);
  });
});

describe('an .xls sheet giving one cell twice', () => {
  const xls = (cells: Uint8Array[]) =>
    B.xlsFile(B.workbookStream([B.xf(0)], [{ name: '成绩', cells }]));

  it.each([
    ['two NUMBER records', 'B2', [B.number(1, 1, 0, 58), B.number(1, 1, 0, 85)]],
    ['a LABEL after a NUMBER', 'B2', [B.number(1, 1, 0, 58), B.label(1, 1, '缺考')]],
    [
      'a MULRK over a NUMBER',
      'C2',
      [
        B.number(1, 2, 0, 58),
        B.mulRk(1, 1, [
          [0, 0x2],
          [0, 0x2],
        ]),
      ],
    ],
  ])('refuses %s for one cell, naming sheet and cell', async (_, cell, cells) => {
    const { error } = await readBytes(xls(cells), '成绩.xls');
    expect(error?.messageKey).toBe('io.cellTwice');
    expect(error?.params).toEqual({ file: '成绩.xls', sheet: '成绩', cell });
  });
});
