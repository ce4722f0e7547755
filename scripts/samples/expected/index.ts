import type { SampleData } from '../model';
import { termText } from '../model';
import type { Reading } from './academic';
import { DEFAULT_READING, referenceTerm, rowsByStudent, windowTerms } from './academic';
import type { ExpectedMember } from './members';
import { judgeMember } from './members';
import type { RankResult } from './ranking';
import { rankAll } from './ranking';
import type { ExpectedFinding } from './structure';
import { structureFindings } from './structure';

export type { ExpectedMember } from './members';
export type { ExpectedFinding } from './structure';

/** The outcome a correct check of `data` under the national-school preset must produce. */
export interface ExpectedOutcome {
  readonly referenceTerm?: string;
  readonly window: string[];
  /** 1 when anything is a violation, else 0 (input errors, exit 2, are the corpus's business). */
  readonly exitCode: 0 | 1;
  readonly counts: { eligible: number; ineligible: number; pending: number };
  readonly members: Record<string, ExpectedMember>;
  readonly findings: ExpectedFinding[];
}

/** Computes the expected outcome with the generator's own straightforward code. */
export function computeExpected(
  data: SampleData,
  reading: Reading = DEFAULT_READING,
): ExpectedOutcome {
  const ref = referenceTerm(data);
  const rows = rowsByStudent(data);
  const ranks = ref ? rankAll(data, rows, ref, reading) : new Map<string, RankResult>();
  const members: Record<string, ExpectedMember> = {};
  const counts = { eligible: 0, ineligible: 0, pending: 0 };
  for (const m of data.members) {
    if (!ref) throw new Error('sample without grade data: not supported by the generator');
    const verdict = judgeMember(m, data, rows.get(m.studentId), ranks.get(m.studentId), ref);
    members[m.studentId] = verdict;
    counts[verdict.status]++;
  }
  const findings = structureFindings(data);
  const anyViolation = counts.ineligible > 0 || findings.some((f) => f.severity === 'violation');
  return {
    ...(ref ? { referenceTerm: termText(ref) } : {}),
    window: ref ? windowTerms(data, ref) : [],
    exitCode: anyViolation ? 1 : 0,
    counts,
    members,
    findings,
  };
}
