/** Cells of written sheets as comparable text, from the double and from an .xlsx read by exceljs. */
import ExcelJS from 'exceljs';
import type { DoubleWorkbook } from '../excel-double';

export type CellMap = Record<string, string>;

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return `${typeof value}:${String(value)}`;
  const v = value as { richText?: { text: string }[]; error?: string };
  if (v.richText) return `string:${v.richText.map((r) => r.text).join('')}`;
  return `error:${v.error ?? JSON.stringify(value)}`;
}

/** A sheet of the double: `A1 → number:3` or `=SUM(…)`; empty cells left out. */
export function doubleCells(double: DoubleWorkbook, sheet: string): CellMap {
  const found = double.snapshot().sheets.find((s) => s.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet} in the double`);
  const out: CellMap = {};
  for (const [address, cell] of Object.entries(found.cells)) {
    const text = cell.formula ? `=${cell.formula.replace(/^=/, '')}` : shown(cell.value);
    if (text !== '') out[address] = text;
  }
  return out;
}

/** A sheet of an exceljs workbook in the same form; merged-over cells left out. */
export function xlsxCells(ws: ExcelJS.Worksheet): CellMap {
  const out: CellMap = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const text = cell.formula ? `=${cell.formula.replace(/^=/, '')}` : shown(cell.value);
      if (text !== '') out[cell.address] = text;
    }),
  );
  return out;
}

/** Table names of the double's sheets, by sheet. */
export function doubleTables(double: DoubleWorkbook): Record<string, string[]> {
  return Object.fromEntries(
    double
      .snapshot()
      .sheets.map((s) => [s.name, s.tables.map((t) => (t as { name: string }).name).sort()]),
  );
}
