import { addressLists, areaAddress, quoteSheet, sheetCellAddress } from '../../src/excel/address';
import { columnRuns, estimateRowBytes } from '../../src/excel/blockPlan';
import { blockRows, emptyTail, runBytes } from '../../src/excel/blockRows';
import { learn, newCursor, nextBatch } from '../../src/excel/readCursor';
import { jsonBytes } from '../excel-double/size';
import {
  isMarkFormula,
  markFormula,
  mergeRows,
  ownerFormula,
  parseOwner,
} from '../../src/core/marks';
import { withCellEditRetry } from '../../src/excel/retry';
import { uniqueSheetName } from '../../src/core/report/names';
import { confirmErrors, looksLikeError, toCellValue } from '../../src/excel/values';
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

  it('keeps every batch within the limits and ends a batch where a sheet goes on', () => {
    const limits = { bytes: 10_000, cells: 900 };
    const ws = {} as Excel.Worksheet;
    const sample = [['张三', 1, 'x', 'y', 88]];
    const small = newCursor('小', ws, [1, 2], { first: 61, last: 70 }, sample);
    const big = newCursor('大', ws, [1, 2, 5], { first: 61, last: 1000 }, sample);
    const seen: number[] = [];
    for (let guard = 0; guard < 100; guard++) {
      const batch = nextBatch([small, big], limits);
      if (batch.length === 0) break;
      let bytes = 0;
      let cells = 0;
      for (const p of batch) {
        bytes += (p.r2 - p.r1 + 1) * p.cursor.rowBytes;
        cells += (p.r2 - p.r1 + 1) * p.cursor.width;
        for (let r = p.r1; r <= p.r2; r++) seen.push(r);
        p.cursor.next = p.r2 + 1;
      }
      expect(bytes).toBeLessThanOrEqual(limits.bytes);
      expect(cells).toBeLessThanOrEqual(limits.cells);
      // Only the last piece of a batch may stop before its sheet's end.
      batch.slice(0, -1).forEach((p) => expect(p.r2).toBe(p.cursor.last));
    }
    expect(big.runs).toEqual([
      [1, 2],
      [5, 5],
    ]);
    expect(seen).toHaveLength(10 + 940);
    expect(new Set(seen).size).toBe(940);
  });

  it('sizes later blocks from the bytes the last block took, never below the head', () => {
    const c = newCursor('S', {} as Excel.Worksheet, [1], { first: 2, last: 100 }, [['abcdefgh']]);
    learn(c, 100, 100_000);
    expect(c.rowBytes).toBe(1200);
    learn(c, 100, 0);
    expect(c.rowBytes).toBe(c.floorBytes);
    expect(c.floorBytes).toBeGreaterThan(0);
  });

  it('puts runs back at their columns, finds the empty tail, and counts the bytes', () => {
    const runs = [
      {
        c1: 2,
        values: [
          ['a', 1],
          ['', ''],
          ['', ''],
        ],
      },
      { c1: 6, values: [[{ error: '#N/A' }], ['#N/A'], ['']] },
    ];
    const rows: [number, unknown[]][] = [];
    blockRows(10, runs, (n, row) => rows.push([n, [...row]]));
    expect(rows[0]).toEqual([10, [undefined, 'a', 1, undefined, undefined, { error: '#N/A' }]]);
    // '#N/A typed as text stays text: only a confirmed error is an error.
    expect(rows[1]?.[1][5]).toBe('#N/A');
    expect(rows.map(([n]) => n)).toEqual([10, 11, 12]);
    expect(emptyTail(runs)).toBe(1);
    const exact = runs.reduce((n, r) => n + jsonBytes(r.values), 0);
    expect(runBytes(runs)).toBeGreaterThanOrEqual(exact * 0.8);
    expect(runBytes(runs)).toBeLessThanOrEqual(exact * 1.3);
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

  it('hands the core nulls for empty cells and CellErrors for errors Excel typed as errors', () => {
    expect([
      toCellValue(''),
      toCellValue('#N/A'),
      toCellValue('#N/A', 'Error'),
      toCellValue('#N/A', 'String'),
      toCellValue({ error: '#DIV/0!' }),
      toCellValue('#x'),
      toCellValue(0),
      toCellValue(false),
    ]).toEqual([null, '#N/A', { error: '#N/A' }, '#N/A', { error: '#DIV/0!' }, '#x', 0, false]);
    expect(looksLikeError('#N/A')).toBe(true);
    expect(looksLikeError('#x')).toBe(false);
    expect(
      confirmErrors(
        [
          ['#N/A', '#N/A'],
          [1, ''],
        ],
        [
          ['Error', 'String'],
          ['Double', 'Empty'],
        ],
      ),
    ).toEqual([
      [{ error: '#N/A' }, '#N/A'],
      [1, ''],
    ]);
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
