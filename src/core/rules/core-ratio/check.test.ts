import { coreRatioRule } from './check';
import { context, member, members } from '../fixtures';

describe('core-ratio', () => {
  const roster = [
    member({ department: '主席团', title: '主席' }),
    member({ department: '主席团', title: '副主席' }),
    ...members(3, { department: '学习部', title: '部长' }),
    ...members(10, { department: '学习部', title: '干事' }),
  ];

  it('counts presidium and heads only: 5 of 500 passes, 5 of 499 fails', () => {
    const ok = context({ members: roster });
    ok.policy.studentsServed = 500;
    expect(coreRatioRule(ok).findings).toEqual([]);
    const tight = context({ members: roster });
    tight.policy.studentsServed = 499;
    const [finding] = coreRatioRule(tight).findings;
    expect(finding).toMatchObject({
      messageKey: 'rule.core-ratio.over',
      evidence: { count: 5, studentsServed: 499, limit: 1, limitCount: 4, percent: 1 },
    });
    expect(finding?.refs).toEqual(roster.slice(0, 5).map((m) => m.ref));
  });

  it('counts every presidium seat, whatever the title, as the presidium rule does', () => {
    const rows = [...roster, member({ department: '主席团', title: '主席助理' })];
    const ctx = context({ members: rows });
    ctx.policy.studentsServed = 499;
    const [finding] = coreRatioRule(ctx).findings;
    expect(finding?.evidence.count).toBe(6);
  });

  it('is skipped until the number of students served is set', () => {
    expect(coreRatioRule(context({ members: roster })).skipped?.messageKey).toBe(
      'rule.skip.noStudentsServed',
    );
  });
});
