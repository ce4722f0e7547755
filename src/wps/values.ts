import type { CellValue } from '../core/cells';

/**
 * Error values as VBA's Value2 hands them over (CVErr: the HRESULT 0x800A07xx as a negative
 * number). WPS follows the VBA object model here; the self-test page confirms it per release.
 */
const CV_ERRORS: ReadonlyMap<number, string> = new Map([
  [-2146826288, '#NULL!'],
  [-2146826281, '#DIV/0!'],
  [-2146826273, '#VALUE!'],
  [-2146826265, '#REF!'],
  [-2146826259, '#NAME?'],
  [-2146826252, '#NUM!'],
  [-2146826246, '#N/A'],
]);

/** One Value2 element as the core's cell value: empties are null, dates stay serial numbers. */
export function cellOf(v: unknown): CellValue {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number') {
    const error = CV_ERRORS.get(v);
    return error !== undefined ? { error } : v;
  }
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  // Anything else WPS might hand over is shown as it serialises rather than dropped silently.
  return JSON.stringify(v) ?? null;
}

/**
 * Value2 of a block as rows of cells: a 2-D array (row-major, JS 0-based) for several cells, a
 * bare value for one. `rows` and `cols` are the block's size, so a short answer is padded.
 */
export function blockOf(value: unknown, rows: number, cols: number): CellValue[][] {
  const grid: unknown[][] =
    rows === 1 && cols === 1 && !Array.isArray(value)
      ? [[value]]
      : Array.isArray(value)
        ? (value as unknown[]).map((r) => (Array.isArray(r) ? (r as unknown[]) : [r]))
        : [];
  const out: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const src = grid[r] ?? [];
    const row: CellValue[] = [];
    for (let c = 0; c < cols; c++) row.push(cellOf(src[c]));
    out.push(row);
  }
  return out;
}
