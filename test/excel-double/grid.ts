import type { CellValue, Row } from '../../src/core/cells';
import type { SheetGrid } from '../../src/core/tables';
import { cellAt, usedRect, type SheetState, type WorkbookState } from './state';

/** A cell as the core sees it: errors as CellError, empty as null. */
export function coreValue(sheet: SheetState, row: number, col: number): CellValue {
  const c = cellAt(sheet, row, col);
  if (!c || c.value === null || c.value === '') return null;
  if (c.error) return { error: String(c.value) };
  return c.value;
}

/** The whole sheet as a SheetGrid from row 1 (what an in-memory reader would hand the core). */
export function sheetGrid(sheet: SheetState): SheetGrid {
  const used = usedRect(sheet, true);
  const rows: Row[] = [];
  if (used)
    for (let row = 1; row <= used.r2; row++) {
      const line: CellValue[] = [];
      for (let col = 1; col <= used.c2; col++) line.push(coreValue(sheet, row, col));
      rows.push(line);
    }
  return { sheet: sheet.name, rows, ...(sheet.visibility !== 'Visible' ? { hidden: true } : {}) };
}

/** Every sheet of the workbook as grids, in tab order. */
export function workbookGrids(wb: WorkbookState): SheetGrid[] {
  return wb.sheets.map(sheetGrid);
}
