import { presetPolicy } from '../policy/presets';
import { classifyTitle } from './roles';

const national = presetPolicy('national-school');
const hnjt = presetPolicy('hnjt-2021');

describe('classifyTitle', () => {
  it.each([
    ['主席', '主席团', 'presidium'],
    ['执行主席', '', 'presidium'],
    ['成员', '主席团', 'presidium'],
    ['', '执行主席团', 'presidium'],
    ['', '校学生会主席团', 'presidium'],
    ['主席团成员', '', 'presidium'],
    ['执行主席团成员', '', 'presidium'],
    ['学生会主席', undefined, 'presidium'],
    ['副主席兼学习部部长', '学习部', 'presidium'],
    ['部长', '文体部', 'head'],
    ['文体部部长', '文体部', 'head'],
    ['文体部副部长', '', 'head'],
    ['文体副部长', '文体部', 'head'],
    ['副部长（主持工作）', '学习部', 'head'],
    ['副部长(主持工作', '学习部', 'head'],
    [' 部　长 ', '学习部', 'head'],
    ['文体部-部长', '', 'head'],
    ['秘书处负责人', '秘书处', 'head'],
    ['办公室主任', '办公室', 'head'],
    ['干事', '学习部', 'staff'],
    ['学习部干事', '学习部', 'staff'],
    ['部长/干事', '学习部', 'head'],
    ['ＰＲ部干事', 'PR部', 'staff'],
    ['主席助理', '主席团', 'forbidden'],
    ['文体部部长助理', '文体部', 'forbidden'],
    ['秘书长', '秘书处', 'forbidden'],
    ['学生事务中心主任', '', 'forbidden'],
    ['部长（兼主席助理）', '学习部', 'forbidden'],
    ['顾问', '主席团', 'forbidden'],
    ['副主席（兼秘书处负责人）', '主席团', 'presidium'],
    ['主席团成员(兼学习部部长)', '', 'presidium'],
    ['执行主席【轮值】', '', 'presidium'],
    ['学生会副主席', '', 'presidium'],
    ['外联部\u3000副部长', '外联部', 'head'],
    ['干 事', '权益部', 'staff'],
    ['名誉主席', '主席团', 'forbidden'],
    ['学生服务中心副主任', '', 'forbidden'],
    ['副秘书长', '秘书处', 'forbidden'],
    ['秘书', '秘书处', 'unknown'],
    ['代理部长', '学习部', 'unknown'],
    ['组长', '学习部', 'unknown'],
    ['学习委员', '', 'unknown'],
    ['常委', '学习部', 'unknown'],
    ['部长兼组长', '学习部', 'unknown'],
    ['', '学习部', 'unknown'],
    [undefined, undefined, 'unknown'],
  ])('national: %s in %s is %s', (title, department, expected) => {
    expect(classifyTitle(title, department, national)).toBe(expected);
  });

  it.each([
    ['负责人', '文体部', 'head'],
    ['主要负责人', '心理部', 'head'],
    ['部长', '文体部', 'forbidden'],
    ['文体部副部长', '文体部', 'forbidden'],
    ['办公室主任', '秘书处', 'forbidden'],
    ['执行主席', '执行主席团', 'presidium'],
    ['干事', '权益部', 'staff'],
  ])('hnjt-2021: %s in %s is %s', (title, department, expected) => {
    expect(classifyTitle(title, department, hnjt)).toBe(expected);
  });

  it('follows edits to the policy lists', () => {
    const policy = presetPolicy();
    expect(classifyTitle('组长', '学习部', policy)).toBe('unknown');
    policy.rules.titles.staffTitles.push('组长');
    expect(classifyTitle('组长', '学习部', policy)).toBe('staff');
    policy.rules.titles.forbidden.push('组长');
    expect(classifyTitle('学习部组长', '学习部', policy)).toBe('forbidden');
  });
});
