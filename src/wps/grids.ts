import type { CellValue, Row } from '../core/cells';
import type { SheetGrid } from '../core/tables';
import { a1 } from './address';
import type { SheetInfo } from './inventory';
import { HEAD_COLS } from './read';
import { nextTask } from './tick';
import { blockOf } from './values';

/** Rows per Value2 call: the product's own forms are a few dozen rows, a big one still reads in blocks. */
const GRID_ROWS = 500;

/**
 * Whole sheets as grids of values (formulas as WPS computed them), for the product's own small
 * sheets (filled appraisal forms). `rows[i]` is always row i + 1: rows above the used range are
 * empty, and columns left of it are left undefined.
 */
export async function readGrids(sheets: readonly SheetInfo[], file?: string): Promise<SheetGrid[]> {
  const grids: SheetGrid[] = [];
  for (const info of sheets) {
    const rows: Row[] = [];
    const used = info.used;
    if (used) {
      for (let r = 1; r <= used.r2; r++) rows.push([]);
      const c2 = Math.min(used.c2, used.c1 + HEAD_COLS - 1);
      for (let r1 = used.r1; r1 <= used.r2; r1 += GRID_ROWS) {
        const r2 = Math.min(used.r2, r1 + GRID_ROWS - 1);
        const value = info.ws.Range(a1({ r1, c1: used.c1, r2, c2 })).Value2;
        blockOf(value, r2 - r1 + 1, c2 - used.c1 + 1).forEach((cells, i) => {
          const row: (CellValue | undefined)[] = [];
          cells.forEach((v, j) => (row[used.c1 - 1 + j] = v));
          rows[r1 - 1 + i] = row;
        });
        await nextTask();
      }
    }
    grids.push({
      ...(file !== undefined ? { file } : {}),
      sheet: info.name,
      rows,
      ...(info.visible ? {} : { hidden: true }),
    });
  }
  return grids;
}
