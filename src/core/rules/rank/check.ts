import type { AcademicRecord, RankInfo } from '../../academic/types';
import type { Evidence, Finding } from '../../findings';
import type { MemberRecord } from '../../records';
import { memberFinding, skipRule } from '../finding';
import { entryYearOf, isExemptFreshman } from '../freshman/check';
import type { Rule, RuleContext } from '../types';
import { unmatchedFinding } from '../unmatched';

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** 学分加权平均 as a teacher checks it by hand: always two decimals (78.50, not 78.5). */
export const averageText = (n: number): string => round2(n).toFixed(2);

/** The verdict the academic core gave, or the one its figures imply. */
function withinTop(rank: RankInfo, topPercent: number): boolean {
  if (rank.withinTop !== undefined) return rank.withinTop;
  if (rank.rank !== undefined && rank.limitRank !== undefined) return rank.rank <= rank.limitRank;
  return rank.percent <= topPercent;
}

function outside(
  member: MemberRecord,
  record: AcademicRecord,
  rank: RankInfo,
  top: number,
): Finding {
  const base: Evidence = {
    percent: round2(rank.percent),
    topPercent: rank.topPercent ?? top,
    cohort: rank.cohortLabel,
    source: rank.source,
    ...(record.average === undefined
      ? { averageShown: '—' }
      : { average: round2(record.average), averageShown: averageText(record.average) }),
  };
  const { rank: at, cohortSize, limitRank } = rank;
  if (at === undefined || cohortSize === undefined || limitRank === undefined) {
    return memberFinding('rank', member, 'violation', 'rule.rank.outsidePercent', base);
  }
  const evidence = { rank: at, cohortSize, limitRank, ...base };
  // The message says where the rank came from: the school's column, or our own computation.
  const key = rank.source === 'school' ? 'rule.rank.outsideSchool' : 'rule.rank.outside';
  return memberFinding('rank', member, 'violation', key, evidence);
}

function check(ctx: RuleContext, member: MemberRecord): Finding[] {
  if (isExemptFreshman(ctx, member)) return [];
  const unmatched = unmatchedFinding('rank', member);
  if (unmatched) return [unmatched];
  const topPercent = ctx.policy.rules.rank.topPercent;
  const record = ctx.academic.get(member.studentId);
  if (record?.rank) {
    return withinTop(record.rank, topPercent)
      ? []
      : [outside(member, record, record.rank, topPercent)];
  }
  const year = entryYearOf(ctx, member);
  const evidence: Evidence = {
    studentId: member.studentId,
    cohort: record?.cohortLabel ?? [member.major, year && `${year}级`].filter(Boolean).join(' / '),
    gradeRows: record?.gradeRows ?? 0,
  };
  // The academic core names why it could not rank a student who has grade rows (rule.rank.*).
  const key =
    !record || record.gradeRows === 0
      ? 'rule.rank.noGradeRows'
      : (record.rankProblem ?? 'rule.rank.notComputable');
  return [memberFinding('rank', member, 'pending', key, evidence)];
}

/** rank: 学习成绩综合排名 within the policy's top share of the member's cohort (本专业). */
export const rankRule: Rule = (ctx) => {
  const anySchoolRank =
    ctx.policy.rules.rank.useSchoolRank && ctx.members.some((m) => m.schoolRank);
  if (!ctx.hasGradeData && !anySchoolRank) return skipRule('rank', 'rule.skip.noGrades');
  return { findings: ctx.members.flatMap((member) => check(ctx, member)) };
};
