import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputFileError } from '../../../src/read/errors';
import { readXlsxRows } from '../../../src/cli/io/readXlsx';
import { collector, makeTempDir, removeTempDir } from './helpers';
import { buildXlsx, type TestPackage } from './xlsxPackage';

let dir: string;
let counter = 0;
beforeAll(async () => {
  dir = await makeTempDir('pkg');
});
afterAll(async () => {
  await removeTempDir(dir);
});

async function read(
  pkg: TestPackage,
): ReturnType<typeof collector>['sheets'] extends infer S ? Promise<S> : never {
  const path = join(dir, `p${counter++}.xlsx`);
  await writeFile(path, buildXlsx(pkg));
  const { visitor, sheets } = collector();
  await readXlsxRows(path, visitor);
  return sheets;
}

const STYLES = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="0.00_ &quot;分&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="31"/><xf numFmtId="177"/><xf numFmtId="49"/></cellXfs>
</styleSheet>`;

describe('readXlsxRows on packages written by other tools', () => {
  it('resolves names and order from workbook.xml, not from member names or zip order', async () => {
    const sheets = await read({
      absoluteTargets: true,
      workbookLast: true,
      sheets: [
        {
          name: '成绩',
          data: '<row r="1"><c r="A1" t="inlineStr"><is><t>b</t></is></c></row>',
          member: 'xl/worksheets/sheet2.xml',
        },
        {
          name: '名单 (2)',
          data: '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>',
          member: 'xl/worksheets/sheet1.xml',
          state: 'veryHidden',
        },
        {
          name: 'R&D',
          data: '<row r="1"><c r="A1"><v>3</v></c></row>',
          member: 'xl/worksheets/Data.xml',
        },
      ],
    });
    expect(sheets.map((s) => [s.info.sheet, s.info.hidden, s.rows[0]?.cells[0]])).toEqual([
      ['成绩', false, 'b'],
      ['名单 (2)', true, 'a'],
      ['R&D', false, 3],
    ]);
  });

  it('reads namespace-prefixed elements and rows and cells without references', async () => {
    const sheets = await read({
      prefix: 'x',
      sharedStrings: ['学号', '姓名'],
      sheets: [
        {
          name: 'S',
          data: '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row><x:row><x:c><x:v>7</x:v></x:c><x:c r="C2"><x:v>8</x:v></x:c><x:c><x:v>9</x:v></x:c></x:row><x:row r="10"><x:c r="B10"><x:v>1</x:v></x:c></x:row><x:row><x:c><x:v>2</x:v></x:c></x:row>',
        },
      ],
    });
    expect(sheets[0]!.rows).toEqual([
      { row: 1, cells: ['学号', '姓名'] },
      { row: 2, cells: [7, null, 8, 9] },
      { row: 10, cells: [null, 1] },
      { row: 11, cells: [2] },
    ]);
  });

  it('joins rich text runs, drops phonetic guides, and undoes _xHHHH_ escapes', async () => {
    const sheets = await read({
      sharedStringsXml: [
        '<r><rPr><b/></rPr><t>共青</t></r><r><t xml:space="preserve">团员 </t></r><rPh sb="0" eb="1"><t>きょう</t></rPh>',
        '<t>第一行_x000D_\n第二行 _x005F_x0041_</t>',
        '<t></t>',
      ],
      sheets: [
        {
          name: 'S',
          data:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
            '<c r="D1" t="inlineStr"><is><r><t>甲</t></r><r><t>乙</t></r></is></c>' +
            '<c r="E1" t="inlineStr"><is><t>&lt;&#20013;&#x6587;&gt;</t></is></c>' +
            '<c r="F1"><v><![CDATA[5]]></v></c><!-- a comment --></row>',
        },
      ],
    });
    expect(sheets[0]!.rows[0]!.cells).toEqual([
      '共青团员 ',
      '第一行\r\n第二行 _x0041_',
      null,
      '甲乙',
      '<中文>',
      5,
    ]);
  });

  it('gives formula results by their cached type and null without one', async () => {
    const sheets = await read({
      sheets: [
        {
          name: 'S',
          data:
            '<row r="2"><c r="A2" t="e"><f>VLOOKUP(1,B:B,1,0)</f><v>#N/A</v></c>' +
            '<c r="B2" t="b"><f>1=1</f><v>1</v></c><c r="C2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
            '<c r="D2"><f>SUM(E2:F2)</f></c><c r="E2"><f t="shared" si="0"/><v>12.5</v></c>' +
            '<c r="F2" t="b"><v>0</v></c><c r="G2" t="d"><v>2024-09-01T00:00:00Z</v></c><c r="H2" t="e"><v>#DIV/0!</v></c></row>',
        },
      ],
    });
    expect(sheets[0]!.rows[0]!.cells).toEqual([
      { error: '#N/A' },
      true,
      'ab',
      null,
      12.5,
      false,
      new Date('2024-09-01T00:00:00Z'),
      { error: '#DIV/0!' },
    ]);
  });

  it('turns date-formatted numbers into Dates (custom, CJK built-in, 1904) but not other formats', async () => {
    const data =
      '<row r="1"><c r="A1" s="1"><v>45536</v></c><c r="B1" s="2"><v>45536</v></c>' +
      '<c r="C1" s="3"><v>45536</v></c><c r="D1" s="4"><v>45536</v></c><c r="E1"><v>45536</v></c></row>';
    const [sheet] = await read({ stylesXml: STYLES, sheets: [{ name: 'S', data }] });
    const cells = sheet!.rows[0]!.cells;
    expect((cells[0] as Date).toISOString()).toBe('2024-09-01T00:00:00.000Z');
    expect((cells[1] as Date).toISOString()).toBe('2024-09-01T00:00:00.000Z');
    expect(cells.slice(2)).toEqual([45536, 45536, 45536]);
    const [in1904] = await read({
      stylesXml: STYLES,
      date1904: true,
      sheets: [{ name: 'S', data }],
    });
    expect((in1904!.rows[0]!.cells[0] as Date).toISOString()).toBe('2028-09-02T00:00:00.000Z');
  });

  it('skips formatting-only rows up to row 1,048,576 without slowing down', async () => {
    const empty = Array.from(
      { length: 200000 },
      (_, i) => `<row r="${i + 3}" s="1" customFormat="1" ht="15"/>`,
    ).join('');
    const path = join(dir, 'formatted.xlsx');
    await writeFile(
      path,
      buildXlsx({
        sheets: [
          {
            name: 'S',
            data: `<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" s="1"/></row>${empty}<row r="1048576" s="1"><c r="XFD1048576" s="1"/></row>`,
            after: '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
          },
        ],
      }),
    );
    const started = Date.now();
    const { visitor, sheets } = collector();
    await readXlsxRows(path, visitor);
    const elapsed = Date.now() - started;
    expect(sheets[0]!.rows).toEqual([{ row: 1, cells: [1] }]);
    expect(elapsed).toBeLessThan(5000);
  });
});

describe('readXlsxRows on damaged packages', () => {
  async function failure(bytes: Buffer, name = `bad${counter++}.xlsx`): Promise<InputFileError> {
    const path = join(dir, name);
    await writeFile(path, bytes);
    const error: unknown = await readXlsxRows(path, collector().visitor).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputFileError);
    return error as InputFileError;
  }
  const good = (): Buffer =>
    buildXlsx({
      sharedStrings: ['学号'],
      sheets: [{ name: 'S', data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
    });

  it('reports bytes that are not a zip', async () => {
    const error = await failure(Buffer.from('学号,姓名\n1,张三\n'), '名单.xlsx');
    expect(error.messageKey).toBe('io.damaged');
    expect(error.params.file).toBe('名单.xlsx');
    expect(error.message).toContain('文件「名单.xlsx」已损坏');
  });

  it('reports a file cut short', async () => {
    const bytes = good();
    expect((await failure(bytes.subarray(0, Math.floor(bytes.length / 2)))).messageKey).toBe(
      'io.damaged',
    );
  });

  it('reports an encrypted workbook or a renamed .xls', async () => {
    const cfb = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    expect((await failure(cfb)).messageKey).toBe('io.encrypted');
  });

  it('reports corrupt compressed data, a dangling shared string and a workbook without sheets', async () => {
    const pkg = buildXlsx({
      sheets: [{ name: 'S', data: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
    });
    const corrupt = Buffer.from(pkg);
    const at = corrupt.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 24;
    corrupt.fill(0xff, at, at + 12);
    const broken = await failure(corrupt);
    expect(broken.messageKey).toBe('io.damagedSheet');
    expect(broken.params.sheet).toBe('S');
    const dangling = buildXlsx({
      sharedStrings: ['a'],
      sheets: [{ name: 'S', data: '<row r="1"><c r="A1" t="s"><v>5</v></c></row>' }],
    });
    expect((await failure(dangling)).messageKey).toBe('io.badSharedString');
    const noSheets = buildXlsx({ sheets: [] });
    expect((await failure(noSheets)).messageKey).toBe('io.noSheets');
  });

  it('passes errors thrown by the visitor through unchanged', async () => {
    const path = join(dir, 'visitor.xlsx');
    await writeFile(path, good());
    const boom = new Error('visitor failed');
    await expect(
      readXlsxRows(path, {
        beginSheet: () => ({
          row: () => {
            throw boom;
          },
          end: () => undefined,
        }),
      }),
    ).rejects.toBe(boom);
  });
});
