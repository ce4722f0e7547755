import { discoverTables } from './discoverTables';
import { sheet } from './sheets.fixture';

const ROSTER_HEADER = [
  '序号',
  '姓名',
  '学号',
  '性别',
  '学院',
  '专业',
  '年级',
  '班级',
  '部门',
  '职务',
  '政治面貌',
  '联系电话',
  '级别',
];

describe('discoverTables: roster', () => {
  it('finds the header under a merged title and a blank row', () => {
    const title = '2025-2026学年第一学期学生会成员名单';
    const [table] = discoverTables(
      sheet('名单', [
        [title, null, null],
        [],
        ROSTER_HEADER,
        [
          1,
          '张三',
          '2531020101001',
          '男',
          '信息学院',
          '软件技术',
          '2025级',
          '软件2501',
          '学习部',
          '部长',
          '共青团员',
          '13800000000',
          '校级',
        ],
      ]),
    );
    expect(table).toMatchObject({
      kind: 'roster',
      sheet: '名单',
      headerRow: 3,
      firstDataRow: 4,
      columns: {
        seq: 1,
        name: 2,
        studentId: 3,
        gender: 4,
        college: 5,
        major: 6,
        entryYear: 7,
        className: 8,
        department: 9,
        title: 10,
        political: 11,
        phone: 12,
        level: 13,
      },
      missing: [],
    });
    expect(table?.lastDataRow).toBeUndefined();
    expect(table?.confidence).toBe(1);
    expect(table?.headers).toHaveLength(13);
  });

  it('reads a title merged cell repeated across the row (exceljs) as a title, not a header', () => {
    const title = '学生会成员名单';
    const tables = discoverTables(
      sheet('S', [
        [title, title, title, title],
        ['姓名', '学号', '部门', '职务'],
      ]),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ headerRow: 2, kind: 'roster' });
  });

  it('matches columns in any order, full-width, with spaces and trailing punctuation', () => {
    const [table] = discoverTables(
      sheet('S', [
        ['职　务', '部 门：', '学号*', '（姓名）', '姓　名', '政治面貌（必填）', 'ＱＱ'],
      ]),
    );
    expect(table?.columns).toEqual({
      title: 1,
      department: 2,
      studentId: 3,
      name: 5,
      political: 6,
    });
  });

  it('respects firstRow offsets of the head', () => {
    const [table] = discoverTables(sheet('S', [[], ['姓名', '学号', '部门']], 10));
    expect(table).toMatchObject({ headerRow: 11, firstDataRow: 12 });
  });

  it('lists missing required fields', () => {
    const [table] = discoverTables(sheet('S', [['序号', '姓名', '部门', '职务']]));
    expect(table).toMatchObject({ kind: 'roster', missing: ['studentId', 'className'] });
    expect(table?.confidence).toBeLessThan(1);
  });

  it('maps 年级 to entryYear and 级别 to level, rank columns too', () => {
    const [table] = discoverTables(
      sheet('S', [
        [
          '姓名',
          '学号',
          '年级',
          '级别',
          '综合排名',
          '专业人数',
          '排名百分比',
          '院学生会职务',
          '职务',
        ],
      ]),
    );
    expect(table?.columns).toMatchObject({
      entryYear: 3,
      level: 4,
      schoolRank: 5,
      rankCohortSize: 6,
      rankPercent: 7,
      collegeUnionRole: 8,
      title: 9,
    });
  });
});
