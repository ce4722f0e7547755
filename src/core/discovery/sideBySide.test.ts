import { discoverTables } from './discoverTables';
import { sheet } from './sheets.fixture';

describe('discoverTables: tables side by side', () => {
  it('splits a header row at an empty column when both parts are complete tables', () => {
    const tables = discoverTables(
      sheet('汇总', [
        ['姓名', '学号', '部门', '职务', null, '学号', '姓名', '处分类型', '处分日期'],
        ['张三', '001', '学习部', '部长', null, '003', '王五', '警告', '2025-03-04'],
        ['李四', '002', '学习部', '干事'],
      ]),
    );
    expect(tables.map((t) => [t.kind, t.headerRow, t.lastDataRow, t.columns])).toEqual([
      ['roster', 1, undefined, { name: 1, studentId: 2, department: 3, title: 4 }],
      ['discipline', 1, undefined, { studentId: 6, name: 7, sanction: 8, date: 9 }],
    ]);
    expect(tables[0]?.headers.map((h) => h.col)).toEqual([1, 2, 3, 4]);
  });

  it('keeps one table when the part after the gap is not a table of its own', () => {
    const tables = discoverTables(
      sheet('名单', [
        ['姓名', '学号', '部门', null, '备注', '联系电话'],
        ['张三', '001', '学习部', null, '', '138'],
      ]),
    );
    expect(tables.map((t) => [t.kind, t.headers.map((h) => h.col)])).toEqual([
      ['roster', [1, 2, 3, 5, 6]],
    ]);
  });

  it('ends a side-by-side pair at the next table below', () => {
    const tables = discoverTables(
      sheet('S', [
        ['姓名', '学号', '部门', null, '学号', '姓名', '处分类型'],
        ['张三', '001', '学习部', null, '003', '王五', '警告'],
        [],
        ['学生会名单（院级）'],
        ['姓名', '学号', '部门', '职务'],
        ['李四', '002', '体育部', '干事'],
      ]),
    );
    expect(tables.map((t) => [t.kind, t.headerRow, t.lastDataRow])).toEqual([
      ['roster', 1, 2],
      ['discipline', 1, 2],
      ['roster', 5, undefined],
    ]);
  });
});
