import { deptStaffRule } from './check';
import { context, member, members } from '../fixtures';

describe('dept-staff', () => {
  it('counts members besides heads: 6 pass, 7 fail', () => {
    const rows = [
      member({ department: '学习部', title: '部长' }),
      ...members(6, { department: '学习部', title: '干事' }),
      member({ department: '文体部', title: '部长' }),
      ...members(7, { department: '文体部', title: '委员' }),
      member({ department: '文体部', title: '部长助理' }),
    ];
    const { findings } = deptStaffRule(context({ members: rows }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      subject: { kind: 'department', department: '文体部' },
      messageKey: 'rule.dept-staff.over',
      evidence: { department: '文体部', count: 7, limit: 6 },
    });
    expect(findings[0]?.refs).toHaveLength(9);
  });

  it('respects the rosterFields of the mapping', () => {
    const ctx = context({
      members: members(8, { department: '学习部', title: '干事' }),
      rosterFields: ['name', 'title'],
    });
    expect(deptStaffRule(ctx).skipped?.messageKey).toBe('rule.skip.noDepartmentColumn');
  });
});
