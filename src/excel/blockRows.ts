import type { Row } from '../core/cells';
import { toCellValue } from './values';

/** One column run of a block as `Range.values` gave it: `values[i][j]` is row r1 + i, column c1 + j. */
export interface RunValues {
  readonly c1: number;
  readonly values: readonly (readonly unknown[])[];
}

/**
 * Turns a block's runs back into sheet rows (index 0 = column A, columns not read left undefined)
 * and hands them over top to bottom. Pure, so the pane's worker runs it as well as this thread.
 */
export function blockRows(
  r1: number,
  runs: readonly RunValues[],
  take: (rowNumber: number, row: Row) => void,
): void {
  const count = runs.reduce((n, run) => Math.max(n, run.values.length), 0);
  for (let i = 0; i < count; i++) {
    const row: (Row[number] | undefined)[] = [];
    for (const { c1, values } of runs) {
      const line = values[i];
      if (line) for (let j = 0; j < line.length; j++) row[c1 - 1 + j] = toCellValue(line[j]);
    }
    take(r1 + i, row);
  }
}

/** Rows at the bottom of a block where every cell read is empty (Office.js gives ""). */
export function emptyTail(runs: readonly RunValues[]): number {
  const count = runs.reduce((n, run) => Math.max(n, run.values.length), 0);
  let tail = 0;
  for (let i = count - 1; i >= 0; i--) {
    const filled = runs.some((run) =>
      (run.values[i] ?? []).some((v) => v !== '' && v !== null && v !== undefined),
    );
    if (filled) break;
    tail++;
  }
  return tail;
}

function utf8(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

/**
 * About the bytes Excel sent for these runs (their JSON): measured on every block so the next one
 * is sized from real rows, not from the head's sample. Quotes and escapes are counted roughly.
 */
export function runBytes(runs: readonly RunValues[]): number {
  let n = 0;
  for (const { values } of runs)
    for (const line of values) {
      n += 3;
      for (const v of line)
        n += typeof v === 'string' ? utf8(v) + 3 : typeof v === 'number' ? String(v).length + 1 : 6;
    }
  return n;
}
