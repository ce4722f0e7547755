import { DoubleWorkbook, RichApiError } from '.';
import { MAX_ROWS } from './limits';

function workbook(): DoubleWorkbook {
  const double = DoubleWorkbook.fromSheets([{ name: '名单', rows: [['姓名']] }]);
  double.addGeneratedSheet({
    name: '成绩',
    rows: MAX_ROWS,
    cols: 19,
    value: (row, col) => (col === 13 ? null : row * 100 + col),
  });
  return double;
}

describe('a generated sheet', () => {
  it('reads computed values through loads and syncs, with the stored cells over them', async () => {
    const double = workbook();
    double.setCell('成绩', 'B5', { value: '改' });
    const got = await double.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('成绩');
      const range = ws.getRange('A4:C5').load('values');
      const used = ws.getUsedRange(true).load('address');
      expect(() => range.values).toThrow();
      await ctx.sync();
      return { values: range.values, used: used.address };
    });
    expect(got.values).toEqual([
      [401, 402, 403],
      [501, '改', 503],
    ]);
    expect(got.used).toBe('成绩!A:S');
  });

  it('finds the used cells inside a range, skipping a column that is always empty', async () => {
    const double = workbook();
    double.setCell('成绩', 'T900000', { value: 'x' });
    const found = await double.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('成绩');
      const empty = ws.getRange('M2:M1048576').getUsedRangeOrNullObject(true).load('address');
      const stray = ws.getRange('T2:U1048576').getUsedRangeOrNullObject(true).load('address');
      await ctx.sync();
      return { empty: empty.isNullObject, stray: stray.address };
    });
    expect(found).toEqual({ empty: true, stray: '成绩!T900000' });
  });

  it('enforces the cell and payload limits and counts real bytes', async () => {
    const double = workbook();
    const tooMany = double.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('成绩').getRange('A1:F1048576').load('values');
      await ctx.sync();
    });
    await expect(tooMany).rejects.toBeInstanceOf(RichApiError);
    double.resetStats();
    await double.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('成绩').getRange('A2:B3').load('values');
      await ctx.sync();
    });
    expect(double.stats.bytesRead).toBe(
      JSON.stringify([
        [201, 202],
        [301, 302],
      ]).length + 10,
    );
    expect(double.stats.cellsRead).toBe(4);
  });

  it('lets the page run between request and response when a round trip is set', async () => {
    const double = workbook();
    const order: string[] = [];
    double.roundTrip = () => new Promise((resolve) => setImmediate(resolve));
    const run = double.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('成绩').getRange('A2').load('values');
      await ctx.sync();
      order.push(`synced ${String(r.values[0]![0])}`);
    });
    order.push('free');
    await run;
    expect(order).toEqual(['free', 'synced 201']);
  });
});
