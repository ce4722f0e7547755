import type { CellValue } from '../core/cells';
import { isCellError } from '../core/cells';
import type { ModelCell, ModelSheet } from '../core/report/sheetModel';
import type { SheetGrid } from '../core/tables';

function modelCell(v: CellValue | undefined): ModelCell | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
  if (isCellError(v)) return { value: v.error };
  return { value: v };
}

/**
 * An imported sheet as a model the renderer writes: text stays text (IDs keep their zeros), dates
 * become ISO text the core reads back as dates, error values their text.
 */
export function gridModel(grid: SheetGrid): ModelSheet {
  const pad = Array.from({ length: (grid.firstRow ?? 1) - 1 }, () => []);
  return {
    name: grid.sheet,
    rows: [...pad, ...grid.rows.map((row) => Array.from(row, modelCell))],
  };
}
