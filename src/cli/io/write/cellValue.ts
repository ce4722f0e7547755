import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../core/cells';
import type { ModelCell, SheetLink } from '../../../core/report/sheetModel';
import { quoteSheetName } from './names';

/**
 * Text exactly as given: Excel would read `_x0041_` in stored text as an escape, so a literal one
 * is itself escaped (`_x005F_x0041_`). exceljs always stores strings as text, never formulas.
 */
export function excelText(text: string): string {
  return text.replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`);
}

/** The in-workbook hyperlink target, e.g. `#'成员 名单'!A5`. */
export function linkTarget(link: SheetLink): string {
  return `#${quoteSheetName(link.sheet)}!${columnLetter(link.col ?? 1)}${link.row}`;
}

/**
 * The exceljs value for a model cell: a formula with no cached result (so Excel and LibreOffice
 * compute it), a value, or a value with an in-workbook link. Undefined when the cell is empty.
 */
export function excelValue(cell: ModelCell, where: string): ExcelJS.CellValue | undefined {
  if (cell.formula !== undefined && cell.link) {
    throw new Error(
      `Cell ${where} has both a formula and a link; Excel cells hold one or the other`,
    );
  }
  if (cell.formula !== undefined) return { formula: cell.formula.replace(/^=/, '') };
  const value = cell.value;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error(`Cell ${where}: ${value} cannot be written to Excel`);
  }
  if (cell.link) {
    const text = value === undefined || value === null ? cell.link.sheet : String(value);
    return { text: excelText(text), hyperlink: linkTarget(cell.link) };
  }
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? excelText(value) : value;
}
