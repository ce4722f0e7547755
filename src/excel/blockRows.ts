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

/** Rows measured per row counted: sizing needs the mean row, not every row's length. */
const SAMPLE_EVERY = 8;

/**
 * About the bytes Excel sent for these runs (their JSON), from every 8th row scaled up: measured
 * on every block so the next one is sized from real rows, not from the head's sample, at an
 * eighth of the cost of walking the whole block on the pane's thread.
 */
export function runBytes(runs: readonly RunValues[]): number {
  let n = 0;
  for (const { values } of runs) {
    let sampled = 0;
    let bytes = 0;
    for (let i = 0; i < values.length; i += SAMPLE_EVERY) {
      sampled++;
      bytes += 3;
      for (const v of values[i]!)
        bytes +=
          typeof v === 'string' ? utf8(v) + 3 : typeof v === 'number' ? String(v).length + 1 : 6;
    }
    if (sampled > 0) n += (bytes * values.length) / sampled;
  }
  return Math.round(n);
}
