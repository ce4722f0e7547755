import type { SanctionRecord } from '../../records';
import { t } from '../../messages';
import { context, member } from '../fixtures';
import { runRule } from '..';
import type { Rule } from '../types';

/** The check as the engine runs it, so its findings carry the rule's sources. */
const politicalRule: Rule = (ctx) => runRule('political', ctx);

describe('political', () => {
  const roster = [
    member({ political: 'league-member', politicalRaw: '共青团员' }),
    member({ political: 'probationary-member', politicalRaw: '预备党员' }),
    member({ political: 'masses', politicalRaw: '群众' }),
    member({ political: 'unknown', politicalRaw: '团员（待转）' }),
    member({ political: 'missing' }),
  ];

  it('passes allowed statuses, fails others, leaves unknown and missing pending', () => {
    const { findings } = politicalRule(context({ members: roster }));
    expect(
      findings.map((f) => [
        f.subject.kind === 'member' && f.subject.studentId,
        f.severity,
        f.messageKey,
      ]),
    ).toEqual([
      [roster[2]?.studentId, 'violation', 'rule.political.notAllowed'],
      [roster[3]?.studentId, 'pending', 'rule.political.unknown'],
      [roster[4]?.studentId, 'pending', 'rule.political.missing'],
    ]);
    expect(findings[0]?.evidence).toMatchObject({ value: '群众' });
    expect(findings[0]?.ref).toEqual(roster[2]?.ref);
    expect(findings[0]?.sources).toEqual(['001-4', '004-2-1-3']);
  });

  it('follows the allowed list of the policy', () => {
    const ctx = context({ members: roster });
    ctx.policy.rules.political.allowed.push('masses');
    ctx.policy.rules.political.allowed.splice(0, 3);
    const codes = politicalRule(ctx).findings.map((f) => f.messageKey);
    expect(codes.filter((k) => k === 'rule.political.notAllowed')).toHaveLength(2);
  });

  it('is skipped when the roster mapping has no 政治面貌 column', () => {
    const out = politicalRule(context({ members: roster, rosterFields: ['name', 'studentId'] }));
    expect(out.findings).toEqual([]);
    expect(out.skipped?.messageKey).toBe('rule.skip.noPoliticalColumn');
  });
});

describe('political, against a discipline register', () => {
  const league = member({ political: 'league-member', politicalRaw: '共青团员' });
  const party = member({ political: 'party-member', politicalRaw: '中共党员' });
  const probation = member({ political: 'probationary-member', politicalRaw: '预备党员' });
  const record = (studentId: string, raw: string, ends: SanctionRecord['ends']) => ({
    ref: { sheet: '处分', row: 2 },
    studentId,
    raw,
    lifted: false,
    notSchool: 'league' as const,
    ...(ends ? { ends } : {}),
    date: '2024-10-08',
  });

  it('asks to check a 共青团员 the register says was expelled from the League (开除团籍)', () => {
    const expelled = record(league.studentId, '开除团籍', 'league');
    const { findings } = politicalRule(
      context({
        members: [league, party],
        sanctions: [expelled, record(party.studentId, '团内警告', undefined)],
      }),
    );
    expect(findings).toMatchObject([
      {
        subject: { studentId: league.studentId },
        severity: 'pending',
        messageKey: 'rule.political.membershipEnded',
        evidence: { value: '共青团员', raw: '开除团籍', when: '2024-10-08' },
        refs: [expelled.ref],
      },
    ]);
    expect(t(findings[0]!.messageKey, 'zh', findings[0]!.evidence)).toBe(
      '名单上政治面貌为“共青团员”，但处分名单记有“开除团籍”（2024-10-08），请核实该生现在的政治面貌，待核实',
    );
  });

  it('matches the status the record ends: 开除党籍 a party member, 取消预备党员资格 a probationary one', () => {
    const { findings } = politicalRule(
      context({
        members: [league, party, probation],
        sanctions: [
          record(league.studentId, '开除党籍', 'party'),
          record(party.studentId, '开除党籍', 'party'),
          record(probation.studentId, '取消预备党员资格', 'probationary'),
        ],
      }),
    );
    expect(findings.map((f) => f.subject.kind === 'member' && f.subject.studentId)).toEqual([
      party.studentId,
      probation.studentId,
    ]);
  });

  it('leaves a record the register says was revoked alone', () => {
    const revoked = { ...record(league.studentId, '开除团籍（已撤销）', 'league'), lifted: true };
    expect(politicalRule(context({ members: [league], sanctions: [revoked] })).findings).toEqual(
      [],
    );
  });
});
