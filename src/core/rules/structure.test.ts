import { presetPolicy } from '../policy/presets';
import { member, members } from './fixtures';
import { summarizeStructure } from './structure';

describe('summarizeStructure', () => {
  const roster = [
    member({ department: '主席团', title: '主席' }),
    member({ department: '学习部', title: '部长' }),
    member({ department: '文体部', title: '文体部部长' }),
    ...members(2, { department: '学习部', title: '干事' }),
    member({ department: '学 习 部', title: '部长助理' }),
    member({ department: '主席团', title: '秘书长' }),
    member({ title: '干事' }),
    member({ department: '主席团', title: '主席团成员' }),
  ];

  it('groups rows by normalised department, presidium apart', () => {
    const s = summarizeStructure(roster, presetPolicy());
    // 秘书长 under 主席团 is a forbidden post (the titles rule reports it) but still holds a seat there.
    expect(s.presidium.map((m) => m.title)).toEqual(['主席', '秘书长', '主席团成员']);
    expect(s.groups.map((g) => [g.name, g.members.length])).toEqual([
      ['学习部', 4],
      ['文体部', 1],
    ]);
    expect(s.departments[0]).toMatchObject({ name: '学习部', heads: 1, staff: 3, other: 1 });
    expect(s.unassigned.map((m) => m.title)).toEqual(['干事']);
    expect(s.roles).toEqual([
      'presidium',
      'head',
      'head',
      'staff',
      'staff',
      'forbidden',
      'forbidden',
      'staff',
      'presidium',
    ]);
    expect(s.union).toEqual({ staffTotal: 9, presidium: 3, departments: 2 });
  });

  // Whether a department breaks its limits is the findings' verdict (pipeline/evaluate.ts).
  it('carries the enabled limits and no verdict of its own', () => {
    const policy = presetPolicy();
    policy.rules['dept-staff'].max = 1;
    const s = summarizeStructure(roster, policy);
    expect(s.departments[0]?.limits).toEqual({ headsMin: 2, headsMax: 3, staffMax: 1 });
    expect(s.departments[0]).not.toHaveProperty('breaksLimits');
  });

  it('leaves out the limits of disabled rules', () => {
    const s = summarizeStructure(roster, presetPolicy('national-college'));
    expect(s.departments[0]?.limits).toEqual({});
  });
});
