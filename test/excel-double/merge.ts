import { RichApiError } from './errors';
import { eachCell, intersect, type Rect } from './rect';
import { pruneCell, type SheetState } from './state';

/** Merges one rectangle like Excel: no overlap with other merges, and only the top-left value stays. */
export function mergeRect(sheet: SheetState, r: Rect): void {
  if (sheet.merges.some((m) => intersect(m, r)))
    throw new RichApiError('InvalidOperation', 'The range overlaps merged cells.');
  if (r.r1 === r.r2 && r.c1 === r.c2) return;
  eachCell(r, (row, col) => {
    if (row === r.r1 && col === r.c1) return;
    const c = sheet.cells.get(row)?.get(col);
    if (!c) return;
    c.value = null;
    delete c.formula;
    delete c.error;
    pruneCell(sheet, row, col);
  });
  sheet.merges.push({ ...r });
}
