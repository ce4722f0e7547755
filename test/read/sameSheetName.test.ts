import { buildXlsx } from '../cli/io/xlsxPackage';
import * as B from './legacy/biffBuilder';
import { readBytes } from './readBytes';

// Excel and WPS never let two sheets share a name (case aside): a finding naming 「名单」 could
// not say which one it meant, and a check reading both as one sheet would merge two tables.
const ROW = (text: string) =>
  `<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`;

describe('two sheets with one name', () => {
  it.each([
    ['the same name', '名单', '名单'],
    ['names differing only in case', 'Sheet1', 'SHEET1'],
  ])('an .xlsx listing %s is refused, naming the sheet', async (_, first, second) => {
    const bytes = buildXlsx({
      sheets: [
        { name: first, data: ROW('张三') },
        { name: second, data: ROW('李四') },
      ],
    });
    const { error } = await readBytes(bytes, '名单.xlsx');
    expect(error?.messageKey).toBe('io.sheetNameTwice');
    expect(error?.params).toEqual({ file: '名单.xlsx', sheet: second });
    expect(error?.message).toMatch(/^文件「名单\.xlsx」.*「/);
  });

  it('an .xls listing one name twice is refused the same way', async () => {
    const sheet = (name: string, text: string) => ({ name, cells: [B.label(0, 0, text)] });
    const bytes = B.xlsFile(B.workbookStream([], [sheet('名单', '张三'), sheet('名单', '李四')]));
    const { error } = await readBytes(bytes, '名单.xls');
    expect(error?.messageKey).toBe('io.sheetNameTwice');
    expect(error?.params).toEqual({ file: '名单.xls', sheet: '名单' });
  });

  it('distinct names are read as before', async () => {
    const bytes = buildXlsx({
      sheets: [
        { name: '名单', data: ROW('张三') },
        { name: '名单 (2)', data: ROW('李四') },
      ],
    });
    const { error, sheets } = await readBytes(bytes, '名单.xlsx');
    expect(error).toBeUndefined();
    expect(sheets.map((s) => s.sheet)).toEqual(['名单', '名单 (2)']);
  });
});
