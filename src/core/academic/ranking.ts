import type { Policy } from '../policy/types';
import type { RankInfo } from './types';

type RankRule = Policy['rules']['rank'];

/** Averages closer than this are the same score: only floating-point noise separates them. */
const TIE_SCALE = 1e6;

/** Largest rank inside the top `topPercent`% of `size`: ceil (default) or floor, as the school chooses. */
export function limitRank(topPercent: number, size: number, rounding: 'ceil' | 'floor'): number {
  const exact = (topPercent * size) / 100;
  // Nudge by a hair so 30% x 30 stays 9 however the product rounds in binary.
  return rounding === 'ceil' ? Math.ceil(exact - 1e-9) : Math.floor(exact + 1e-9);
}

/** A rank within a cohort as RankInfo, with the verdict under the policy's top share. */
export function computedRank(
  rank: number,
  cohortSize: number,
  rule: RankRule,
  cohortLabel: string,
): RankInfo {
  const limit = limitRank(rule.topPercent, cohortSize, rule.rounding);
  return {
    rank,
    cohortSize,
    percent: (rank / cohortSize) * 100,
    limitRank: limit,
    withinTop: rank <= limit,
    topPercent: rule.topPercent,
    source: 'computed',
    cohortLabel,
  };
}

/** One student to rank: the cohort key and the average it is ranked by. */
export interface RankInput {
  readonly cohort: string;
  readonly average: number;
}

/**
 * Ranks each input within its cohort by average, best first; equal averages share the better
 * (smaller) rank, so 90, 85, 85, 80 rank 1, 2, 2, 4. Returns rank and cohort size per input index.
 */
export function rankInCohorts(inputs: readonly RankInput[]): {
  rank: Int32Array;
  size: Int32Array;
} {
  const rank = new Int32Array(inputs.length);
  const size = new Int32Array(inputs.length);
  const groups = new Map<string, number[]>();
  inputs.forEach((input, i) => {
    const g = groups.get(input.cohort);
    if (g) g.push(i);
    else groups.set(input.cohort, [i]);
  });
  const score = Float64Array.from(inputs, (x) => Math.round(x.average * TIE_SCALE));
  for (const members of groups.values()) {
    members.sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0));
    let current = 0;
    members.forEach((i, at) => {
      if (at === 0 || score[i] !== score[members[at - 1] ?? i]) current = at + 1;
      rank[i] = current;
      size[i] = members.length;
    });
  }
  return { rank, size };
}
