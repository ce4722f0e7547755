import type { TermKey } from '../records';

/** Code of a row without a term; every real term code is larger. */
export const NO_TERM = 0;

/** A term as one sortable integer (startYear x 4 + term), so per-student sums can be keyed without objects. */
export function termCode(term: TermKey | undefined): number {
  return term === undefined ? NO_TERM : term.startYear * 4 + term.term;
}

/** The TermKey a code stands for (`termCode`'s inverse); undefined for `NO_TERM`. */
export function termFromCode(code: number): TermKey | undefined {
  if (code === NO_TERM) return undefined;
  return { startYear: Math.floor(code / 4), term: code % 4 };
}

const TERM_TEXT =
  /^\s*(\d{4})\s*[-–—~至]\s*(\d{4})\s*[-–—_]?\s*(?:学年)?\s*(?:第)?\s*([123一二三])\s*(?:学期)?\s*$/;
const TERM_DIGIT: Readonly<Record<string, number>> = {
  '1': 1,
  '2': 2,
  '3': 3,
  一: 1,
  二: 2,
  三: 3,
};

/**
 * Parses a reference term as a policy states it (`2025-2026-1`, `2025-2026学年第1学期`).
 * Kept local so the academic core does not wait on the row readers' fuller term parser.
 */
export function parseTermText(text: string): TermKey | undefined {
  const m = TERM_TEXT.exec(text.normalize('NFKC'));
  if (!m) return undefined;
  const start = Number(m[1]);
  const term = TERM_DIGIT[m[3] ?? ''];
  if (Number(m[2]) !== start + 1 || term === undefined) return undefined;
  return { startYear: start, term };
}
