import type { Policy } from '../policy/types';
import type { TermKey } from '../records';
import type { AcademicAccumulator } from './accumulator';
import { parseTermText, termFromCode } from './termKey';
import type { AcademicNote } from './types';

/** The term every window is measured from, and a note when the policy's own could not be read. */
export interface ReferenceChoice {
  readonly term?: TermKey | undefined;
  readonly notes: readonly AcademicNote[];
}

/** policy.referenceTerm when readable, else the latest term in the grade data (none if no row has a term). */
export function chooseReference(policy: Policy, acc: AcademicAccumulator): ReferenceChoice {
  const stated = policy.referenceTerm?.trim();
  const latest = termFromCode(acc.latestCode);
  if (stated === undefined || stated === '') return { term: latest, notes: [] };
  const parsed = parseTermText(stated);
  if (parsed) return { term: parsed, notes: [] };
  return {
    term: latest,
    notes: [{ messageKey: 'academic.note.badReferenceTerm', params: { value: stated } }],
  };
}
