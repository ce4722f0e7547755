import { parseTermText } from '../academic/termKey';
import type { TermWindow } from '../policy/types';
import type { TermKey } from '../records';
import type { RuleContext } from './types';

/** The term windows are measured from: the check's, else the grade data's, else the policy's. */
export function referenceTermOf(ctx: RuleContext): TermKey | undefined {
  const stated = ctx.policy.referenceTerm;
  return (
    ctx.referenceTerm ?? ctx.academic.referenceTerm ?? (stated ? parseTermText(stated) : undefined)
  );
}

/** The term an ISO date falls in: August to January is term 1, February to July term 2. */
export function termOfDate(iso: string): TermKey | undefined {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (month >= 8) return { startYear: year, term: 1 };
  return { startYear: year - 1, term: month === 1 ? 1 : 2 };
}

/**
 * The first term of a window, the same way the academic core measures it: last-term = the reference
 * term, last-year = the reference's academic year, since-entry = the entry year (undefined: unbounded).
 */
export function windowStart(
  window: TermWindow,
  reference: TermKey,
  entryYear: number | undefined,
): TermKey | undefined {
  if (window === 'last-term') return reference;
  if (window === 'last-year') return { startYear: reference.startYear, term: 1 };
  return entryYear === undefined ? undefined : { startYear: entryYear, term: 1 };
}

/**
 * A first-year student (除一年级新生外): one who has not finished a full academic year by the
 * reference term, so has no year of grades to be ranked on.
 */
export function isFirstYear(entryYear: number, reference: TermKey): boolean {
  return (
    entryYear > reference.startYear || (entryYear === reference.startYear && reference.term === 1)
  );
}
