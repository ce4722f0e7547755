import { buildXlsx } from '../../cli/io/xlsxPackage';
import { readBytes } from '../readBytes';

// A cell whose value cannot be what its type says: the teacher must learn which cell, in which
// sheet, in Chinese first; a NaN or an empty cell in its place would pass a grade or drop an ID.
const xlsx = (cell: string) =>
  buildXlsx({
    sheets: [
      { name: '名单', data: '<row r="1"><c r="A1" t="inlineStr"><is><t>学号</t></is></c></row>' },
      { name: '成绩', data: `<row r="1"><c r="A1"><v>1</v></c></row><row r="3">${cell}</row>` },
    ],
    sharedStrings: ['张三', '李四'],
  });

describe('a cell whose value does not fit its type', () => {
  it.each([
    ['text in a number cell', '<c r="C3"><v>abc</v></c>', 'abc'],
    ['a number past the largest double', '<c r="C3" t="n"><v>1e999</v></c>', '1e999'],
    ['a date-styled cell with text', '<c r="C3" s="0"><v>2024-09-01</v></c>', '2024-09-01'],
  ])('refuses %s, naming sheet and cell', async (_, cell, text) => {
    const { error } = await readBytes(xlsx(cell), '成绩.xlsx');
    expect(error?.messageKey).toBe('io.badNumber');
    expect(error?.params).toEqual({ file: '成绩.xlsx', sheet: '成绩', cell: 'C3', text });
    expect(error?.message).toMatch(/^文件「成绩\.xlsx」的工作表「成绩」中.*C3/);
  });

  it('refuses a shared-string index past the table, naming sheet and cell', async () => {
    const { error } = await readBytes(xlsx('<c r="D3" t="s"><v>7</v></c>'), '成绩.xlsx');
    expect(error?.messageKey).toBe('io.badSharedString');
    expect(error?.params).toEqual({
      file: '成绩.xlsx',
      sheet: '成绩',
      cell: 'D3',
      index: '7',
      count: 2,
    });
  });

  it.each(['-1', '1.5', 'x'])('refuses a shared-string index %s', async (index) => {
    const { error } = await readBytes(xlsx(`<c r="D3" t="s"><v>${index}</v></c>`), '成绩.xlsx');
    expect(error?.messageKey).toBe('io.badSharedString');
    expect(error?.params).toMatchObject({ sheet: '成绩', cell: 'D3', index });
  });

  it('refuses a true/false cell holding something else', async () => {
    const { error } = await readBytes(xlsx('<c r="E3" t="b"><v>yes</v></c>'), '成绩.xlsx');
    expect(error?.messageKey).toBe('io.badBoolean');
    expect(error?.params).toEqual({ file: '成绩.xlsx', sheet: '成绩', cell: 'E3', text: 'yes' });
  });

  it('reads an empty value as an empty cell and says so once per sheet, naming the first', async () => {
    const cells =
      '<c r="B3"><v></v></c><c r="C3" t="s"><v/></c><c r="D3" t="b"><v> </v></c><c r="E3"><v>5</v></c>';
    const { error, sheets, notices } = await readBytes(xlsx(cells), '成绩.xlsx');
    expect(error).toBeUndefined();
    expect(sheets[1]?.rows).toEqual([
      [1, [1]],
      [3, [null, null, null, null, 5]],
    ]);
    expect(notices).toEqual([
      {
        severity: 'warning',
        messageKey: 'io.emptyValue',
        params: { file: '成绩.xlsx', sheet: '成绩', cell: 'B3', count: 3 },
        ref: { file: '成绩.xlsx', sheet: '成绩', row: 3, col: 2 },
      },
    ]);
  });

  it('reads a number spelled with a character reference', async () => {
    const { sheets } = await readBytes(xlsx('<c r="B3"><v>&#53;8</v></c>'), '成绩.xlsx');
    expect(sheets[1]?.rows[1]).toEqual([3, [null, 58]]);
  });
});
