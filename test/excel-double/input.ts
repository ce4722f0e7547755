import type { Scalar } from './state';

/** What a cell holds after Excel interprets one written entry. */
export interface Interpreted {
  readonly value: Scalar | null;
  readonly formula?: string;
  readonly error?: boolean;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const ERRORS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!']);

/** Excel's serial number of a calendar date (1900 date system). */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * Excel parses text written through `values` unless the cell is formatted as text (`@`):
 * "0012" becomes 12, "=SUM(A1)" a formula, "TRUE" a boolean. The double does the same so that an
 * adapter which forgets to protect text is caught.
 */
export function interpretText(s: string, numberFormat: string | undefined): Interpreted {
  if (s === '') return { value: null };
  if (numberFormat === '@') return { value: s };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { value: null, formula: s };
  const trimmed = s.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  if (PERCENT.test(trimmed)) return { value: Number(trimmed.slice(0, -1)) / 100 };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === 'TRUE' };
  const d = ISO_DATE.exec(trimmed);
  if (d) return { value: dateSerial(Number(d[1]), Number(d[2]), Number(d[3])) };
  if (ERRORS.has(trimmed.toUpperCase())) return { value: trimmed.toUpperCase(), error: true };
  return { value: s };
}

/** One entry of a `values` / `formulas` array; `undefined` = not a valid entry. */
export function interpretEntry(
  v: unknown,
  numberFormat: string | undefined,
): Interpreted | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v } : undefined;
  if (typeof v === 'boolean') return { value: v };
  if (typeof v === 'string') return interpretText(v, numberFormat);
  return undefined;
}
