import type { Row } from '../core/cells';

/** What one sync may read: well under Excel's 5 MB response and 5,000,000-cell limits. */
export interface ReadLimits {
  readonly bytes: number;
  readonly cells: number;
}

export const READ_LIMITS: ReadLimits = { bytes: 3_000_000, cells: 1_000_000 };

/** One sheet's rows still to read, and the columns the check needs from it. */
export interface SheetReadPlan {
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: readonly number[];
  /** Estimated response bytes of one row of those columns. */
  readonly rowBytes: number;
}

/** Rows r1..r2 of a sheet, read as one range per run of adjacent needed columns. */
export interface Block {
  readonly sheet: string;
  readonly r1: number;
  readonly r2: number;
  readonly runs: readonly (readonly [number, number])[];
  readonly bytes: number;
  readonly cells: number;
}

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
 * sheet's head): the longest value of each column, with a margin. A block that still turns out too
 * large is split and read again, so the estimate only decides how many rows to try at once.
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

/** Cuts each sheet's rows into blocks that fit the limits. */
export function planBlocks(
  sheets: readonly SheetReadPlan[],
  limits: ReadLimits = READ_LIMITS,
): Block[] {
  const blocks: Block[] = [];
  for (const s of sheets) {
    if (s.columns.length === 0 || s.lastRow < s.firstRow) continue;
    const runs = columnRuns(s.columns);
    const perBlock = Math.max(
      1,
      Math.min(Math.floor(limits.bytes / s.rowBytes), Math.floor(limits.cells / s.columns.length)),
    );
    for (let r1 = s.firstRow; r1 <= s.lastRow; r1 += perBlock) {
      const r2 = Math.min(s.lastRow, r1 + perBlock - 1);
      const rows = r2 - r1 + 1;
      blocks.push({
        sheet: s.sheet,
        r1,
        r2,
        runs,
        bytes: rows * s.rowBytes,
        cells: rows * s.columns.length,
      });
    }
  }
  return blocks;
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
