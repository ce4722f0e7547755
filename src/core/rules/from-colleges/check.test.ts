import { presetPolicy } from '../../policy/presets';
import { context, member, members } from '../fixtures';
import { fromCollegesRule, holdsCollegeRole } from './check';

describe('from-colleges', () => {
  it('reads a role column: non-empty and not a "none" word means from a college union', () => {
    expect(['计算机学院学生会干事', '是'].map(holdsCollegeRole)).toEqual([true, true]);
    expect(['', '无', ' 否 ', '/', undefined].map(holdsCollegeRole)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('reads a yes/no membership column (是否院级学生会成员) as well as a role', () => {
    expect(['√', 'Y', 'TRUE', '1', '文体部部长'].map(holdsCollegeRole)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['×', 'N', 'FALSE', '0', '非成员', '未任职'].map(holdsCollegeRole)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('passes at exactly 50% and flags below, listing the others as refs', () => {
    const half = [
      ...members(2, { collegeUnionRole: '院学生会干事' }),
      ...members(2, { collegeUnionRole: '无' }),
    ];
    expect(fromCollegesRule(context({ members: half })).findings).toEqual([]);
    const under = [
      ...members(2, { collegeUnionRole: '院学生会干事' }),
      ...members(3, { collegeUnionRole: '无' }),
    ];
    const [finding] = fromCollegesRule(context({ members: under })).findings;
    expect(finding).toMatchObject({
      messageKey: 'rule.from-colleges.under',
      evidence: { count: 2, total: 5, percent: 40, limit: 50 },
    });
    expect(finding?.refs).toEqual(under.slice(2).map((m) => m.ref));
  });

  it('also counts a 学号 found on the college-level roster', () => {
    const school = members(2, {});
    const college = [member({ studentId: school[0]!.studentId, level: 'college' })];
    expect(
      fromCollegesRule(context({ members: school, otherLevelMembers: college })).findings,
    ).toEqual([]);
    expect(
      fromCollegesRule(
        context({ members: school, otherLevelMembers: [member({ level: 'college' })] }),
      ).findings,
    ).toHaveLength(1);
  });

  it('is skipped with no data, and at college level', () => {
    expect(fromCollegesRule(context({ members: members(2, {}) })).skipped?.messageKey).toBe(
      'rule.skip.noCollegeUnionData',
    );
    const college = context({
      members: members(2, { collegeUnionRole: '无' }),
      policy: presetPolicy('national-college'),
    });
    expect(fromCollegesRule(college).skipped?.messageKey).toBe('rule.skip.schoolLevelOnly');
  });
});
