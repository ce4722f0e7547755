import type { Policy } from '../policy/types';
import type { SchoolRank } from '../records';
import { limitRank } from './ranking';
import type { RankInfo } from './types';

/**
 * The school's own 综合排名 as RankInfo: with rank and cohort size the policy's rounding applies;
 * with a percentage only, the verdict is percent <= topPercent. Undefined when it holds neither
 * (e.g. a rank without the cohort size), so the computed rank is used instead.
 */
export function schoolRankInfo(
  school: SchoolRank,
  rule: Policy['rules']['rank'],
  cohortLabel: string,
): RankInfo | undefined {
  const { rank, cohortSize } = school;
  const base = { source: 'school' as const, cohortLabel, topPercent: rule.topPercent };
  if (rank !== undefined && cohortSize !== undefined && cohortSize > 0) {
    const limit = limitRank(rule.topPercent, cohortSize, rule.rounding);
    const percent = school.percent ?? (rank / cohortSize) * 100;
    return { ...base, rank, cohortSize, percent, limitRank: limit, withinTop: rank <= limit };
  }
  if (school.percent === undefined) return undefined;
  const withinTop = school.percent <= rule.topPercent;
  return rank === undefined
    ? { ...base, percent: school.percent, withinTop }
    : { ...base, rank, percent: school.percent, withinTop };
}
