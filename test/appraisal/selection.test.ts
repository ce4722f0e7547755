import { selectForms } from '../../src/core/appraisal/selection';
import { member, ROSTER, roleOf } from './fixtures';

describe('selectForms', () => {
  it('appraises the presidium and department heads by default, presidium first', () => {
    const { units, unclassified } = selectForms(
      { members: ROSTER, roleOf, scope: 'leaders', layout: 'per-department' },
      'zh',
    );
    expect(units.map((u) => [u.department, u.members.map((m) => m.name)])).toEqual([
      ['主席团', ['王主席', '李副']],
      ['秘书处', ['=张三']],
      ['@文体部', ['+钱', '孙某']],
    ]);
    expect(unclassified.map((m) => m.name)).toEqual(['周助理']);
  });

  it('takes everyone with scope all, and one form with the single layout', () => {
    const { units } = selectForms(
      { members: ROSTER, roleOf, scope: 'all', layout: 'single' },
      'zh',
    );
    expect(units).toHaveLength(1);
    expect(units[0]?.department).toBe('');
    expect(units[0]?.members.map((m) => m.name)).toEqual([
      '王主席',
      '李副',
      '=张三',
      '赵干事',
      '周助理',
      '+钱',
      '孙某',
    ]);
  });

  it('lists a member once and files a presidium title under 主席团 whatever the department says', () => {
    const members = [
      ...ROSTER,
      member(9, '王主席', '2023001', '主席团', '主席'),
      member(10, '吴', '2023009', '', '主席'),
    ];
    const { units } = selectForms(
      { members, roleOf, scope: 'leaders', layout: 'per-department' },
      'en',
    );
    expect(units[0]).toMatchObject({ department: 'Presidium' });
    expect(units[0]?.members.map((m) => m.name)).toEqual(['王主席', '李副', '吴']);
  });
});
