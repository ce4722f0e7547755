import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../core/cells';
import type { ModelSheet, ModelTable } from '../../../core/report/sheetModel';
import { isValidTableName } from './names';

/** Whether (row, col) lies in a table's header or data rows; an empty table keeps one blank row. */
export function inTable(table: ModelTable, row: number, col: number): boolean {
  return (
    col >= table.firstCol &&
    col < table.firstCol + table.columnCount &&
    row >= table.headerRow &&
    row <= table.headerRow + Math.max(table.rowCount, 1)
  );
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'text' in value && typeof value.text === 'string')
    return value.text;
  return typeof value === 'object' ? '' : String(value);
}

/** Header names Excel accepts: non-empty and unique ignoring case (`名称`, `名称2`, …). */
function headerNames(ws: ExcelJS.Worksheet, table: ModelTable): string[] {
  const seen = new Set<string>();
  return Array.from({ length: table.columnCount }, (_, j) => {
    const base =
      cellText(ws.getCell(table.headerRow, table.firstCol + j).value).trim() || `列${j + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function assertTable(table: ModelTable, sheet: string, used: Set<string>): void {
  if (!isValidTableName(table.name)) {
    throw new Error(`Invalid table name "${table.name}" on sheet "${sheet}" (use toTableName)`);
  }
  if (used.has(table.name.toLowerCase())) throw new Error(`Table name "${table.name}" used twice`);
  if (table.headerRow < 1 || table.firstCol < 1 || table.columnCount < 1 || table.rowCount < 0) {
    throw new Error(`Table "${table.name}" on sheet "${sheet}" has an impossible range`);
  }
  used.add(table.name.toLowerCase());
}

/**
 * Turns each model table into an Excel table (ListObject) with filter buttons over the cells
 * already written. Excel needs at least one data row, so an empty table gets one blank row.
 */
export function addTables(ws: ExcelJS.Worksheet, sheet: ModelSheet, usedNames: Set<string>): void {
  for (const table of sheet.tables ?? []) {
    assertTable(table, sheet.name, usedNames);
    const names = headerNames(ws, table);
    const rows = Array.from({ length: Math.max(table.rowCount, 1) }, (_, i) =>
      names.map(
        (_name, j) => ws.getCell(table.headerRow + 1 + i, table.firstCol + j).value ?? null,
      ),
    );
    ws.addTable({
      name: table.name,
      ref: `${columnLetter(table.firstCol)}${table.headerRow}`,
      headerRow: true,
      totalsRow: false,
      // No table style: the cells' own fills and borders are the look; Excel's theme would fight them.
      style: {
        theme: null as unknown as NonNullable<ExcelJS.TableStyleProperties['theme']>,
        showRowStripes: false,
      },
      // A line break in a column name must be escaped as Excel does, or it becomes a space.
      columns: names.map((name) => ({
        name: name.replace(/\r?\n/g, '_x000a_'),
        filterButton: true,
      })),
      rows,
    });
    names.forEach((name, j) => {
      ws.getCell(table.headerRow, table.firstCol + j).value = name;
    });
  }
}
