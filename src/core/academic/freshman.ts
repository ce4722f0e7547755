import type { TermKey } from '../records';

/** Anything that knows an entry year: a roster member, or an academic record (which says where its year came from). */
export interface HasEntryYear {
  readonly entryYear?: number;
  readonly entryYearSource?: 'grades' | 'roster' | 'student-id' | 'earliest-term';
}

/**
 * Whether the student is in the first year at the reference term (entry year >= the term's academic
 * start year). A year guessed from the earliest grade row never counts: a one-term export would
 * otherwise make everyone a freshman and exempt them all from the rank rule.
 */
export function isFreshman(student: HasEntryYear, referenceTerm: TermKey | undefined): boolean {
  if (referenceTerm === undefined || student.entryYear === undefined) return false;
  if (student.entryYearSource === 'earliest-term') return false;
  return student.entryYear >= referenceTerm.startYear;
}
