import type { Policy } from '../policy/types';
import type { MemberRecord } from '../records';
import type { AcademicAccumulator } from './accumulator';
import { windowAverage, type WindowAverage } from './average';
import { cohortFinder, type CohortOf } from './cohort';
import { resolveStudents, type ResolvedStudent } from './profile';
import type { RankInput } from './ranking';
import type { WindowRange } from './window';

/** One student on the way to a record. */
export interface Draft extends ResolvedStudent {
  readonly avg: WindowAverage;
  readonly cohort: CohortOf;
  /** Index into the rank inputs, or -1 when not ranked. */
  readonly rankAt: number;
}

const NO_AVERAGE: WindowAverage = { credits: 0, courses: 0, missingCredit: 0 };

/** Roster members by 学号; the first row wins when a student is listed twice. */
export function firstById(members: readonly MemberRecord[]): Map<string, MemberRecord> {
  const byId = new Map<string, MemberRecord>();
  for (const m of members)
    if (m.studentId !== '' && !byId.has(m.studentId)) byId.set(m.studentId, m);
  return byId;
}

/** Every student with window average and cohort, and the inputs of the ranking (ranked students only). */
export function buildDrafts(
  acc: AcademicAccumulator,
  byId: ReadonlyMap<string, MemberRecord>,
  policy: Policy,
  range: WindowRange,
): { drafts: Draft[]; inputs: RankInput[] } {
  const out: Draft[] = [];
  const inputs: RankInput[] = [];
  const cohortOf = cohortFinder(policy.rules.rank.cohort);
  for (const student of resolveStudents(acc, byId)) {
    const { id, tally, member, profile } = student;
    const avg = tally ? windowAverage(tally, range) : NO_AVERAGE;
    const cohort = cohortOf(profile);
    let rankAt = -1;
    if (avg.average !== undefined && cohort.ok) {
      rankAt = inputs.length;
      inputs.push({ cohort: cohort.key, average: avg.average });
    }
    out.push({ id, tally, member, profile, avg, cohort, rankAt });
  }
  return { drafts: out, inputs };
}
