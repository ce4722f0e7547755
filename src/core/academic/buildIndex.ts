import type { Policy } from '../policy/types';
import type { MemberRecord } from '../records';
import type { AcademicAccumulator, SheetId } from './accumulator';
import { rowsWithoutTerm } from './average';
import { buildDrafts, firstById, type Draft } from './draft';
import { failedCourses, unreadableGrades } from './failed';
import { rankInCohorts } from './ranking';
import { chooseRank, type RankChoice } from './rankChoice';
import { recordNotes } from './recordNotes';
import { chooseReference } from './reference';
import type { AcademicIndex, AcademicRecord } from './types';
import { termsInWindow, windowRange, type WindowRange } from './window';

/** What every record of one build shares. */
interface BuildContext {
  readonly acc: AcademicAccumulator;
  readonly policy: Policy;
  readonly failedRange: WindowRange;
}

/** The sheets behind a tally's sheet indexes, in one array (not a map and a filter per student). */
function sheetsOf(indexes: readonly number[], acc: AcademicAccumulator): SheetId[] {
  const out: SheetId[] = [];
  for (const i of indexes) {
    const sheet = acc.sheet(i);
    if (sheet !== undefined) out.push(sheet);
  }
  return out;
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
  const others = names.length > 1 || names[0] !== name ? names.filter((n) => n !== name) : [];
  const sheets = tally ? sheetsOf(tally.sheets, ctx.acc) : undefined;
  return {
    studentId: d.id,
    gradeRows: tally?.rows ?? 0,
    averagedCourses: d.avg.courses,
    credits: d.avg.credits,
    average: d.avg.average,
    failed: tally ? failedCourses(tally, ctx.failedRange, ctx.policy.rules.failed.mode) : [],
    unreadable: tally
      ? unreadableGrades(tally, ctx.failedRange, ctx.policy.rules.failed.mode)
      : undefined,
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
  const { drafts: all, inputs } = buildDrafts(acc, firstById(members), policy, rankRange);
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
