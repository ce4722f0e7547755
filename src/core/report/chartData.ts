import type { PoliticalStatus } from '../records';
import type { CheckResult, DepartmentSummary, MemberVerdict } from '../result';
import { summarize } from '../summary';

/** One department's headcounts against the policy's limits, as the pane's bars and the report's data bars show them. */
export interface DepartmentBar {
  readonly name: string;
  readonly heads: number;
  readonly staff: number;
  /** Of `staff`, the forbidden, unknown or blank titles (no limit of their own). */
  readonly other: number;
  readonly headsMin?: number;
  readonly headsMax?: number;
  readonly staffMax?: number;
  /** Heads outside the allowed range (too many or too few). */
  readonly headsOff: boolean;
  /** More members besides the heads than the department may have. */
  readonly staffOver: boolean;
  /** Any department rule is broken, over a maximum or under a minimum (the check's own verdict). */
  readonly breaksLimits: boolean;
  /** The policy does not name the department (不应设置的部门). */
  readonly notSetUp: boolean;
}

/** 政治面貌 as the composition chart groups it; 民主党派 and 无党派 share `other`, blank joins `unknown`. */
export type PoliticalGroup = 'party' | 'probationary' | 'league' | 'masses' | 'other' | 'unknown';

/**
 * Where a member's rank falls: the top 10%, the rest of the policy's top share, beyond it, not known,
 * or not asked of a freshman (exempt: the rank is not held against them, so it is not 'beyond').
 */
export type RankBand = 'top10' | 'withinTop' | 'beyond' | 'exempt' | 'unknown';

/** One slice of a composition: how many members, and their share of all members (0..1). */
export interface Slice<K extends string> {
  readonly key: K;
  readonly count: number;
  readonly share: number;
}

/** Everything the pictures need, computed once from a check result. */
export interface ChartData {
  readonly departments: readonly DepartmentBar[];
  /** The longest heads bar: the largest head count or the heads limit (at least 1). */
  readonly headsScale: number;
  /** The longest staff bar: the largest staff count or the staff limit (at least 1). */
  readonly staffScale: number;
  readonly members: number;
  readonly political: readonly Slice<PoliticalGroup>[];
  readonly rank: readonly Slice<RankBand>[];
  /** The policy's top share in percent (30 = top 30%), for the rank bands' labels. */
  readonly topPercent: number;
  /** The top band's edge in percent: 10, or the top share when that is smaller. */
  readonly topBand: number;
}

const POLITICAL_GROUP: Record<PoliticalStatus, PoliticalGroup> = {
  'party-member': 'party',
  'probationary-member': 'probationary',
  'league-member': 'league',
  masses: 'masses',
  'democratic-party': 'other',
  'non-partisan': 'other',
  unknown: 'unknown',
  missing: 'unknown',
};
const POLITICAL_ORDER: readonly PoliticalGroup[] = [
  'party',
  'probationary',
  'league',
  'masses',
  'other',
  'unknown',
];
const RANK_ORDER: readonly RankBand[] = ['top10', 'withinTop', 'beyond', 'exempt', 'unknown'];

/** The department bar of one summary: which of its counts break which limit. */
export function departmentBar(d: DepartmentSummary): DepartmentBar {
  const { headsMin, headsMax, staffMax } = d.limits;
  const headsOff =
    (headsMin !== undefined && d.heads < headsMin) ||
    (headsMax !== undefined && d.heads > headsMax);
  return {
    name: d.name,
    heads: d.heads,
    staff: d.staff,
    other: d.other,
    ...d.limits,
    headsOff,
    staffOver: staffMax !== undefined && d.staff > staffMax,
    breaksLimits: d.breaksLimits,
    notSetUp: d.notSetUp === true,
  };
}

/** The political group of a member. */
export function politicalGroup(v: MemberVerdict): PoliticalGroup {
  return POLITICAL_GROUP[v.member.political];
}

/** The rank band of a member; the rank rule's own verdict (`withinTop`) decides the top share's edge. */
export function rankBand(v: MemberVerdict, topBand: number, exempt = false): RankBand {
  if (exempt) return 'exempt';
  const rank = v.academic?.rank;
  if (!rank) return 'unknown';
  if (rank.withinTop === false) return 'beyond';
  if (rank.percent <= topBand) return 'top10';
  return rank.withinTop === true ? 'withinTop' : 'beyond';
}

function slices<K extends string>(
  order: readonly K[],
  keys: readonly K[],
  keep: (k: K, count: number) => boolean,
): Slice<K>[] {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const total = keys.length;
  return order
    .map((key) => {
      const count = counts.get(key) ?? 0;
      return { key, count, share: total === 0 ? 0 : count / total };
    })
    .filter((s) => keep(s.key, s.count));
}

/** The data behind the pane's charts and the report's data-bar tables. */
export function chartData(result: CheckResult): ChartData {
  const departments = result.departments.map(departmentBar);
  const headsScale = Math.max(1, ...departments.flatMap((d) => [d.heads, d.headsMax ?? 0]));
  const staffScale = Math.max(1, ...departments.flatMap((d) => [d.staff, d.staffMax ?? 0]));
  const topPercent = result.policy.rules.rank.topPercent;
  const topBand = Math.min(10, topPercent);
  const political = slices(
    POLITICAL_ORDER,
    result.members.map(politicalGroup),
    // 民主党派 and 无党派 are rare among students: the row is shown only when someone is one.
    (k, n) => k !== 'other' || n > 0,
  );
  // A freshman's exemption is a note on the member (the summary's); the band follows it.
  const exempt = new Set(
    summarize(result)
      .members.filter((m) => m.notes.some((i) => result.findings[i]?.code === 'freshman'))
      .map((m) => m.studentId),
  );
  const rank = slices(
    RANK_ORDER,
    result.members.map((v) => rankBand(v, topBand, exempt.has(v.member.studentId))),
    // With a top share of 10% or less there is no band between 10% and the top share; the
    // freshmen's row is shown only when there is one.
    (k, n) => (k !== 'withinTop' || topPercent > topBand) && (k !== 'exempt' || n > 0),
  );
  return {
    departments,
    headsScale,
    staffScale,
    members: result.members.length,
    political,
    rank,
    topPercent,
    topBand,
  };
}
