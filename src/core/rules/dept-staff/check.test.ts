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
      evidence: { department: '文体部', count: 8, limit: 6 },
    });
    expect(findings[0]?.refs).toHaveLength(9);
  });

  // The limit is about seats held: a row placed in the department holds one, whatever its title says.
  it('counts every non-head row of the department, whatever the title', () => {
    const rows = [
      ...members(2, { department: '秘书处', title: '部长' }),
      ...members(3, { department: '秘书处', title: '干事' }),
      member({ department: '秘书处', title: '成员' }),
      member({ department: '秘书处', title: '秘书长' }),
      member({ department: '秘书处', title: '宣传员' }),
      member({ department: '秘书处' }),
      member({ department: '秘书处', title: ' ' }),
    ];
    const [finding] = deptStaffRule(context({ members: rows })).findings;
    expect(finding).toMatchObject({ evidence: { department: '秘书处', count: 8, limit: 6 } });
    expect(finding?.refs).toHaveLength(rows.length);
  });

  it('counts one department however its name is spaced or written in full-width', () => {
    const rows = [
      ...members(2, { department: 'IT部', title: '部长' }),
      ...members(3, { department: 'IT部', title: '干事' }),
      ...members(2, { department: 'ＩＴ　部', title: '干事' }),
      ...members(2, { department: 'I T部\u200b', title: '委员' }),
    ];
    const [finding] = deptStaffRule(context({ members: rows })).findings;
    expect(finding).toMatchObject({ evidence: { count: 7, limit: 6 } });
  });

  it('respects the rosterFields of the mapping', () => {
    const ctx = context({
      members: members(8, { department: '学习部', title: '干事' }),
      rosterFields: ['name', 'title'],
    });
    expect(deptStaffRule(ctx).skipped?.messageKey).toBe('rule.skip.noDepartmentColumn');
  });
});
