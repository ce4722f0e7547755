import { presetPolicy } from '../../policy/presets';
import { deptHeadsRule } from './check';
import { context, members } from '../fixtures';

describe('dept-heads', () => {
  const dept = (name: string, heads: number) => [
    ...members(heads, { department: name, title: heads > 1 ? '副部长' : '部长' }),
    ...members(2, { department: name, title: '干事' }),
  ];

  it('passes 2 and 3 heads, flags 1 and 4 with every row of the department', () => {
    const rows = [
      ...dept('学习部', 1),
      ...dept('文体部', 2),
      ...dept('权益部', 3),
      ...dept('心理部', 4),
    ];
    const { findings } = deptHeadsRule(context({ members: rows }));
    expect(
      findings.map((f) => [
        f.subject.kind === 'department' && f.subject.department,
        f.messageKey,
        f.evidence.count,
        f.evidence.limit,
      ]),
    ).toEqual([
      ['学习部', 'rule.dept-heads.tooFew', 1, 2],
      ['心理部', 'rule.dept-heads.tooMany', 4, 3],
    ]);
    expect(findings[0]?.refs).toHaveLength(3);
    expect(findings[1]?.refs).toHaveLength(6);
  });

  it('hnjt-2021: 部长 is not a head, so a department led by 部长 has too few 负责人', () => {
    const rows = [
      ...members(2, { department: '学习部', title: '部长' }),
      ...members(2, { department: '文体部', title: '负责人' }),
    ];
    const { findings } = deptHeadsRule(
      context({ members: rows, policy: presetPolicy('hnjt-2021') }),
    );
    expect(findings.map((f) => f.evidence.department)).toEqual(['学习部']);
  });

  it('is skipped without a 职务 column or without limits', () => {
    const noTitles = context({ members: members(3, { department: '学习部' }) });
    expect(deptHeadsRule(noTitles).skipped?.messageKey).toBe('rule.skip.noTitleColumn');
    const ctx = context({ members: dept('学习部', 1) });
    delete ctx.policy.rules['dept-heads'].min;
    delete ctx.policy.rules['dept-heads'].max;
    expect(deptHeadsRule(ctx).skipped?.messageKey).toBe('rule.skip.noLimit');
  });
});
