import type { CellValue } from '../cells';
import { memoByString } from './memo';

// Excel keeps 15 significant digits: a longer ID stored as a number has already lost digits.
const MAX_EXACT_ID = 1e15;
const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?e[+-]?\d+$/i;
const TRAILING_ZERO_FRACTION = /^(\d+)\.0+$/;
const ID_SHAPE = /^[0-9A-Z][0-9A-Z_-]*$/;
const HAS_DIGIT = /\d/;
// The common case, plain digits, needs no folding: skip the cache so 30,000 IDs do not churn it.
const PLAIN_DIGITS = /^\d+$/;

const idFromText = memoByString((raw: string): string | undefined => {
  // Remove every space (IDs are typed as "2531 0201 01001" too) and a leading text-prefix quote.
  let text = raw.normalize('NFKC').replace(/[\s\u200b-\u200d\ufeff]/g, '');
  text = text.replace(/^'/, '');
  if (text === '' || SCIENTIFIC.test(text)) return undefined;
  const whole = TRAILING_ZERO_FRACTION.exec(text);
  if (whole?.[1] !== undefined) text = whole[1];
  text = text.toUpperCase();
  return ID_SHAPE.test(text) && HAS_DIGIT.test(text) ? text : undefined;
});

/**
 * A student ID as text, or undefined when the cell cannot be trusted as one. Numbers become their
 * full digit string; text keeps its leading zeros; full-width digits fold; spaces go. Text in
 * scientific notation ("2.53102E+12") has lost its digits, so it is refused, not guessed.
 */
export function normalizeStudentId(v: CellValue | undefined): string | undefined {
  if (typeof v === 'string') return PLAIN_DIGITS.test(v) ? v : idFromText(v);
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 0 || v >= MAX_EXACT_ID) return undefined;
    return v.toFixed(0);
  }
  return undefined;
}

/** True when a text cell shows an ID in scientific notation, so the message can say how to fix it. */
export function looksScientific(v: CellValue | undefined): boolean {
  return typeof v === 'string' && SCIENTIFIC.test(v.normalize('NFKC').replace(/\s/g, ''));
}

/**
 * A number too long to be an exact ID: Excel kept only 15 significant digits, so the ID is lost.
 * Returns how Excel shows it in a General cell (`2.02303E+17`), for the message; else undefined.
 */
export function lostDigitsDisplay(v: CellValue | undefined): string | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) < MAX_EXACT_ID) return undefined;
  // At 1e15 and beyond the exponent always has two digits, as Excel prints it.
  return v
    .toExponential(5)
    .replace(/\.?0+e/, 'e')
    .toUpperCase();
}

// Excel shows a number with at most 15 significant digits, the rest as zeros: 202300101012345678
// is displayed (and exported as text) as 202300101012346000.
const DISPLAYED_LOST = /^\d{15}0+$/;

/**
 * True when a text cell of an export that holds displayed text (HTML, tab-separated or CSV) shows
 * an ID that lost digits: scientific notation (2.02301E+17), or 16 digits or more that are all
 * zeros after the 15th, as Excel displays a number. A real ID of that shape is told apart only by
 * exporting 学号 as text, which is what the message asks.
 */
export function displayedDigitsLost(v: CellValue | undefined): boolean {
  if (typeof v !== 'string') return false;
  const text = v
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\ufeff]/g, '')
    .replace(/^'/, '');
  return SCIENTIFIC.test(text) || DISPLAYED_LOST.test(text);
}

/**
 * The 学号 of a row of a table, as normalizeStudentId reads it, except that a table of displayed
 * text refuses an ID that lost digits rather than match it to another student (docs/RULES.md §4.6).
 */
export function tableStudentId(
  v: CellValue | undefined,
  displayed: boolean | undefined,
): string | undefined {
  return displayed === true && displayedDigitsLost(v) ? undefined : normalizeStudentId(v);
}

/** Why a roster member whose 学号 lost digits is 待核实 (MemberRecord.unmatched). */
export const DIGITS_LOST_KEY = 'rule.studentId.digitsLost';

/** True when the cell held an ID whose digits are lost (how Excel keeps numbers), in any source. */
export function idDigitsLost(v: CellValue | undefined, displayed: boolean | undefined): boolean {
  return (
    lostDigitsDisplay(v) !== undefined ||
    looksScientific(v) ||
    (displayed === true && displayedDigitsLost(v))
  );
}
