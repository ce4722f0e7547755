import { presetPolicy } from '../policy/presets';
import { context, member } from './fixtures';
import { titlesRule } from './titles';

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
    expect(findings[0]?.evidence).toEqual({ title: '主席助理', department: '主席团' });
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
