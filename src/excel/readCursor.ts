import type { Row } from '../core/cells';
import { columnRuns, estimateRowBytes, type ReadLimits } from './blockPlan';

/** Rows of the data read so far and to come, for one needed sheet. */
export interface Cursor {
  readonly sheet: string;
  readonly ws: Excel.Worksheet;
  readonly runs: readonly (readonly [number, number])[];
  /** Cells per row (the needed columns). */
  readonly width: number;
  /** Next row to read, and the last row worth reading (both move when a probe finds the data). */
  next: number;
  last: number;
  /** Response bytes one row is expected to take: first from the head, then from the blocks read. */
  rowBytes: number;
  /** The head's mean row: the estimate never drops below it (an empty block says little). */
  readonly floorBytes: number;
}

/** Measured bytes are scaled by this before they size the next block. */
const MARGIN = 1.2;

function meanRowBytes(sample: readonly Row[], cols: readonly number[]): number {
  if (sample.length === 0) return 4 * cols.length;
  const mean = sample.reduce((n, row) => n + estimateRowBytes([row], cols), 0) / sample.length;
  return Math.max(4 * cols.length, Math.round(mean / 1.5));
}

/** A cursor over rows first..last of a sheet's needed columns, sized from the head's rows. */
export function newCursor(
  sheet: string,
  ws: Excel.Worksheet,
  cols: readonly number[],
  rows: { readonly first: number; readonly last: number },
  sample: readonly Row[],
): Cursor {
  return {
    sheet,
    ws,
    runs: columnRuns(cols),
    width: cols.length,
    next: rows.first,
    last: rows.last,
    rowBytes: estimateRowBytes(sample, cols),
    floorBytes: meanRowBytes(sample, cols),
  };
}

/** Sizes the cursor's next blocks from what the last block really cost. */
export function learn(cursor: Cursor, rows: number, bytes: number): void {
  if (rows > 0) cursor.rowBytes = Math.max(cursor.floorBytes, (bytes / rows) * MARGIN);
}

/** Rows of this cursor that fit in what is left of a sync's limits. */
export function rowsThatFit(cursor: Cursor, limits: ReadLimits, bytes = 0, cells = 0): number {
  return Math.max(
    0,
    Math.min(
      Math.floor((limits.bytes - bytes) / cursor.rowBytes),
      Math.floor((limits.cells - cells) / cursor.width),
    ),
  );
}

/** One cursor's rows in a batch. */
export interface Piece {
  readonly cursor: Cursor;
  readonly r1: number;
  readonly r2: number;
}

/**
 * The next sync's pieces: rows of the sheets in order, as many as the limits allow; a sheet that
 * does not end within the batch ends it. The first piece takes at least one row.
 */
export function nextBatch(cursors: readonly Cursor[], limits: ReadLimits): Piece[] {
  const pieces: Piece[] = [];
  let bytes = 0;
  let cells = 0;
  for (const c of cursors) {
    if (c.next > c.last) continue;
    const fit = rowsThatFit(c, limits, bytes, cells);
    const rows = Math.min(c.last - c.next + 1, pieces.length === 0 ? Math.max(1, fit) : fit);
    if (rows < 1) break;
    pieces.push({ cursor: c, r1: c.next, r2: c.next + rows - 1 });
    bytes += rows * c.rowBytes;
    cells += rows * c.width;
    if (c.next + rows <= c.last) break;
  }
  return pieces;
}

/** Syncs still needed at the current estimates (for the progress bar's total). */
export function batchesLeft(cursors: readonly Cursor[], limits: ReadLimits): number {
  let n = 0;
  for (const c of cursors) {
    const rows = c.last - c.next + 1;
    if (rows > 0) n += rows / Math.max(1, rowsThatFit(c, limits));
  }
  return Math.ceil(n);
}
