import { context, members } from '../fixtures';
import { staffTotalRule } from './check';

describe('staff-total', () => {
  it('passes at the limit and flags one over it', () => {
    const ctx = context({ members: members(40, { department: '学习部', title: '干事' }) });
    expect(staffTotalRule(ctx).findings).toEqual([]);
    const over = context({ members: members(41, { department: '学习部', title: '干事' }) });
    expect(staffTotalRule(over).findings).toEqual([
      expect.objectContaining({
        code: 'staff-total',
        severity: 'violation',
        subject: { kind: 'union' },
        messageKey: 'rule.staff-total.over',
        evidence: { count: 41, limit: 40, excess: 1 },
      }),
    ]);
  });

  it('uses the policy limit (30 for a college union)', () => {
    const ctx = context({ members: members(31, {}) });
    ctx.policy.rules['staff-total'].max = 30;
    expect(staffTotalRule(ctx).findings[0]?.evidence).toMatchObject({ count: 31, limit: 30 });
  });
});
