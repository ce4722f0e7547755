import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../core/cells';
import type { ModelCell, ModelSheet } from '../../../core/report/sheetModel';
import { excelStyle } from './cellStyle';
import { excelValue } from './cellValue';
import { inTable } from './tables';

function extent(sheet: ModelSheet): { lastRow: number; lastCol: number } {
  let lastRow = sheet.rows.length;
  let lastCol = 0;
  for (const row of sheet.rows) lastCol = Math.max(lastCol, row.length);
  for (const t of sheet.tables ?? []) {
    lastRow = Math.max(lastRow, t.headerRow + Math.max(t.rowCount, 1));
    lastCol = Math.max(lastCol, t.firstCol + t.columnCount - 1);
  }
  for (const key of Object.keys(sheet.rowStyles ?? {})) lastRow = Math.max(lastRow, Number(key));
  return { lastRow, lastCol };
}

function assertLink(cell: ModelCell, sheetNames: ReadonlySet<string>, where: string): void {
  // A `!` in the target sheet's name would make exceljs drop the link's location.
  if (
    cell.link &&
    (!sheetNames.has(cell.link.sheet) || cell.link.row < 1 || cell.link.sheet.includes('!'))
  ) {
    throw new Error(`Cell ${where} cannot link to "${cell.link.sheet}" row ${cell.link.row}`);
  }
}

/**
 * Writes every cell's value or formula and look; `rowStyles` fill their row across all used
 * columns and table areas get thin borders, so those cells are written even when empty.
 */
export function writeSheetCells(
  ws: ExcelJS.Worksheet,
  sheet: ModelSheet,
  sheetNames: ReadonlySet<string>,
): void {
  const { lastRow, lastCol } = extent(sheet);
  const tables = sheet.tables ?? [];
  for (let r = 1; r <= lastRow; r++) {
    const cells = sheet.rows[r - 1] ?? [];
    const rowStyle = sheet.rowStyles?.[r];
    for (let c = 1; c <= lastCol; c++) {
      const cell = cells[c - 1];
      const bordered = tables.some((t) => inTable(t, r, c));
      if (!cell && !rowStyle && !bordered) continue;
      const target = ws.getCell(r, c);
      if (cell) {
        const where = `'${sheet.name}'!${columnLetter(c)}${r}`;
        assertLink(cell, sheetNames, where);
        const value = excelValue(cell, where);
        if (value !== undefined) target.value = value;
      }
      const style = excelStyle({
        style: cell?.style,
        rowStyle,
        numFmt: cell?.numFmt,
        link: cell?.link !== undefined && cell.formula === undefined,
        wrap: cell?.wrap,
        align: cell?.align,
        bordered,
      });
      if (style) target.style = style;
    }
  }
}
