/** An Excel error value such as `#N/A` or `#REF!`, kept distinct from text that happens to look like one. */
export interface CellError {
  readonly error: string;
}

/**
 * One cell's value as every reader (exceljs, the CSV reader, the Excel adapter) hands it to the core:
 * formulas arrive as their cached result, rich text as plain text, empty cells as `null`.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/** One sheet row; index 0 is column A. Readers that fetch only some columns leave the rest `undefined`. */
export type Row = readonly (CellValue | undefined)[];

/** Where a value came from, in the teacher's terms: 1-based Excel row, optional source file. */
export interface RowRef {
  readonly file?: string;
  readonly sheet: string;
  readonly row: number;
}

/** A cell address in the teacher's terms; `col` is 1-based. */
export interface CellRef extends RowRef {
  readonly col: number;
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** Column letters for a 1-based column index (1 → A, 27 → AA). */
export function columnLetter(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
