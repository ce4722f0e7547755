import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsxRows } from '../../../src/cli/io/readXlsx';
import { workbookModelToBuffer, writeWorkbookModel } from '../../../src/cli/io/writeWorkbook';
import { collector, makeTempDir, removeTempDir, zipPart } from './helpers';
import { FULL_MODEL } from './modelFixture';

let dir: string;
let path: string;
let wb: ExcelJS.Workbook;
let report: ExcelJS.Worksheet;
let roster: ExcelJS.Worksheet;

beforeAll(async () => {
  dir = await makeTempDir('write');
  path = join(dir, 'nested', '检查报告.xlsx');
  await writeWorkbookModel(FULL_MODEL, path);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  report = wb.getWorksheet('检查 报告')!;
  roster = wb.getWorksheet("It's 名单")!;
});
afterAll(async () => {
  await removeTempDir(dir);
});

const argbOf = (cell: ExcelJS.Cell): string | undefined =>
  cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;

describe('writeWorkbookModel: values', () => {
  it('writes the sheets in order with their names', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['检查 报告', "It's 名单", 'Empty']);
  });

  it('writes strings as text, even ones that look like formulas, and formulas without results', async () => {
    expect(['B5', 'B6', 'B7', 'B8', 'F6'].map((a) => report.getCell(a).type)).not.toContain(
      ExcelJS.ValueType.Formula,
    );
    expect(report.getCell('B6').value).toBe('+86');
    expect(report.getCell('B7').value).toBe('-x');
    expect(report.getCell('B8').value).toBe('@y');
    expect(report.getCell('C10').value).toEqual({ formula: 'SUM(C5:C9)' });
    expect(report.getCell('D10').value).toEqual({ formula: 'AVERAGE(D5:D9)' });
    const xml = await zipPart(path, 'xl/worksheets/sheet1.xml');
    expect(xml.match(/<f>[^<]*<\/f>/g)).toEqual(['<f>SUM(C5:C9)</f>', '<f>AVERAGE(D5:D9)</f>']);
    expect(xml).not.toMatch(/<f>[^<]*<\/f><v>/);
    expect(await zipPart(path, 'xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
  });

  it('reads back the same values through the product reader', async () => {
    const { visitor, sheets } = collector();
    await readXlsxRows(path, visitor);
    const rows = Object.fromEntries(sheets[0]!.rows.map((r) => [r.row, r.cells]));
    expect(rows[5]).toEqual([1, '=SUM(A1)', 80.25, 0.3, '违规', '第一行\n第二行']);
    expect(rows[6]).toEqual([2, '+86', 90, 0.125, '待核实', '_x0041_']);
    expect(rows[7]).toEqual([3, '-x', 70, 0.5, '超编', true]);
    expect(rows[10]).toEqual(['合计']); // formulas have no cached result yet
    const copy = Object.fromEntries(sheets[1]!.rows.map((r) => [r.row, r.cells]));
    expect(copy[4]).toEqual(['2531020000001', '张三']);
    expect(copy[5]).toEqual(['0012', '李四']);
  });

  it('renders the same bytes from the buffer function', async () => {
    const buffer = await workbookModelToBuffer(FULL_MODEL);
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(again.getWorksheet('检查 报告')!.getCell('B6').value).toBe('+86');
  });
});

describe('writeWorkbookModel: looks', () => {
  it('maps named styles to fills, font colours, bold and size', () => {
    expect(argbOf(report.getCell('A4'))).toBe('FFDDEBF7');
    expect(report.getCell('A4').font?.bold).toBe(true);
    expect(report.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(argbOf(report.getCell('E5'))).toBe('FFF8CBAD');
    expect(report.getCell('E5').font?.color?.argb).toBe('FF9C0006');
    expect(argbOf(report.getCell('E6'))).toBe('FFFFEB9C');
    expect(argbOf(report.getCell('C12'))).toBe('FFFFF2CC');
    expect(report.getCell('A10').font?.bold).toBe(true);
  });

  it('fills rowStyles rows across the used columns; the cell style wins where it has one', () => {
    expect(['A7', 'B7', 'C7', 'D7', 'F7'].map((a) => argbOf(report.getCell(a)))).toEqual(
      Array(5).fill('FFD9D2E9'),
    );
    expect(argbOf(report.getCell('E7'))).toBe('FFD9D2E9');
    expect(['A5', 'B5', 'C5'].map((a) => argbOf(roster.getCell(a)))).toEqual(
      Array(3).fill('FFF8CBAD'),
    );
    expect(argbOf(roster.getCell('D5'))).toBeUndefined();
  });

  it('borders table areas (thin) and nothing else', () => {
    expect(report.getCell('A4').border?.top?.style).toBe('thin');
    expect(report.getCell('F9').border?.right?.style).toBe('thin');
    expect(report.getCell('A10').border?.top).toBeUndefined();
    expect(roster.getCell('B9').border?.bottom?.style).toBe('thin'); // the empty table's blank row
  });

  it('writes number formats, wrap, alignment and column widths', () => {
    expect(['A5', 'C5', 'C6', 'D5', 'D6', 'F9'].map((a) => report.getCell(a).numFmt)).toEqual([
      '0',
      '0.0',
      '0.00',
      '0%',
      '0.0%',
      '@',
    ]);
    expect(report.getCell('F5').alignment).toMatchObject({ wrapText: true });
    expect(report.getCell('A4').alignment).toMatchObject({ horizontal: 'center' });
    expect(report.getCell('C12').alignment).toMatchObject({ horizontal: 'right' });
    expect([1, 2, 6].map((c) => report.getColumn(c).width)).toEqual([8, 16, 24]);
  });

  it('writes an in-workbook link with a quoted sheet name and no external relationship', async () => {
    const xml = await zipPart(path, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<hyperlink ref="B5" location="&apos;It&apos;&apos;s 名单&apos;!B4"/>');
    const rels = await zipPart(path, 'xl/worksheets/_rels/sheet1.xml.rels');
    expect(rels).not.toContain('hyperlink');
    expect(report.getCell('B5').font).toMatchObject({
      underline: true,
      color: { argb: 'FF0563C1' },
    });
  });
});

describe('writeWorkbookModel: sheet features', () => {
  it('merges cells', () => {
    expect(report.getCell('B1').isMerged).toBe(true);
    expect(report.getCell('F2').master.address).toBe('A2');
    expect(report.getCell('A3').isMerged).toBe(false);
    expect(report.getCell('F1').font).toMatchObject({ bold: true, size: 16 }); // takes the master's look
  });

  it('writes Excel tables with filters, a header at any row, and an empty table', async () => {
    const findings = await zipPart(path, 'xl/tables/table1.xml');
    expect(findings).toContain('name="Report_Findings"');
    expect(findings).toContain('ref="A4:F9"');
    expect(findings).toContain('<autoFilter ref="A4:F9"');
    expect(findings).not.toContain('tableStyleInfo name=');
    const members = await zipPart(path, 'xl/tables/table2.xml');
    expect(members).toContain('ref="A3:C5"');
    expect(members).toContain('name="列3"');
    expect(roster.getCell('C3').value).toBe('列3');
    const empty = await zipPart(path, 'xl/tables/table3.xml');
    expect(empty).toContain('name="_Empty"');
    expect(empty).toContain('ref="A8:B9"');
    expect(report.getCell('B4').value).toBe('姓名');
  });

  it('writes number and list validations with prompts and errors', () => {
    for (const address of ['C5', 'C9']) {
      expect(report.getCell(address).dataValidation).toMatchObject({
        type: 'decimal',
        formulae: [0, 100],
        showInputMessage: true,
        prompt: '0-100 分',
        showErrorMessage: true,
        error: '请输入 0 到 100 之间的分数',
      });
    }
    expect(report.getCell('C10').dataValidation).toBeUndefined();
    expect(report.getCell('A7').dataValidation).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [1],
    });
    expect(report.getCell('E8').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"违规,待核实,合格,说""明"""'],
    });
  });

  it('writes data bars', async () => {
    const xml = await zipPart(path, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<conditionalFormatting sqref="D5:D9"><cfRule type="dataBar"/);
    expect(xml).toContain('<color rgb="FF5B9BD5"/>');
  });

  it('freezes panes', () => {
    expect(report.views[0]).toMatchObject({
      state: 'frozen',
      xSplit: 1,
      ySplit: 4,
      topLeftCell: 'B5',
    });
    expect((roster.views ?? []).map((v) => v.state)).not.toContain('frozen');
  });

  it('sets up A4 printing: orientation, fit to width, margins, title rows (quoted names)', async () => {
    expect(report.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '4:4',
    });
    expect(report.pageSetup.margins).toMatchObject({
      top: 0.5,
      bottom: 0.5,
      left: 0.4,
      right: 0.4,
    });
    expect(roster.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: false,
    });
    const workbookXml = await zipPart(path, 'xl/workbook.xml');
    expect(workbookXml).toContain('localSheetId="1">&apos;It&apos;&apos;s 名单&apos;!$3:$3<');
    expect(workbookXml).toContain('localSheetId="0">&apos;检查 报告&apos;!$4:$4<');
  });
});
