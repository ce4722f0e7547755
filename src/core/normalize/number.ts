import type { CellValue } from '../cells';
import { memoByString } from './memo';

/**
 * A number as a person would write it: integers in full (2531020101001, never 2.531020101001e12),
 * fractions rounded to 15 significant digits so 0.1 + 0.2 prints as 0.3.
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  const rounded = Number(n.toPrecision(15));
  const s = String(rounded);
  if (!s.includes('e')) return s;
  // Tiny fractions: String() switches to exponent form below 1e-6.
  return rounded.toFixed(20).replace(/\.?0+$/, '');
}

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
// "85分", "2学分", "10次", "120人" and thousands separators are still numbers to a teacher.
const UNIT_SUFFIX = /(?:学分|分|学时|次|人)$/;

const parseNumberText = memoByString((raw: string): number | undefined => {
  const text = raw.normalize('NFKC').replace(/[\s,]/g, '').replace(UNIT_SUFFIX, '');
  if (!NUMERIC.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
});

/** A number from a number cell or from numeric text ("73.5", "85分", full-width digits); else undefined. */
export function parseNumber(v: CellValue | undefined): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string') return parseNumberText(v);
  return undefined;
}
