import { presetPolicy } from '../../policy/presets';
import { context, member, members } from '../fixtures';
import { presidiumRule } from './check';

describe('presidium', () => {
  const five = [
    member({ department: '主席团', title: '主席' }),
    ...members(2, { department: '主席团', title: '副主席' }),
    member({ title: '执行主席' }),
    member({ department: '主席团', title: '主席团成员' }),
  ];

  it('passes five and flags six, listing them as refs', () => {
    expect(
      presidiumRule(
        context({ members: [...five, member({ title: '学习部部长', department: '学习部' })] }),
      ).findings,
    ).toEqual([]);
    const sixth = member({ department: '执行主席团', title: '成员' });
    const [finding] = presidiumRule(context({ members: [...five, sixth] })).findings;
    expect(finding).toMatchObject({
      messageKey: 'rule.presidium.over',
      evidence: { count: 6, limit: 5 },
    });
    expect(finding?.refs).toHaveLength(6);
    expect(finding?.refs?.[5]).toEqual(sixth.ref);
  });

  // The limit is about seats: a forbidden, unknown or blank title under 主席团 still sits there.
  it('counts every row placed in the presidium, whatever the title', () => {
    for (const title of ['主席助理', '秘书长', '宣传委员', '', undefined]) {
      const sixth = member({ department: '主席团', ...(title === undefined ? {} : { title }) });
      const [finding] = presidiumRule(context({ members: [...five, sixth] })).findings;
      expect([title, finding?.evidence.count]).toEqual([title, 6]);
    }
  });

  it('hnjt-2021: one 执行主席 at most, four in all', () => {
    const roster = [
      member({ department: '执行主席团', title: '执行主席' }),
      member({ department: '执行主席团', title: '执行主席（轮值）' }),
      ...members(2, { department: '执行主席团', title: '主席团成员' }),
    ];
    const ctx = context({ members: roster, policy: presetPolicy('hnjt-2021') });
    expect(
      presidiumRule(ctx).findings.map((f) => [f.messageKey, f.evidence.count, f.evidence.limit]),
    ).toEqual([['rule.presidium.titleOver', 2, 1]]);
    const withFifth = context({
      members: [...roster, member({ title: '主席团成员' })],
      policy: presetPolicy('hnjt-2021'),
    });
    expect(presidiumRule(withFifth).findings.map((f) => f.messageKey)).toEqual([
      'rule.presidium.over',
      'rule.presidium.titleOver',
    ]);
  });
});
