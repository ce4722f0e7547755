import type { Row } from '../core/cells';

/** What one sync may read: well under Excel's 5 MB response and 5,000,000-cell limits. */
export interface ReadLimits {
  readonly bytes: number;
  readonly cells: number;
}

/**
 * 2 MB a sync: well inside Excel on the web's 5 MB even when a block runs long against its
 * estimate, and small enough that taking a block in (the response parsed, the rows handed to the
 * engine) stays a short task on the pane's thread; a million cells caps narrow numeric columns.
 */
export const READ_LIMITS: ReadLimits = { bytes: 2_000_000, cells: 1_000_000 };

/** Adjacent columns grouped: [2,3,4,9] → [[2,4],[9,9]]. */
export function columnRuns(cols: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const c of [...cols].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else if (!last || c > last[1]) runs.push([c, c]);
  }
  return runs;
}

function jsonLength(v: unknown): number {
  const s = JSON.stringify(v === null || v === undefined ? '' : v) ?? '';
  let n = 0;
  for (let i = 0; i < s.length; i++) n += s.charCodeAt(i) < 0x80 ? 1 : 3;
  return n;
}

/**
 * Bytes one row of `cols` is likely to take in the response, from the rows already seen (the
 * sheet's head): the longest value of each column, with a margin. It sizes only a sheet's first
 * block; later blocks are sized from what the previous one really took (readCursor.ts).
 */
export function estimateRowBytes(sample: readonly Row[], cols: readonly number[]): number {
  let total = 2 * columnRuns(cols).length;
  for (const c of cols) {
    let longest = 2;
    for (const row of sample) longest = Math.max(longest, jsonLength(row[c - 1]));
    total += Math.ceil(longest * 1.5) + 1;
  }
  return total;
}

/** Groups consecutive items into batches within the limits (an item over them gets a batch alone). */
export function packBatches<T extends { readonly bytes: number; readonly cells: number }>(
  items: readonly T[],
  limits: ReadLimits = READ_LIMITS,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  let cells = 0;
  for (const item of items) {
    if (
      current.length > 0 &&
      (bytes + item.bytes > limits.bytes || cells + item.cells > limits.cells)
    ) {
      batches.push(current);
      current = [];
      bytes = 0;
      cells = 0;
    }
    current.push(item);
    bytes += item.bytes;
    cells += item.cells;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
