import { discoverWorkbook } from './discover';
import { neededColumns } from './neededColumns';

describe('neededColumns', () => {
  const { mappings } = discoverWorkbook([
    {
      sheet: '名单',
      rows: [
        ['学号', '姓名', '备注', '部门', '职务', '政治面貌'],
        ['2023001', '张三', '', '学习部', '部长', '共青团员'],
      ],
    },
    {
      sheet: '成绩单',
      rows: [
        ['学号：', '2023001', '姓名：', '张三'],
        ['序号', '课程编号', '课程名称', '成绩', '学分'],
        [1, 'C01', '高等数学', 55, 4],
      ],
    },
    {
      sheet: '成绩',
      rows: [
        ['学号', '姓名', 'xyz', '课程名称', '学分', '成绩', '学年学期'],
        ['2023001', '张三', '', '高等数学', 4, 88, '2024-2025-1'],
      ],
    },
  ]);

  it('keeps every column of a transcript: its student line may stand in any of them', () => {
    expect(neededColumns(mappings, undefined, '成绩单')).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps every header column of a roster (it is copied whole into the report)', () => {
    expect(neededColumns(mappings, undefined, '名单')).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps only the mapped columns of a grade table, ascending', () => {
    const cols = neededColumns(mappings, undefined, '成绩');
    expect(cols).not.toContain(3);
    expect(cols).toEqual([...(cols ?? [])].sort((a, b) => a - b));
    expect(cols).toEqual(expect.arrayContaining([1, 4, 5, 6, 7]));
  });

  it('is null for a sheet with no table, or the same sheet name in another file', () => {
    expect(neededColumns(mappings, undefined, '别的表')).toBeNull();
    expect(neededColumns(mappings, 'other.xlsx', '名单')).toBeNull();
  });
});
