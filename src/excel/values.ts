import type { CellValue } from '../core/cells';

const ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** Whether a value as `Range.values` gave it could be an error: an error and a text look alike. */
export function looksLikeError(v: unknown): boolean {
  return typeof v === 'string' && ERROR_TEXT.test(v);
}

/** An error cell once its type was confirmed (`Range.valueTypes` said Error). */
interface ConfirmedError {
  readonly error: string;
}

const isConfirmed = (v: unknown): v is ConfirmedError =>
  typeof v === 'object' && v !== null && typeof (v as { error?: unknown }).error === 'string';

/**
 * One entry of `Range.values` as the core expects it: Office.js gives "" for an empty cell and an
 * error's text (`#N/A`) for an error, the same as the text '#N/A typed into a cell; only `type`
 * (the cell's `valueTypes` entry) or an error already confirmed tells them apart. Dates stay
 * serial numbers (the core's date reader takes them).
 */
export function toCellValue(v: unknown, type?: string): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (isConfirmed(v)) return { error: v.error };
  if (typeof v === 'string') return type === 'Error' ? { error: v } : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return null;
}

/** `values` with each cell Excel typed as an error replaced by a confirmed error. */
export function confirmErrors(
  values: readonly (readonly unknown[])[],
  types: readonly (readonly string[])[],
): unknown[][] {
  return values.map((line, i) =>
    line.map((v, j) => (types[i]?.[j] === 'Error' ? { error: String(v) } : v)),
  );
}
