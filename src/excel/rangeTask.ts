import type { Row } from '../core/cells';
import { areaAddress } from './address';
import type { ReadTask } from './readTasks';
import { toCellValue } from './values';

/** Rows r1..r2 of one sheet, read as one range per column run, handed over as sheet rows. */
export interface RangeRead {
  readonly ws: Excel.Worksheet;
  readonly sheet: string;
  readonly r1: number;
  readonly r2: number;
  readonly runs: readonly (readonly [number, number])[];
  readonly bytes: number;
  readonly cells: number;
}

/**
 * A read task over a block of rows: the values of each column run are placed at their columns
 * (index 0 = column A, other columns left undefined) and handed to `take` row by row. Heads are
 * small, so their value types come in the same sync: a typed '#N/A is text, not an error.
 */
export function rangeTask(read: RangeRead, take: (rowNumber: number, row: Row) => void): ReadTask {
  return {
    bytes: read.bytes,
    cells: read.cells,
    where: { sheet: read.sheet, row: read.r1 },
    queue: () => {
      const ranges = read.runs.map(([c1, c2]) => ({
        c1,
        range: read.ws.getRange(areaAddress(read.r1, c1, read.r2, c2)).load('values,valueTypes'),
      }));
      return () => {
        for (let i = 0; i <= read.r2 - read.r1; i++) {
          const row: (Row[number] | undefined)[] = [];
          for (const { c1, range } of ranges)
            (range.values[i] ?? []).forEach(
              (v: unknown, j) => (row[c1 - 1 + j] = toCellValue(v, range.valueTypes[i]?.[j])),
            );
          take(read.r1 + i, row);
        }
      };
    },
    split: () => {
      if (read.r1 === read.r2) return undefined;
      const mid = (read.r1 + read.r2) >> 1;
      const rows = read.r2 - read.r1 + 1;
      const part = (r1: number, r2: number): RangeRead => ({
        ...read,
        r1,
        r2,
        bytes: Math.ceil((read.bytes * (r2 - r1 + 1)) / rows),
        cells: Math.ceil((read.cells * (r2 - r1 + 1)) / rows),
      });
      return [rangeTask(part(read.r1, mid), take), rangeTask(part(mid + 1, read.r2), take)];
    },
  };
}
