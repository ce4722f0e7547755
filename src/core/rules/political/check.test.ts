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
