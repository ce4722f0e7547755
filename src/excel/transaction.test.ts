import type { ModelCell, ModelSheet } from '../core/report/sheetModel';
import { DoubleWorkbook } from '../../test/excel-double';
import { writeTransaction } from './transaction';

/** A sheet large enough for many row chunks and look lists: 3,000 rows of text and numbers. */
function bigSheet(): ModelSheet {
  const rows = Array.from({ length: 3000 }, (_, i): ModelCell[] => [
    i % 3 === 0 ? { value: `学生${i}`, style: 'violation' } : { value: `学生${i}` },
    { value: i * 1.5 },
    { value: `第${i % 17}组`.repeat(20) },
  ]);
  return { name: '大表', rows, merges: ['A1:B1'], freeze: { rows: 1 } };
}

async function write(slice: () => Promise<void> | undefined): Promise<DoubleWorkbook> {
  const double = DoubleWorkbook.fromSheets([{ name: 'Sheet1', rows: [['x']] }]);
  await double.excelRun((ctx) =>
    writeTransaction(
      ctx,
      {
        token: 'T1',
        sheets: [{ model: bigSheet(), owner: 'model:大表', finalName: '大表' }],
        marks: [],
        replaceSheets: [],
        removeMarks: [],
        takenTables: new Set(),
      },
      slice,
    ),
  );
  return double;
}

describe('the write in time slices', () => {
  it('queues across task boundaries and still sends everything in the same syncs', async () => {
    let pauses = 0;
    const sliced = await write(() => {
      pauses++;
      return new Promise((resolve) => setTimeout(resolve, 0));
    });
    const whole = await write(() => undefined);
    expect(pauses).toBeGreaterThanOrEqual(5);
    expect(sliced.stats.syncs).toBe(whole.stats.syncs);
    expect(sliced.stats.syncs).toBeLessThanOrEqual(2);
    const seen = (wb: DoubleWorkbook) =>
      wb.snapshot().sheets.map((s) => ({ name: s.name, cells: s.cells, merges: s.merges }));
    expect(seen(sliced)).toEqual(seen(whole));
    // Every cell written but B1, which the merge A1:B1 covers.
    expect(Object.keys(seen(sliced)[1]?.cells ?? {})).toHaveLength(8999);
  });
});
