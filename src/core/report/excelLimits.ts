import type { Issue } from '../issue';
import { columnLetter } from '../cells';
import type { ModelCell, ModelSheet } from './sheetModel';

/** Excel's last column (XFD): no sheet the report writes may reach past it. */
export const MAX_COLUMNS = 16_384;
/** The most characters (UTF-16 units) one Excel cell holds; Excel and exceljs refuse more. */
export const MAX_CELL_CHARS = 32_767;

/** `text` cut to Excel's limit, never between the two halves of a surrogate pair. */
function cutText(text: string): string {
  const high = text.charCodeAt(MAX_CELL_CHARS - 1);
  const end = high >= 0xd800 && high <= 0xdbff ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS;
  return text.slice(0, end);
}

/** One cell whose text was cut: 1-based row and column, and its length before the cut. */
export interface CutCell {
  readonly row: number;
  readonly col: number;
  readonly length: number;
}

/**
 * The sheet with every text longer than Excel's cell limit cut to it (both writers would otherwise
 * fail or disagree), and where it cut. The sheet comes back unchanged when nothing was too long.
 */
export function fitCellText(sheet: ModelSheet): { sheet: ModelSheet; cut: CutCell[] } {
  const cut: CutCell[] = [];
  const rows = sheet.rows.map((cells, r) => {
    if (!cells.some((c) => typeof c?.value === 'string' && c.value.length > MAX_CELL_CHARS)) {
      return cells;
    }
    return cells.map((cell, c): ModelCell | undefined => {
      const value = cell?.value;
      if (!cell || typeof value !== 'string' || value.length <= MAX_CELL_CHARS) return cell;
      cut.push({ row: r + 1, col: c + 1, length: value.length });
      return { ...cell, value: cutText(value) };
    });
  });
  return { sheet: cut.length === 0 ? sheet : { ...sheet, rows }, cut };
}

/** The data note for each cut cell of sheet `name`. */
export function cutNotes(name: string, cut: readonly CutCell[]): Issue[] {
  return cut.map((c) => ({
    severity: 'warning',
    messageKey: 'report.note.cellCut',
    params: { sheet: name, cell: `${columnLetter(c.col)}${c.row}`, length: c.length },
  }));
}
