import {
  addressLists,
  areaAddress,
  mergeRows,
  quoteSheet,
  sheetCellAddress,
} from '../../src/excel/address';
import { columnRuns, estimateRowBytes, packBatches, planBlocks } from '../../src/excel/blockPlan';
import { isMarkFormula, markFormula, ownerFormula, parseOwner } from '../../src/excel/marks';
import { withCellEditRetry } from '../../src/excel/retry';
import { uniqueSheetName } from '../../src/excel/sheetNames';
import { toCellValue } from '../../src/excel/values';
import { parseA1 } from '../excel-double/a1';

describe('addresses', () => {
  it("quotes any sheet name safely, including ' [ ] and spaces", () => {
    expect(quoteSheet("Bob's [x] 名单")).toBe("'Bob''s [x] 名单'");
    expect(sheetCellAddress("it's", 5, 3)).toBe("'it''s'!C5");
    expect(parseA1(sheetCellAddress("a'b c", 9))).toEqual({
      sheet: "a'b c",
      rect: { r1: 9, c1: 1, r2: 9, c2: 1 },
    });
  });

  it('merges consecutive rows and splits lists under the limit', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      r1: 2 * i + 1,
      c1: 1,
      r2: 2 * i + 1,
      c2: 9,
    }));
    const lists = addressLists(rows, 8000);
    expect(lists.every((l) => l.length <= 8000)).toBe(true);
    expect(lists.join(',').split(',')).toHaveLength(3000);
    expect(
      mergeRows([
        { r1: 5, c1: 1, r2: 5, c2: 3 },
        { r1: 6, c1: 1, r2: 6, c2: 3 },
        { r1: 8, c1: 1, r2: 8, c2: 3 },
      ]).map((a) => areaAddress(a.r1, a.c1, a.r2, a.c2)),
    ).toEqual(['A5:C6', 'A8:C8']);
  });
});

describe('block planning', () => {
  it('reads runs of adjacent columns', () => {
    expect(columnRuns([9, 2, 3, 4, 4])).toEqual([
      [2, 4],
      [9, 9],
    ]);
  });

  it('keeps every block and batch within the limits', () => {
    const limits = { bytes: 10_000, cells: 900 };
    const blocks = planBlocks(
      [{ sheet: 'S', firstRow: 61, lastRow: 1000, columns: [1, 2, 5], rowBytes: 40 }],
      limits,
    );
    expect(blocks[0]).toMatchObject({
      r1: 61,
      runs: [
        [1, 2],
        [5, 5],
      ],
    });
    expect(blocks.at(-1)?.r2).toBe(1000);
    expect(blocks.every((b) => b.bytes <= limits.bytes && b.cells <= limits.cells)).toBe(true);
    expect(
      packBatches(blocks, limits).every(
        (batch) => batch.reduce((n, b) => n + b.cells, 0) <= limits.cells,
      ),
    ).toBe(true);
  });

  it('estimates from the longest values seen', () => {
    expect(estimateRowBytes([['张三丰', 'x']], [1])).toBeGreaterThan(
      estimateRowBytes([['ab', 'x']], [1]),
    );
  });
});

describe('markers and values', () => {
  it('recognises only the product marks, per run when asked', () => {
    expect(isMarkFormula(markFormula('pending', 'abc'))).toBe(true);
    expect(isMarkFormula(markFormula('pending', 'abc'), 'abc')).toBe(true);
    expect(isMarkFormula(markFormula('pending', 'abc'), 'ab')).toBe(false);
    expect(isMarkFormula('=TRUE')).toBe(false);
    expect(parseOwner(ownerFormula('report:report', 'k1').slice(2, -1))).toEqual({
      key: 'report:report',
      token: 'k1',
    });
    expect(parseOwner('检查报告')).toBeUndefined();
  });

  it('hands the core nulls for empty cells and CellErrors for errors', () => {
    expect([
      toCellValue(''),
      toCellValue('#N/A'),
      toCellValue('#x'),
      toCellValue(0),
      toCellValue(false),
    ]).toEqual([null, { error: '#N/A' }, '#x', 0, false]);
  });

  it('picks 检查报告 (2) when the teacher has 检查报告, within 31 characters', () => {
    const taken = new Set(['检查报告']);
    expect(uniqueSheetName('检查报告', taken)).toBe('检查报告 (2)');
    expect(uniqueSheetName('检查报告', taken)).toBe('检查报告 (3)');
    expect(uniqueSheetName('a:b/c'.padEnd(40, 'x'), new Set()).length).toBeLessThanOrEqual(31);
  });
});

describe('cell-edit retry', () => {
  it('waits longer each time and gives up with the message', async () => {
    const waits: number[] = [];
    const busy = Object.assign(new Error('busy'), { code: 'InvalidOperationInCellEditMode' });
    const always = withCellEditRetry(() => Promise.reject(busy), {
      attempts: 3,
      delayMs: 100,
      sleep: (ms) => Promise.resolve(void waits.push(ms)),
    });
    await expect(always).rejects.toMatchObject({ messageKey: 'excel.cellEditMode' });
    expect(waits).toEqual([100, 200]);
    let n = 0;
    await expect(
      withCellEditRetry(() => (++n < 2 ? Promise.reject(busy) : Promise.resolve('ok')), {
        sleep: () => Promise.resolve(),
      }),
    ).resolves.toBe('ok');
  });
});
