import { buildXlsx } from '../../cli/io/xlsxPackage';
import type { TestZipMember } from '../../cli/io/zipWriter';
import { readBytes } from '../readBytes';

// A package holding one part twice: which copy a reader takes depends on the reader, so the
// teacher's file would say one thing in Excel and another here. Only tampering or a broken
// exporter writes this; it is refused, naming the part.
const SHEET = (name: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${name}</t></is></c></row></sheetData></worksheet>`;

function withSecond(name: string, text: string): Buffer {
  return buildXlsx({
    sheets: [{ name: '名单', data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
    sharedStrings: ['张三'],
    members: (members: TestZipMember[]) => [...members, { name, text }],
  });
}

describe('a zip package holding the same part twice', () => {
  it.each([
    ['the same sheet name', 'xl/worksheets/sheet1.xml'],
    ['a name differing in case', 'XL/Worksheets/Sheet1.xml'],
    ['a name with backslashes', 'xl\\worksheets\\sheet1.xml'],
    ['a leading slash', '/xl/worksheets/sheet1.xml'],
  ])('is refused when the second copy has %s', async (_, name) => {
    const { error, sheets } = await readBytes(withSecond(name, SHEET('李四')), '名单.xlsx');
    expect(sheets).toEqual([]);
    expect(error?.messageKey).toBe('io.zipDuplicate');
    expect(error?.params).toEqual({ file: '名单.xlsx', part: 'xl/worksheets/sheet1.xml' });
    expect(error?.message).toMatch(/^文件「名单\.xlsx」.*xl\/worksheets\/sheet1\.xml/);
  });

  it('is refused when the shared strings come twice', async () => {
    const second =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>李四</t></si></sst>';
    const { error } = await readBytes(withSecond('xl/sharedStrings.xml', second), '名单.xlsx');
    expect(error?.params).toEqual({ file: '名单.xlsx', part: 'xl/sharedStrings.xml' });
  });

  it('reads a package whose member names use backslashes, once each', async () => {
    const bytes = buildXlsx({
      sheets: [
        { name: '名单', data: '<row r="1"><c r="A1" t="inlineStr"><is><t>张三</t></is></c></row>' },
      ],
      members: (members) => members.map((m) => ({ ...m, name: m.name.replace(/\//g, '\\') })),
    });
    const { error, sheets } = await readBytes(bytes, '名单.xlsx');
    expect(error).toBeUndefined();
    expect(sheets[0]?.rows).toEqual([[1, ['张三']]]);
  });
});
