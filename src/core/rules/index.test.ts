import type { RankInfo } from '../academic/types';
import { RULE_CODES } from '../findings';
import { t } from '../messages';
import { academicIndex, context, member, members, record } from './fixtures';
import { ALL_RULES, runRules } from './index';
import { SOURCES } from './sources';

const rank = (r: number): RankInfo => ({
  rank: r,
  cohortSize: 10,
  limitRank: 3,
  percent: r * 10,
  source: 'computed',
  cohortLabel: '会计 / 2023级',
});

/** A small union that breaks most rules at once. */
function messyContext() {
  const chair = member({
    name: '甲',
    department: '主席团',
    title: '主席',
    political: 'masses',
    politicalRaw: '群众',
  });
  const heads = members(1, { department: '学习部', title: '部长' });
  const staff = members(7, { department: '学习部', title: '干事' });
  const assistant = member({
    name: '乙',
    department: '文体部',
    title: '部长助理',
    political: 'missing',
  });
  const roster = [chair, ...heads, ...staff, assistant];
  const academic = academicIndex([
    record(chair.studentId, { rank: rank(5) }),
    ...[...heads, ...staff].map((m) => record(m.studentId, { rank: rank(1) })),
  ]);
  const ctx = context({
    members: roster,
    academic,
    sanctions: [
      {
        ref: { sheet: '处分', row: 2 },
        studentId: assistant.studentId,
        level: '记过',
        raw: '记过',
        lifted: false,
        date: '2025-03-01',
      },
    ],
  });
  ctx.policy.rules['staff-total'].max = 5;
  ctx.policy.rules.presidium.max = 0;
  ctx.policy.rules.departments.max = 1;
  ctx.policy.studentsServed = 100;
  return { ctx, chair, assistant, roster };
}

describe('runRules', () => {
  it('lists the rules in a fixed order, one per code', () => {
    expect(ALL_RULES.map((r) => r.code).sort()).toEqual([...RULE_CODES].sort());
  });

  it('orders findings: members by roster order, then departments, then the union', () => {
    const { ctx, chair, assistant } = messyContext();
    const { findings, skipped } = runRules(ctx);
    const kinds = findings.map((f) => f.subject.kind);
    expect(kinds.indexOf('department')).toBeGreaterThan(kinds.lastIndexOf('member'));
    expect(kinds.indexOf('union')).toBeGreaterThan(kinds.lastIndexOf('department'));
    const memberFindings = findings.filter((f) => f.subject.kind === 'member');
    expect(
      memberFindings.map((f) => [f.subject.kind === 'member' && f.subject.studentId, f.code]),
    ).toEqual([
      [chair.studentId, 'political'],
      [chair.studentId, 'rank'],
      [assistant.studentId, 'political'],
      [assistant.studentId, 'rank'],
      [assistant.studentId, 'failed'],
      [assistant.studentId, 'discipline'],
      [assistant.studentId, 'titles'],
    ]);
    expect(findings.filter((f) => f.subject.kind === 'union').map((f) => f.code)).toEqual([
      'staff-total',
      'presidium',
      'departments',
      'core-ratio',
    ]);
    expect(skipped.map((s) => s.code)).toEqual(['from-colleges', 'congress']);
  });

  it('runs nothing for a disabled rule, not even a skip', () => {
    const { ctx } = messyContext();
    for (const code of RULE_CODES) ctx.policy.rules[code].enabled = false;
    ctx.policy.rules.political.enabled = true;
    const { findings, skipped } = runRules(ctx);
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(['political']));
    expect(skipped).toEqual([]);
  });

  it('renders every finding and skip in both languages, with every placeholder filled', () => {
    const { ctx } = messyContext();
    const { findings, skipped } = runRules(ctx);
    const texts = [
      ...findings.map((f) => [f.messageKey, f.evidence] as const),
      ...skipped.map((s) => [s.messageKey, s.params ?? {}] as const),
    ];
    for (const [key, params] of texts) {
      for (const lang of ['zh', 'en'] as const) {
        const text = t(key, lang, params);
        expect(text).not.toMatch(/^\[|\{\w+\}/);
      }
    }
    for (const f of findings) for (const id of f.sources) expect(SOURCES[id]).toBeDefined();
  });

  it('has a short title for every rule code', () => {
    for (const code of RULE_CODES) {
      expect(t(`rule.${code}.title`, 'zh')).not.toMatch(/^\[/);
      expect(t(`rule.${code}.title`, 'en')).not.toMatch(/^\[/);
    }
  });
});
