import { columnLetter, type CellValue } from '../../../../src/core/cells';
import type { WorkbookCells } from './sheetCells';

function same(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a === undefined || a === null) return b === undefined || b === null;
  if (b === undefined || b === null) return false;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (typeof a === 'object' || typeof b === 'object') {
    return typeof a === 'object' && typeof b === 'object' && a.error === b.error;
  }
  return Object.is(a, b);
}

function show(value: CellValue | undefined): string {
  if (value instanceof Date) return `Date(${value.toISOString()})`;
  return value === undefined ? 'empty' : JSON.stringify(value);
}

/**
 * Every difference between two readings of one workbook, as `sheet!A1: ours … / exceljs …` lines:
 * sheet names, order and hidden state, then every cell of every row either reader saw.
 */
export function differences(ours: WorkbookCells, theirs: WorkbookCells): string[] {
  const out: string[] = [];
  const count = Math.max(ours.sheets.length, theirs.sheets.length);
  for (let s = 0; s < count; s++) {
    const a = ours.sheets[s];
    const b = theirs.sheets[s];
    if (!a || !b || a.name !== b.name || a.hidden !== b.hidden) {
      out.push(
        `sheet ${s + 1}: ours ${JSON.stringify(a && [a.name, a.hidden])} / exceljs ${JSON.stringify(b && [b.name, b.hidden])}`,
      );
      continue;
    }
    const rows = [...new Set([...a.rows.keys(), ...b.rows.keys()])].sort((x, y) => x - y);
    for (const row of rows) {
      const ra = a.rows.get(row) ?? [];
      const rb = b.rows.get(row) ?? [];
      for (let c = 0; c < Math.max(ra.length, rb.length); c++) {
        if (!same(ra[c], rb[c]))
          out.push(
            `${a.name}!${columnLetter(c + 1)}${row}: ours ${show(ra[c])} / exceljs ${show(rb[c])}`,
          );
      }
    }
  }
  return out;
}
