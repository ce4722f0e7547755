import type { Policy } from '../policy/types';
import type { Draft } from './draft';
import { computedRank, type rankInCohorts } from './ranking';
import { schoolRankInfo } from './schoolRank';
import type { RankInfo } from './types';
import type { MessageKey } from '../messages';

type RankRule = Policy['rules']['rank'];

/** The rank a record shows, with what its notes and rankProblem need to say about it. */
export interface RankChoice {
  readonly rank?: RankInfo | undefined;
  readonly rankProblem?: MessageKey | undefined;
  readonly schoolRankRaw?: string | undefined;
  readonly aloneInCohort?: string | undefined;
}

/** The school's 综合排名 when the policy allows and it is usable, else the computed rank, else the reason. */
export function chooseRank(
  d: Draft,
  ranks: ReturnType<typeof rankInCohorts>,
  rule: RankRule,
): RankChoice {
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
