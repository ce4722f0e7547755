import { workbookModelToBuffer } from '../../src/cli/io/writeWorkbook';
import { buildReport } from '../../src/core/report/buildReport';
import type { WorkbookModel } from '../../src/core/report/sheetModel';
import { DoubleWorkbook, RichApiError } from '../excel-double';
import { loadDoubleFromXlsx } from '../excel-double/fromXlsx';
import { unionResult } from '../report/unionFixture';
import { gatewayFor } from './helpers';

const A1 = (r: { r1: number; c1: number; r2: number; c2: number }) =>
  `${String.fromCharCode(64 + r.c1)}${r.r1}:${String.fromCharCode(64 + r.c2)}${r.r2}`;

function valuesOf(double: DoubleWorkbook, sheet: string): unknown[][] {
  const s = double.sheet(sheet);
  const rows: unknown[][] = [];
  for (const [r, cells] of s.cells)
    for (const [c, cell] of cells) {
      if (cell.value === null || cell.value === '') continue;
      (rows[r - 1] ??= [])[c - 1] = cell.value;
    }
  return rows;
}

describe('the pane draws the report’s data bars like the CLI', () => {
  const model: WorkbookModel = buildReport(unionResult(), 'zh');

  it('sets each bar’s fixed ends through lowerBoundRule and upperBoundRule', async () => {
    const double = DoubleWorkbook.fromSheets([{ name: '名单', rows: [['x']] }]);
    await gatewayFor(double).writeWorkbookModel(model);
    const bars = double.sheet('部门统计').cfs.filter((cf) => cf.type === 'DataBar');
    const byRange = Object.fromEntries(
      bars.map((cf) => [A1(cf.rects[0]!), [cf.barLower, cf.barUpper]]),
    );
    expect(byRange['B4:B6']).toEqual([
      { type: 'Number', formula: '0' },
      { type: 'Number', formula: '3' },
    ]);
    expect(byRange['D4:D6']).toEqual([
      { type: 'Number', formula: '0' },
      { type: 'Number', formula: '6' },
    ]);
    // No upper end in the model: Excel's automatic (the range's largest value).
    expect(byRange['G4:G6']).toEqual([{ type: 'Number', formula: '0' }, undefined]);
    const shareBars = Object.entries(byRange).filter(([range]) => range.startsWith('C'));
    expect(shareBars).toHaveLength(2);
    for (const [, ends] of shareBars)
      expect(ends).toEqual([
        { type: 'Number', formula: '0' },
        { type: 'Number', formula: '1' },
      ]);
  });

  it('writes the same values and bar ranges as the CLI’s file', async () => {
    // The department sheet alone: the pane's 检查报告 links into the teacher's own roster.
    const departments = { sheets: model.sheets.filter((s) => s.name === '部门统计') };
    const pane = DoubleWorkbook.fromSheets([{ name: '名单', rows: [['x']] }]);
    await gatewayFor(pane).writeWorkbookModel(departments);
    const cli = await loadDoubleFromXlsx(await workbookModelToBuffer(departments));
    expect(valuesOf(pane, '部门统计')).toEqual(valuesOf(cli, '部门统计'));
    const ranges = (d: DoubleWorkbook) =>
      d
        .sheet('部门统计')
        .cfs.map((cf) => A1(cf.rects[0]!))
        .sort();
    expect(ranges(pane)).toEqual(ranges(cli));
  });

  it('refuses bound rules Excel refuses', async () => {
    const double = DoubleWorkbook.fromSheets([{ name: '名单', rows: [[1], [2]] }]);
    const attempt = (rule: Excel.ConditionalDataBarRule, end: 'lower' | 'upper') =>
      double.excelRun(async (ctx) => {
        const cf = ctx.workbook.worksheets
          .getItem('名单')
          .getRange('A1:A2')
          .conditionalFormats.add('DataBar');
        if (end === 'lower') cf.dataBar.lowerBoundRule = rule;
        else cf.dataBar.upperBoundRule = rule;
        await ctx.sync();
      });
    await expect(attempt({ type: 'Number' }, 'lower')).rejects.toBeInstanceOf(RichApiError);
    await expect(attempt({ type: 'HighestValue' }, 'lower')).rejects.toBeInstanceOf(RichApiError);
    await expect(attempt({ type: 'HighestValue' }, 'upper')).resolves.toBeUndefined();
  });
});
