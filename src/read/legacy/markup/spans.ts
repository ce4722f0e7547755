import { FormatError } from '../../errors';

/**
 * Which cells a merged area from an earlier row covers (HTML rowspan, XML 2003 ss:MergeDown), so
 * a later row's cells land in the columns Excel puts them in. One number per column: the last row
 * it is covered to. Columns beyond `maxCols` are refused, never allocated.
 */
export class SpanTracker {
  private readonly coveredTo: number[] = [];

  /** A tracker for columns 1..maxCols. */
  constructor(
    private readonly maxRows: number,
    private readonly maxCols: number,
  ) {}

  /** The first column at or after `col` that no earlier merge covers in `row`. */
  free(row: number, col: number): number {
    let c = col;
    while ((this.coveredTo[c] ?? 0) >= row) c++;
    this.check(row, c);
    return c;
  }

  /** Marks `cols` columns from `col` as covered down to row `row + rows - 1`. */
  cover(row: number, col: number, rows: number, cols: number): void {
    this.check(row, col + cols - 1);
    const last = row + rows - 1;
    for (let c = col; c < col + cols; c++)
      this.coveredTo[c] = Math.max(this.coveredTo[c] ?? 0, last);
  }

  /** Refuses a row or column beyond the format's grid. */
  check(row: number, col: number): void {
    if (row > this.maxRows || col > this.maxCols)
      throw new FormatError(`cell ${row},${col} beyond the grid`, 'io.legacy.tooBig', {
        rows: this.maxRows,
        cols: this.maxCols,
      });
  }
}
