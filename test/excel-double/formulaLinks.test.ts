import { DoubleWorkbook } from './index';

function book(): DoubleWorkbook {
  return DoubleWorkbook.fromSheets([
    { name: '汇总', rows: [['总分']] },
    { name: '评分-1', rows: [[10, 20]] },
  ]);
}

async function write(wb: DoubleWorkbook, formula: string): Promise<void> {
  await wb.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('汇总').getRange('A2').formulas = [[formula]];
    await ctx.sync();
  });
}

function cell(wb: DoubleWorkbook, address = 'A2') {
  return wb.snapshot().sheets.find((s) => s.name === '汇总')!.cells[address];
}

describe('sheet references in formulas are bound when written', () => {
  it('follows a rename: the formula text shows the new name', async () => {
    const wb = book();
    await write(wb, "=SUM('评分-1'!A1:B1)+LEN(\"x'评分-1'!\")");
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('评分-1').name = '评分 (新)';
      await ctx.sync();
    });
    expect(cell(wb)?.formula).toBe("=SUM('评分 (新)'!A1:B1)+LEN(\"x'评分-1'!\")");
    expect(cell(wb)?.error).toBeUndefined();
    expect(wb.externalLinks()).toEqual([]);
  });

  it('gives #REF! when the sheet is deleted, even if a sheet of that name comes back', async () => {
    const wb = book();
    await write(wb, "='评分-1'!B1*2");
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('评分-1').delete();
      ctx.workbook.worksheets.add('评分-1');
      await ctx.sync();
    });
    expect(cell(wb)).toMatchObject({ formula: '=#REF!*2', value: '#REF!', error: true });
  });

  it('makes a reference to a sheet that does not exist yet an outside link', async () => {
    const wb = book();
    await write(wb, '=评分2!A1+1');
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.add('评分2');
      await ctx.sync();
    });
    expect(cell(wb)).toMatchObject({ value: '#REF!', error: true });
    expect(cell(wb)?.formula).toContain('[1]评分2');
    expect(wb.externalLinks()).toEqual(['评分2']);
  });

  it('leaves formulas without sheet references and text values alone', async () => {
    const wb = book();
    await write(wb, '=SUM(A1:B1)');
    expect(cell(wb)?.formula).toBe('=SUM(A1:B1)');
    await write(wb, '12');
    expect(cell(wb)?.formula).toBeUndefined();
    expect(wb.externalLinks()).toEqual([]);
  });
});
