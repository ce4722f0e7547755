import type { CellValue } from '../cells';
import type { SheetHead } from '../tables';

/** A sheet head from literal rows, as a reader would hand it over. */
export function sheet(
  name: string,
  rows: (CellValue | undefined)[][],
  firstRow?: number,
): SheetHead {
  return { sheet: name, rows, ...(firstRow !== undefined ? { firstRow } : {}) };
}
