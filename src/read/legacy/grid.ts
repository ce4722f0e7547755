import { columnLetter, type CellValue } from '../../core/cells';
import type { SheetRowSink } from '../visitor';
import { FormatError } from '../errors';

/**
 * One sheet's cells as they arrive, in any order, handed to the sink row by row in row order,
 * as the .xlsx reader does: only rows with a value, gaps as null, trailing empties dropped.
 * Rows and columns beyond `limits` are refused with `io.legacy.tooBig` rather than allocated.
 */
export class SheetGrid {
  private readonly rows = new Map<number, CellValue[]>();

  /** A grid for rows 1..maxRows and columns 1..maxCols. */
  constructor(
    private readonly maxRows: number,
    private readonly maxCols: number,
  ) {}

  /**
   * Sets the cell at 1-based `row`, `col`; null and "" leave it empty. A second value for one
   * cell (two records for it in an .xls) is refused with `io.cellTwice`: Excel shows the last,
   * another program the first, and a check must not rest on either guess.
   */
  put(row: number, col: number, value: CellValue): void {
    if (value === null || value === '') return;
    if (row < 1 || col < 1 || row > this.maxRows || col > this.maxCols)
      throw new FormatError(`cell ${row},${col} beyond the sheet`, 'io.legacy.tooBig', {
        rows: this.maxRows,
        cols: this.maxCols,
      });
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = []));
    while (cells.length < col - 1) cells.push(null);
    const earlier = cells[col - 1];
    if (earlier !== undefined && earlier !== null)
      throw new FormatError(`cell ${row},${col} given twice`, 'io.cellTwice', {
        cell: `${columnLetter(col)}${row}`,
      });
    cells[col - 1] = value;
  }

  /** Sends the rows in order, then ends the sheet. */
  flush(sink: SheetRowSink): void {
    const numbers = [...this.rows.keys()].sort((a, b) => a - b);
    for (const n of numbers) sink.row(n, this.rows.get(n)!);
    this.rows.clear();
    sink.end();
  }
}
