import { DoubleWorkbook } from './double';
import { lockStructure } from './workbookProtection';

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  return p.then(
    () => undefined,
    (e: { code?: string }) => e.code,
  );
}

describe('workbook structure protection in the double', () => {
  it('reports itself and refuses to add, delete, rename or hide sheets, like Excel', async () => {
    const double = DoubleWorkbook.fromSheets([{ name: 'A', rows: [['x']] }, { name: 'B' }]);
    lockStructure(double.state);
    const before = double.snapshot();
    const isProtected = await double.run(async (ctx) => {
      const p = ctx.workbook.protection.load('protected');
      await ctx.sync();
      return p.protected;
    });
    expect(isProtected).toBe(true);
    const attempts: ((ctx: Excel.RequestContext) => void)[] = [
      (ctx) => void ctx.workbook.worksheets.add('C'),
      (ctx) => ctx.workbook.worksheets.getItem('B').delete(),
      (ctx) => void (ctx.workbook.worksheets.getItem('B').name = 'D'),
      (ctx) => void (ctx.workbook.worksheets.getItem('B').visibility = 'Hidden'),
    ];
    for (const attempt of attempts)
      expect(await codeOf(double.run((ctx) => Promise.resolve(attempt(ctx))))).toBe('AccessDenied');
    expect(double.snapshot()).toEqual(before);
    // Cells stay writable: structure protection is not sheet protection.
    await double.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('B1').values = [['y']];
      await ctx.sync();
    });
    lockStructure(double.state, false);
    await double.run(async (ctx) => {
      ctx.workbook.worksheets.add('C');
      await ctx.sync();
    });
    expect(double.state.sheets.map((s) => s.name)).toEqual(['A', 'B', 'C']);
  });
});
