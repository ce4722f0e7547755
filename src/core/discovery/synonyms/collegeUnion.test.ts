import { matchHeaders } from '../matchHeaders';

/** A roster header row with the college-union column written `header`. */
function columnsWith(header: string) {
  const texts = ['序号', '姓名', '学号', '部门', '职务', '政治面貌', header];
  return matchHeaders(
    'roster',
    texts.map((text, i) => ({ col: i + 1, text })),
  ).columns;
}

describe('college-union membership columns (from-colleges)', () => {
  it.each([
    '是否院级学生会成员',
    '院学生会职务',
    '院级学生会职务',
    '是否二级学院学生会成员',
    '院学生会任职',
    '二级学院学生会职务',
    '是否院学生会成员',
    '院学生会兼职情况',
    '在院级学生会任何职',
  ])('reads %s as the college-union column, not as 职务 or 部门', (header) => {
    expect(columnsWith(header)).toMatchObject({ department: 4, title: 5, collegeUnionRole: 7 });
  });

  it('does not take a school-union column for it', () => {
    expect(columnsWith('校学生会职务').collegeUnionRole).toBeUndefined();
  });
});
