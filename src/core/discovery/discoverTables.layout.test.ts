import { discoverTables } from './discoverTables';
import { sheet } from './sheets.fixture';

describe('discoverTables: layout', () => {
  it('finds two blocks stacked on one sheet, the first ending before the second title', () => {
    const tables = discoverTables(
      sheet('汇总', [
        ['校学生会成员名单'],
        ['姓名', '学号', '部门', '职务'],
        ['张三', '001', '学习部', '部长'],
        ['李四', '002', '学习部', '干事'],
        [],
        ['学生处分名单'],
        ['学号', '姓名', '处分类型', '处分日期'],
        ['003', '王五', '警告', '2025-03-04'],
      ]),
    );
    expect(tables.map((t) => [t.kind, t.headerRow, t.firstDataRow, t.lastDataRow])).toEqual([
      ['roster', 2, 3, 4],
      ['discipline', 7, 8, undefined],
    ]);
  });

  it('splits two identical headers when a title row separates them', () => {
    const header = ['姓名', '学号', '部门', '职务'];
    const tables = discoverTables(
      sheet('S', [
        ['校学生会名单'],
        header,
        ['张三', '001', '学习部', '部长'],
        ['院学生会名单'],
        header,
        ['李四', '002', '体育部', '干事'],
      ]),
    );
    expect(tables.map((t) => [t.headerRow, t.lastDataRow])).toEqual([
      [2, 3],
      [5, undefined],
    ]);
  });

  it('returns nothing for a sheet with no table', () => {
    expect(discoverTables(sheet('空', []))).toEqual([]);
    expect(
      discoverTables(sheet('说明', [['填表说明：学号请使用文本格式'], ['联系人：张老师']])),
    ).toEqual([]);
    expect(
      discoverTables(
        sheet('数据', [
          ['张三', '001', '学习部'],
          ['李四', '002', '体育部'],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads a label-value row above a header without 学号 as the student of a transcript', () => {
    const tables = discoverTables(
      sheet('S', [
        ['学号：', '2531020101001', '姓名：', '张三'],
        ['课程名称', '学分', '成绩'],
      ]),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({
      kind: 'grades',
      headerRow: 2,
      missing: [],
      subject: 'perBlock',
      subjectRow: 1,
    });
  });
});
