import { columnLetter } from '../core/cells';
import type { Area } from '../core/marks';

/** A sheet name quoted for an address: always quoted, apostrophes doubled (safe for any name). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `B3`, or `B3:D7` for a block; rows and columns are 1-based. */
export function areaAddress(r1: number, c1: number, r2 = r1, c2 = c1): string {
  const a = `${columnLetter(c1)}${r1}`;
  return r1 === r2 && c1 === c2 ? a : `${a}:${columnLetter(c2)}${r2}`;
}

/** `'Sheet name'!B3`: an in-workbook hyperlink target. */
export function sheetCellAddress(sheet: string, row: number, col = 1): string {
  return `${quoteSheet(sheet)}!${areaAddress(row, col)}`;
}

/** Whole columns `C:C` / `C:E`. */
export function columnsAddress(c1: number, c2 = c1): string {
  return `${columnLetter(c1)}:${columnLetter(c2)}`;
}

/** The longest address string `getRanges` takes (Excel's limit is 8,192 characters). */
export const MAX_ADDRESS_LIST = 8_000;

/** Comma-separated address lists, each at most `max` characters. */
export function addressLists(areas: readonly Area[], max = MAX_ADDRESS_LIST): string[] {
  const lists: string[] = [];
  let current = '';
  for (const a of areas) {
    const text = areaAddress(a.r1, a.c1, a.r2, a.c2);
    if (current !== '' && current.length + 1 + text.length > max) {
      lists.push(current);
      current = '';
    }
    current = current === '' ? text : `${current},${text}`;
  }
  if (current !== '') lists.push(current);
  return lists;
}
