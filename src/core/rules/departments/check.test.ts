import { presetPolicy } from '../../policy/presets';
import { t } from '../../messages';
import { departmentsRule } from './check';
import { context, member } from '../fixtures';

const roster = (names: string[]) =>
  names.map((department) => member({ department, title: '干事' }));

describe('departments', () => {
  const six = ['秘书处', '文体部', '权益部', '学习部', '新闻传媒部', '心理部'];

  it('passes six work departments (the presidium is not one) and flags seven', () => {
    const withPresidium = [...roster(six), member({ department: '主席团', title: '主席' })];
    expect(departmentsRule(context({ members: withPresidium })).findings).toEqual([]);
    const [finding] = departmentsRule(context({ members: roster([...six, '外联部']) })).findings;
    expect(finding).toMatchObject({
      subject: { kind: 'union' },
      messageKey: 'rule.departments.over',
      evidence: { count: 7, limit: 6 },
    });
    expect(finding?.evidence.departments).toContain('外联部');
  });

  it('hnjt-2021: a department outside the named six is flagged with all its rows', () => {
    const rows = [
      ...roster(['学习部', '外联部', '外联部']),
      member({ department: '新闻 传媒部', title: '干事' }),
    ];
    const { findings } = departmentsRule(
      context({ members: rows, policy: presetPolicy('hnjt-2021') }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      subject: { kind: 'department', department: '外联部' },
      messageKey: 'rule.departments.notAllowedQuoted',
      ref: rows[1]?.ref,
      refs: [rows[1]?.ref, rows[2]?.ref],
      evidence: { department: '外联部', count: 2, quote: '将外联部职能并入文体部,不再保留外联部' },
      sources: ['004-2-1-4', '001-3'],
    });
    expect(t(findings[0]!.messageKey, 'zh', findings[0]!.evidence)).toBe(
      '不应设置的部门“外联部”（规定设置：秘书处、文体部、权益部、学习部、新闻传媒部、心理部），原文：“将外联部职能并入文体部,不再保留外联部”',
    );
  });

  it('quotes the six named departments for one the seed does not mention, and no quote for a list of the school’s own', () => {
    const hnjt = departmentsRule(
      context({ members: roster(['学习部', '体育部']), policy: presetPolicy('hnjt-2021') }),
    );
    expect(hnjt.findings[0]?.evidence.quote).toBe(
      '设置秘书处、文体部、权益部、学习部,新闻传媒部,心理部六个部门',
    );
    const own = context({ members: roster(['学习部', '体育部']) });
    own.policy.rules.departments.allowed = ['学习部'];
    const [finding] = departmentsRule(own).findings;
    expect(finding?.messageKey).toBe('rule.departments.notAllowed');
    expect(finding?.evidence.quote).toBeUndefined();
  });

  it('is skipped without a 部门 column or without any limit', () => {
    const noDept = departmentsRule(context({ members: [member({ title: '干事' })] }));
    expect(noDept.skipped?.messageKey).toBe('rule.skip.noDepartmentColumn');
    const ctx = context({ members: roster(six) });
    delete ctx.policy.rules.departments.max;
    expect(departmentsRule(ctx).skipped?.messageKey).toBe('rule.skip.noLimit');
  });
});
