import type { Policy } from '../policy/types';
import type { MemberRecord } from '../records';
import type { AcademicAccumulator } from './accumulator';
import { rowsWithoutTerm, windowAverage, type WindowAverage } from './average';
import { cohortOf, type CohortOf } from './cohort';
import { failedCourses } from './failed';
import { resolveStudents, type ResolvedStudent } from './profile';
import { computedRank, rankInCohorts, type RankInput } from './ranking';
import { recordNotes } from './recordNotes';
import { chooseReference } from './reference';
import { schoolRankInfo } from './schoolRank';
import type { AcademicIndex, AcademicRecord, RankInfo } from './types';
import { termsInWindow, windowRange, type WindowRange } from './window';

export { isFreshman } from './freshman';

/** One student on the way to a record. */
interface Draft extends ResolvedStudent {
  readonly avg: WindowAverage;
  readonly cohort: CohortOf;
  /** Index into the rank inputs, or -1 when not ranked. */
  readonly rankAt: number;
}

type RankRule = Policy['rules']['rank'];

const NO_AVERAGE: WindowAverage = { credits: 0, courses: 0, missingCredit: 0 };

function firstById(members: readonly MemberRecord[]): Map<string, MemberRecord> {
  const byId = new Map<string, MemberRecord>();
  for (const m of members)
    if (m.studentId !== '' && !byId.has(m.studentId)) byId.set(m.studentId, m);
  return byId;
}

function drafts(
  acc: AcademicAccumulator,
  byId: ReadonlyMap<string, MemberRecord>,
  policy: Policy,
  range: WindowRange,
): { drafts: Draft[]; inputs: RankInput[] } {
  const out: Draft[] = [];
  const inputs: RankInput[] = [];
  for (const student of resolveStudents(acc, byId)) {
    const { tally, profile } = student;
    const avg = tally ? windowAverage(tally, range) : NO_AVERAGE;
    const cohort = cohortOf(profile, policy.rules.rank.cohort);
    let rankAt = -1;
    if (avg.average !== undefined && cohort.ok) {
      rankAt = inputs.length;
      inputs.push({ cohort: cohort.key, average: avg.average });
    }
    out.push({ ...student, avg, cohort, rankAt });
  }
  return { drafts: out, inputs };
}

/** The rank a record shows, with what its notes and rankProblem need to say about it. */
interface RankChoice {
  readonly rank?: RankInfo;
  readonly rankProblem?: string;
  readonly schoolRankRaw?: string;
  readonly aloneInCohort?: string;
}

function chooseRank(d: Draft, ranks: ReturnType<typeof rankInCohorts>, rule: RankRule): RankChoice {
  const label = d.cohort.ok ? d.cohort.label : undefined;
  const school = rule.useSchoolRank ? d.member?.schoolRank : undefined;
  const fromSchool = school && schoolRankInfo(school, rule, label ?? '');
  if (fromSchool) return { rank: fromSchool };
  const schoolRankRaw = school?.raw;
  if (d.rankAt >= 0 && label !== undefined) {
    const size = ranks.size[d.rankAt] ?? 0;
    const rank = computedRank(ranks.rank[d.rankAt] ?? 0, size, rule, label);
    return { rank, schoolRankRaw, ...(size === 1 ? { aloneInCohort: label } : {}) };
  }
  const rankProblem =
    d.avg.average === undefined || d.cohort.ok ? 'rule.rank.noGrades' : d.cohort.problem;
  return { rankProblem, schoolRankRaw };
}

/** What every record of one build shares. */
interface BuildContext {
  readonly acc: AcademicAccumulator;
  readonly policy: Policy;
  readonly failedRange: WindowRange;
}

/**
 * One literal with every field, absent ones undefined: a single object shape keeps building 30k records
 * cheap, and JSON output drops the undefined fields anyway.
 */
function toRecord(d: Draft, choice: RankChoice, ctx: BuildContext): AcademicRecord {
  const p = d.profile;
  const tally = d.tally;
  const names = tally?.names ?? [];
  const name = d.member?.name || names[0];
  const others = names.filter((n) => n !== name);
  const sheets = tally?.sheets.map((i) => ctx.acc.sheet(i)).filter((s) => s !== undefined);
  return {
    studentId: d.id,
    gradeRows: tally?.rows ?? 0,
    averagedCourses: d.avg.courses,
    credits: d.avg.credits,
    average: d.avg.average,
    failed: tally ? failedCourses(tally, ctx.failedRange, ctx.policy.rules.failed.mode) : [],
    rank: choice.rank,
    rankProblem: choice.rankProblem,
    major: p.major,
    majorSource: p.majorSource,
    entryYear: p.entryYear,
    entryYearSource: p.entryYearSource,
    name,
    otherNames: others.length > 0 ? others : undefined,
    cohortLabel: d.cohort.ok ? d.cohort.label : undefined,
    sheets,
    notes: recordNotes({
      profile: p,
      rowsWithoutTerm: tally ? rowsWithoutTerm(tally) : 0,
      missingCredit: d.avg.missingCredit,
      schoolRankRaw: choice.schoolRankRaw,
      aloneInCohort: choice.aloneInCohort,
    }),
  };
}

/**
 * Academic records for every student in the grade data and every roster member: average and rank over
 * policy.rules.rank.window, failed courses over policy.rules.failed.window. Students with no averaged
 * course are not ranked and do not count in any cohort's size.
 */
export function buildAcademicIndex(
  acc: AcademicAccumulator,
  members: readonly MemberRecord[],
  policy: Policy,
): AcademicIndex {
  const reference = chooseReference(policy, acc);
  const rankRange = windowRange(policy.rules.rank.window, reference.term);
  const failedRange = windowRange(policy.rules.failed.window, reference.term);
  const { drafts: all, inputs } = drafts(acc, firstById(members), policy, rankRange);
  const ranks = rankInCohorts(inputs);
  const ctx: BuildContext = { acc, policy, failedRange };
  const records: AcademicRecord[] = [];
  const byId = new Map<string, AcademicRecord>();
  for (const d of all) {
    const record = toRecord(d, chooseRank(d, ranks, policy.rules.rank), ctx);
    records.push(record);
    byId.set(d.id, record);
  }
  const codes = acc.termCodes();
  return {
    referenceTerm: reference.term,
    windowTerms: termsInWindow(rankRange, codes),
    failedWindowTerms: termsInWindow(failedRange, codes),
    get: (studentId) => byId.get(studentId),
    records,
    notes: reference.notes,
  };
}
