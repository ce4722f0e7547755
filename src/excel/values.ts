import type { CellValue } from '../core/cells';

const ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/**
 * One entry of `Range.values` as the core expects it: Office.js gives "" for an empty cell and an
 * error's text (`#N/A`) for an error; dates stay serial numbers (the core's date reader takes them).
 */
export function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string') return ERROR_TEXT.test(v) ? { error: v } : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return null;
}
