import { presetPolicy } from '../../policy/presets';
import { context, member } from '../fixtures';
import { t } from '../../messages';
import { titlesRule } from './check';

describe('titles', () => {
  const rows = [
    member({ department: '主席团', title: '主席' }),
    member({ department: '主席团', title: '主席助理' }),
    member({ department: '学习部', title: '学习部部长' }),
    member({ department: '学习部', title: '组长' }),
    member({ department: '学习部' }),
    member({ department: '秘书处', title: '秘书长' }),
  ];

  it('flags forbidden titles and leaves unknown or missing ones pending, on the member row', () => {
    const { findings } = titlesRule(context({ members: rows }));
    expect(findings.map((f) => [f.ref?.row, f.severity, f.messageKey])).toEqual([
      [rows[1]?.ref.row, 'violation', 'rule.titles.forbidden'],
      [rows[3]?.ref.row, 'pending', 'rule.titles.unknown'],
      [rows[4]?.ref.row, 'pending', 'rule.titles.missing'],
      [rows[5]?.ref.row, 'violation', 'rule.titles.forbidden'],
    ]);
    expect(findings[0]?.evidence).toEqual({
      title: '主席助理',
      department: '主席团',
      word: '主席助理',
      quote: '除学生会主席团成员和工作部门成员，均不设置其他任何职务。',
    });
    expect(findings[0]?.sources[0]).toBe('001-3');
  });

  it('hnjt-2021 quotes seed 004’s own reason for each forbidden title', () => {
    const { findings } = titlesRule(context({ members: rows, policy: presetPolicy('hnjt-2021') }));
    const forbidden = findings.filter((f) => f.messageKey === 'rule.titles.forbidden');
    expect(forbidden.map((f) => [f.evidence.title, f.evidence.quote, f.sources[0]])).toEqual([
      ['主席助理', '学生会各部门不设置主席助理、部长助理等岗位', '004-2-1-4'],
      ['学习部部长', '不设置部长,主任等职务,只安排工作的主要负责人', '004-2-1-4'],
      ['秘书长', '聘任秘书长1名,由院团委专职干部兼任', '004-2-1-4'],
    ]);
    expect(t('rule.titles.forbidden', 'zh', forbidden[1]?.evidence)).toBe(
      '职务“学习部部长”按规定不应设置，原文：“不设置部长,主任等职务,只安排工作的主要负责人”',
    );
  });

  it('hnjt-2021 also forbids 部长', () => {
    const { findings } = titlesRule(context({ members: rows, policy: presetPolicy('hnjt-2021') }));
    expect(
      findings.filter((f) => f.messageKey === 'rule.titles.forbidden').map((f) => f.evidence.title),
    ).toEqual(['主席助理', '学习部部长', '秘书长']);
  });

  it('is skipped when no row has a title', () => {
    expect(
      titlesRule(context({ members: [member({ department: '学习部' })] })).skipped?.messageKey,
    ).toBe('rule.skip.noTitleColumn');
  });
});
