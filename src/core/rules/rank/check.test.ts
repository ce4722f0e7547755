import type { RankInfo } from '../../academic/types';
import { academicIndex, context, member, record } from '../fixtures';
import { t } from '../../messages';
import { rankRule } from './check';

function computed(rank: number, cohortSize: number, limitRank: number): RankInfo {
  return {
    rank,
    cohortSize,
    limitRank,
    percent: (rank / cohortSize) * 100,
    source: 'computed',
    cohortLabel: '会计 / 2023级',
  };
}

describe('rank', () => {
  const inside = member({ entryYear: 2023 });
  const edge = member({ entryYear: 2023 });
  const outside = member({ entryYear: 2023, major: '会计' });
  const members = [inside, edge, outside];
  const academic = academicIndex([
    record(inside.studentId, { rank: computed(1, 10, 3) }),
    record(edge.studentId, { rank: computed(3, 10, 3) }),
    record(outside.studentId, { rank: computed(4, 10, 3), average: 78.456 }),
  ]);

  it('flags a rank one past the limit and passes the limit itself', () => {
    const { findings } = rankRule(context({ members, academic }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'rank',
      severity: 'violation',
      messageKey: 'rule.rank.outside',
      subject: { kind: 'member', studentId: outside.studentId },
      evidence: {
        rank: 4,
        cohortSize: 10,
        percent: 40,
        limitRank: 3,
        topPercent: 30,
        cohort: '会计 / 2023级',
        average: 78.46,
        averageShown: '78.46',
        source: 'computed',
      },
    });
    expect(t('rule.rank.outside', 'zh', findings[0]!.evidence)).toBe(
      '综合排名 4/10（40%），不在本专业前 30%（前 3 名）；由成绩表计算：学分加权平均 78.46，排名范围 会计 / 2023级 共 10 人',
    );
  });

  it('says a rank taken from the school’s 综合排名 column came from there', () => {
    const school: RankInfo = { ...computed(12, 40, 12), rank: 13, source: 'school' };
    const ctx = context({
      members: [outside],
      academic: academicIndex([record(outside.studentId, { rank: school, average: 81.5 })]),
    });
    const [finding] = rankRule(ctx).findings;
    expect(finding?.messageKey).toBe('rule.rank.outsideSchool');
    expect(t(finding!.messageKey, 'zh', finding!.evidence)).toContain('学校综合排名 13/40');
    expect(t(finding!.messageKey, 'zh', finding!.evidence)).toContain('取自学校的综合排名列');
  });

  it('trusts the academic verdict (withinTop) over the figures', () => {
    const rank = { ...computed(4, 10, 3), withinTop: true };
    const ctx = context({
      members: [outside],
      academic: academicIndex([record(outside.studentId, { rank })]),
    });
    expect(rankRule(ctx).findings).toEqual([]);
  });

  it('judges a percentage-only school rank on its percentage', () => {
    const at = (percent: number): RankInfo => ({ percent, source: 'school', cohortLabel: '会计' });
    const ctx = (percent: number) =>
      context({
        members: [outside],
        academic: academicIndex([record(outside.studentId, { rank: at(percent) })]),
      });
    expect(rankRule(ctx(30)).findings).toEqual([]);
    const [finding] = rankRule(ctx(30.5)).findings;
    expect(finding).toMatchObject({
      messageKey: 'rule.rank.outsidePercent',
      evidence: { percent: 30.5, topPercent: 30 },
    });
    expect(t(finding!.messageKey, 'zh', finding!.evidence)).toBe(
      '学校综合排名位于前 30.5%，不在本专业前 30%；排名取自学校的综合排名列',
    );
  });

  it('leaves a member pending with the reason when no rank exists', () => {
    const noRows = member({ entryYear: 2023 });
    const noMajor = member({ entryYear: 2023 });
    const academicWithProblems = academicIndex([
      record(noMajor.studentId, { rankProblem: 'rule.rank.noMajor' }),
    ]);
    const { findings } = rankRule(
      context({ members: [noRows, noMajor], academic: academicWithProblems }),
    );
    expect(findings.map((f) => [f.severity, f.messageKey])).toEqual([
      ['pending', 'rule.rank.noGradeRows'],
      ['pending', 'rule.rank.noMajor'],
    ]);
    expect(findings[0]?.evidence).toMatchObject({ studentId: noRows.studentId, gradeRows: 0 });
  });

  it('exempts first-year members while the freshman rule is on', () => {
    const fresh = member({ entryYear: 2024 });
    const ctx = context({ members: [fresh], referenceTerm: { startYear: 2024, term: 1 } });
    expect(rankRule(ctx).findings).toEqual([]);
    ctx.policy.rules.freshman.enabled = false;
    expect(rankRule(ctx).findings.map((f) => f.messageKey)).toEqual(['rule.rank.noGradeRows']);
  });

  it('is skipped without grade data unless the roster carries a school rank', () => {
    expect(rankRule(context({ members, hasGradeData: false })).skipped?.messageKey).toBe(
      'rule.skip.noGrades',
    );
    const ranked = member({ schoolRank: { rank: 2, cohortSize: 50, raw: '2/50' } });
    expect(rankRule(context({ members: [ranked], hasGradeData: false })).skipped).toBeUndefined();
  });
});
