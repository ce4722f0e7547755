import iconv from 'iconv-lite';
import { InputFileError } from '../../../src/read/errors';
import { readLegacy, sniffFormat } from '../../../src/read/legacy';
import { collector, rowsOf } from './collect';

async function read(bytes: Uint8Array, file = 'export.xls') {
  const { visitor, sheets } = collector();
  await readLegacy(bytes, file, visitor);
  return sheets;
}

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const gbk = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'gbk'));

const TABLE = `<table border=1>
  <tr><td colspan=3 align=center><b>2024级 学生成绩</b></td></tr>
  <tr><th>学号</th><th>姓名</th><th>成绩</th></tr>
  <tr><td rowspan="2">00123</td><td>张&nbsp;三</td><td x:num>85</td></tr>
  <tr><td><font color=red>李四</font></td><td>R&amp;D&#x4E2D;&#25991;</td></tr>
  <tr><td>202300101012345678</td><td>第一行<br>第二行</td><td>
      多个   空格
  </td></tr>
</table>`;

describe('HTML tables saved as .xls', () => {
  it.each([
    [
      'GBK declared by <meta charset>',
      gbk(`<html><head><meta charset="gbk"></head><body>${TABLE}</body></html>`),
    ],
    [
      'GB2312 declared by http-equiv',
      gbk(
        `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>${TABLE}`,
      ),
    ],
    [
      'UTF-8 with a byte-order mark',
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`<html>${TABLE}</html>`)]),
    ],
    ['UTF-8 undeclared (sniffed)', utf8(`<table>${TABLE.slice(TABLE.indexOf('<tr>'))}`)],
    ['GBK undeclared (sniffed)', gbk(`<html><body>${TABLE}</body></html>`)],
  ])('reads %s with spans, entities, <br> and nested tags', async (_label, bytes) => {
    expect(sniffFormat(bytes)).toBe('html');
    const rows = rowsOf(await read(bytes), '表1');
    expect(rows).toEqual(
      new Map([
        [1, ['2024级 学生成绩']],
        [2, ['学号', '姓名', '成绩']],
        [3, ['00123', '张 三', '85']],
        [4, [null, '李四', 'R&D中文']],
        [5, ['202300101012345678', '第一行\n第二行', '多个 空格']],
      ]),
    );
  });

  it('gives each table its own sheet (表1, 表2, …), a nested table too, and skips scripts', async () => {
    const html = `<html><script>var t = "<table><tr><td>no</td></tr></table>";</script>
      <table><tr><td>标题</td></tr></table>
      <table><tr><td>外<table><tr><td>内</td></tr></table>层</td><td>B</td></tr></table>`;
    const sheets = await read(utf8(html));
    expect(sheets.map((s) => s.sheet)).toEqual(['表1', '表2', '表3']);
    expect(rowsOf(sheets, '表2').get(1)).toEqual(['外层', 'B']);
    expect(rowsOf(sheets, '表3').get(1)).toEqual(['内']);
  });

  it("names sheets as Excel's web-page export does (x:Name), when the names match the tables", async () => {
    const head = (names: string[]) =>
      `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets>${names
        .map((n) => `<x:ExcelWorksheet><x:Name>${n}</x:Name></x:ExcelWorksheet>`)
        .join('')}</x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head><body>`;
    const table = '<table><tr><td>学号</td></tr></table>';
    const named = await read(
      utf8(`${head(['学生会名单', 'R&amp;D'])}${table}${table}</body></html>`),
    );
    expect(named.map((s) => s.sheet)).toEqual(['学生会名单', 'R&D']);
    const twice = await read(utf8(`${head(['成绩', '成绩'])}${table}${table}</body></html>`));
    expect(twice.map((s) => s.sheet)).toEqual(['成绩', '成绩 (2)']);
    // One name for two tables: the names cannot be matched, so the tables are numbered.
    const fewer = await read(utf8(`${head(['成绩'])}${table}${table}</body></html>`));
    expect(fewer.map((s) => s.sheet)).toEqual(['表1', '表2']);
    const long = await read(utf8(`${head(['一'.repeat(40)])}${table}</body></html>`));
    expect(long.map((s) => s.sheet)).toEqual(['一'.repeat(31)]);
  });

  it('places cells after a rowspan where Excel puts them, and ignores unclosed <td> and <tr>', async () => {
    const html = '<table><tr><td rowspan=3>A<td>B<td rowspan=2>C<tr><td>D<tr><td>E<td>F</table>';
    expect(rowsOf(await read(utf8(html)), '表1')).toEqual(
      new Map([
        [1, ['A', 'B', 'C']],
        [2, [null, 'D']],
        [3, [null, 'E', 'F']],
      ]),
    );
  });

  it('says so when a page holds no table', async () => {
    const error = await read(utf8('<html><body><p>没有表格</p></body></html>'), '名单.xls').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as InputFileError).messageKey).toBe('io.legacy.noTable');
  });

  it('refuses a span that would run past Excel\u2019s grid instead of allocating it', async () => {
    const html = `<table><tr>${'<td colspan=1000>x</td>'.repeat(17)}</tr></table>`;
    await expect(read(utf8(html))).rejects.toMatchObject({ messageKey: 'io.legacy.tooBig' });
  });
});

const XML = (
  body: string,
  encoding = 'UTF-8',
): string => `<?xml version="1.0" encoding="${encoding}"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:html="http://www.w3.org/TR/REC-html40">${body}</Workbook>`;

describe('XML Spreadsheet 2003', () => {
  const body = `
 <Worksheet ss:Name="名单">
  <Table>
   <Row><Cell ss:MergeAcross="2"><Data ss:Type="String">标题 &amp; 说明</Data></Cell></Row>
   <Row ss:Index="3"><Cell><Data ss:Type="String">00123</Data></Cell><Cell ss:Index="3"><Data ss:Type="Number">85.5</Data></Cell>
     <Cell ss:MergeDown="1"><Data ss:Type="DateTime">2024-09-01T00:00:00.000</Data></Cell></Row>
   <Row><Cell><Data ss:Type="Boolean">1</Data></Cell><Cell><Data ss:Type="Error">#N/A</Data></Cell>
     <Cell ss:Formula="=IF(RC[-1]>60,&quot;及格&quot;,&quot;&quot;)"><Data ss:Type="String">及格</Data></Cell><Cell><Data ss:Type="String">D</Data></Cell></Row>
   <Row><Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><B>加粗</B>文字</ss:Data>
     <Comment><ss:Data><B>批注不是单元格</B></ss:Data></Comment></Cell><Cell><Data ss:Type="Number">202300101012345678</Data></Cell></Row>
  </Table>
 </Worksheet>
 <Worksheet ss:Name="隐藏"><Table><Row><Cell><Data ss:Type="String">h</Data></Cell></Row></Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>
 </Worksheet>`;

  it('reads types, ss:Index gaps, merges, hidden sheets and leaves comments out', async () => {
    const bytes = utf8(XML(body));
    expect(sniffFormat(bytes)).toBe('xml2003');
    const sheets = await read(bytes);
    expect(sheets.map((s) => [s.sheet, s.hidden])).toEqual([
      ['名单', false],
      ['隐藏', true],
    ]);
    expect(rowsOf(sheets, '名单')).toEqual(
      new Map<number, unknown[]>([
        [1, ['标题 & 说明']],
        [3, ['00123', null, 85.5, new Date(Date.UTC(2024, 8, 1))]],
        [4, [true, { error: '#N/A' }, '及格', null, 'D']],
        [5, ['加粗文字', Number('202300101012345678')]],
      ]),
    );
  });

  it('decodes a GB2312 file by its XML declaration', async () => {
    const bytes = gbk(
      XML(
        '<Worksheet ss:Name="表"><Table><Row><Cell><Data ss:Type="String">学号</Data></Cell></Row></Table></Worksheet>',
        'gb2312',
      ),
    );
    expect(rowsOf(await read(bytes), '表').get(1)).toEqual(['学号']);
  });
});
