import type { Row } from '../../cells';
import { SCAN_ROWS } from './formColumns';

const EMPTY: Row = [];

/**
 * A filled form's rows, kept so that nothing is sized by a row number the file states. A form is
 * read from its header (within the first SCAN_ROWS rows) down to the first empty row (readCopy),
 * so a row past a gap below that area can never be read: it is not kept, and a stray value at row
 * 1,048,576 costs one row, not a million empty ones.
 */
export class FormRows {
  private readonly held: Row[] = [];

  /** Adds Excel row `rowNumber` (1-based). */
  add(rowNumber: number, cells: Row): void {
    const index = rowNumber - 1;
    if (index < 0 || (index >= SCAN_ROWS && index > this.held.length)) return;
    while (this.held.length < index) this.held.push(EMPTY);
    this.held[index] = cells;
  }

  /** The rows from row 1, empty rows as `[]`. */
  get rows(): readonly Row[] {
    return this.held;
  }
}
