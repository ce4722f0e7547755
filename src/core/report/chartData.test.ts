import { unionResult } from '../../../test/report/unionFixture';
import type { CheckResult, MemberVerdict } from '../result';
import { chartData, rankBand } from './chartData';

const byKey = <K extends string>(slices: readonly { key: K; count: number; share: number }[]) =>
  Object.fromEntries(slices.map((s) => [s.key, s.count]));

describe('chartData', () => {
  const result = unionResult();
  const data = chartData(result);

  it('gives each department its counts and says which limit each breaks', () => {
    expect(data.departments.map((d) => [d.name, d.heads, d.staff])).toEqual([
      ['学习部', 2, 7],
      ['文体部', 1, 1],
      ['宣传部', 2, 1],
    ]);
    const [study, culture, media] = data.departments;
    expect(study).toMatchObject({
      staffOver: true,
      headsOff: false,
      breaksLimits: true,
      staffMax: 6,
    });
    expect(culture).toMatchObject({
      staffOver: false,
      headsOff: true,
      breaksLimits: true,
      headsMin: 2,
    });
    expect(media).toMatchObject({ staffOver: false, headsOff: false, breaksLimits: false });
    // Each scale reaches the larger of its limit and its largest count.
    expect(data.headsScale).toBe(3);
    expect(data.staffScale).toBe(7);
  });

  it('groups 政治面貌 with every member counted once and shares summing to one', () => {
    expect(byKey(data.political)).toEqual({
      party: 2,
      probationary: 1,
      league: 9,
      masses: 1,
      other: 1,
      unknown: 1,
    });
    expect(data.political.reduce((n, s) => n + s.count, 0)).toBe(result.members.length);
    expect(data.political.reduce((n, s) => n + s.share, 0)).toBeCloseTo(1, 10);
  });

  it('drops the 其他党派 row when nobody is in it', () => {
    const noOther: CheckResult = {
      ...result,
      members: result.members.filter((m) => m.member.political !== 'democratic-party'),
    };
    expect(chartData(noOther).political.map((s) => s.key)).not.toContain('other');
  });

  it('bands ranks by the rank rule’s own verdict', () => {
    // Ranks 1, 3, 4 of 20 are 5%, 15%, 20%; 7th and below are beyond 30%; S11–S15 have no grades.
    expect(byKey(data.rank)).toEqual({ top10: 1, withinTop: 2, beyond: 7, unknown: 5 });
    expect(data.topPercent).toBe(30);
  });

  it('trusts withinTop where rounding puts a rank past the percentage inside the top share', () => {
    const member = result.members[0]!;
    const rank = { percent: 37.5, withinTop: true, source: 'computed', cohortLabel: 'x' } as const;
    const v: MemberVerdict = { ...member, academic: { ...member.academic!, rank } };
    expect(rankBand(v, 10)).toBe('withinTop');
    expect(
      rankBand({ ...v, academic: { ...v.academic!, rank: { ...rank, withinTop: false } } }, 10),
    ).toBe('beyond');
  });

  it('has no middle band when the top share is 10% or less', () => {
    const policy = structuredClone(result.policy);
    policy.rules.rank.topPercent = 10;
    const narrow = chartData({ ...result, policy });
    expect(narrow.rank.map((s) => s.key)).toEqual(['top10', 'beyond', 'unknown']);
  });

  it('keeps a scale of at least one and zero shares for an empty roster', () => {
    const empty = chartData({ ...result, members: [], departments: [] });
    expect([empty.headsScale, empty.staffScale]).toEqual([1, 1]);
    expect(empty.political.every((s) => s.share === 0)).toBe(true);
  });
});
