import { discoverTables } from './discoverTables';
import { sheet } from './sheets.fixture';

describe('discoverTables: grade exports', () => {
  it('reads the 正方 new-system header set', () => {
    const header = [
      '学年',
      '学期',
      '课程代码',
      '课程名称',
      '课程性质',
      '学分',
      '成绩备注',
      '绩点',
      '成绩性质',
      '是否学位课程',
      '开课学院',
      '课程标记',
      '课程类别',
      '课程归属',
      '教学班',
      '任课教师',
      '考核方式',
      '学号',
      '姓名',
      '学生标记',
      '成绩',
      '是否成绩作废',
      '学分绩点',
    ];
    const [table] = discoverTables(sheet('成绩', [header]));
    expect(table).toMatchObject({ kind: 'grades', missing: [] });
    expect(table?.columns).toEqual({
      academicYear: 1,
      term: 2,
      courseCode: 3,
      courseName: 4,
      courseNature: 5,
      credit: 6,
      mark: 7,
      attemptType: 9,
      studentId: 18,
      name: 19,
      score: 21,
      voided: 22,
    });
    expect(table?.confidence).toBe(1);
  });

  it('reads the 正方 old-system header set with 补考成绩 and 重修成绩 beside 成绩', () => {
    const header = [
      '学号',
      '姓名',
      '学年',
      '学期',
      '课程代码',
      '课程名称',
      '课程性质',
      '课程归属',
      '学分',
      '绩点',
      '成绩',
      '辅修标记',
      '补考成绩',
      '重修成绩',
      '学院名称',
      '备注',
      '重修标记',
    ];
    const [table] = discoverTables(sheet('S', [header]));
    expect(table?.columns).toMatchObject({
      score: 11,
      makeupScore: 13,
      retakeScore: 14,
      college: 15,
      mark: 16,
      attemptType: 17,
    });
    expect(table?.missing).toEqual([]);
  });

  it('reads the 强智 header set: 开课学期 is the year-term, 补重学期 is left alone', () => {
    const header = [
      '序号',
      '开课学期',
      '课程编号',
      '课程名称',
      '成绩',
      '成绩标识',
      '学分',
      '总学时',
      '绩点',
      '补重学期',
      '考核方式',
      '考试性质',
      '课程属性',
      '课程性质',
    ];
    const [table] = discoverTables(
      sheet('S', [
        ['学号：', '2531020101001', '姓名：', '张三'],
        ['学号', ...header],
      ]),
    );
    expect(table?.headerRow).toBe(2);
    expect(table?.columns).toEqual({
      studentId: 1,
      yearTerm: 3,
      courseCode: 4,
      courseName: 5,
      score: 6,
      mark: 7,
      credit: 8,
      attemptType: 13,
      courseNature: 15,
    });
  });

  it('reads other exports (学年学期, 总成绩, 修读类型, 取得方式, 成绩标志, 上课专业)', () => {
    const header = [
      '学号',
      '姓名',
      '学年学期',
      '上课专业',
      '上课年级',
      '上课班级',
      '课程名称',
      '学分',
      '总成绩',
      '修读类型',
      '取得方式',
      '成绩标志',
    ];
    const [table] = discoverTables(sheet('S', [header]));
    expect(table?.columns).toEqual({
      studentId: 1,
      name: 2,
      yearTerm: 3,
      major: 4,
      entryYear: 5,
      className: 6,
      courseName: 7,
      credit: 8,
      score: 9,
      attemptType: 10,
      acquisition: 11,
      mark: 12,
    });
  });

  it('never gives 成绩 to 成绩备注 or 成绩性质 when a 成绩 column exists, in any order', () => {
    const [table] = discoverTables(
      sheet('S', [['成绩备注', '成绩性质', '学号', '课程名称', '成绩', '补考成绩']]),
    );
    expect(table?.columns).toMatchObject({ mark: 1, attemptType: 2, score: 5, makeupScore: 6 });
  });

  it('takes a score column with extra words by contains-match, but never 成绩备注', () => {
    const [withExtra] = discoverTables(
      sheet('S', [['学号', '课程名称', '期末总评成绩', '成绩备注']]),
    );
    expect(withExtra?.columns).toMatchObject({ score: 3, mark: 4 });
    const [onlyRemark] = discoverTables(sheet('S', [['学号', '课程名称', '成绩备注']]));
    expect(onlyRemark?.columns.score).toBeUndefined();
    expect(onlyRemark?.missing).toEqual(['score']);
  });

  it('prefers 总评 in a two-row header over the group label above it', () => {
    const tables = discoverTables(
      sheet('S', [
        ['学号', '姓名', '课程名称', '成绩', null, null],
        [null, null, null, '平时成绩', '期末成绩', '总评'],
        ['2531020101001', '张三', '高等数学', 80, 70, 75],
      ]),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ headerRow: 1, firstDataRow: 3 });
    expect(tables[0]?.columns).toMatchObject({ studentId: 1, name: 2, courseName: 3, score: 6 });
  });

  it('treats a repeated page header as part of the same table', () => {
    const header = ['学号', '姓名', '课程名称', '成绩'];
    const row = ['2531020101001', '张三', '高等数学', 80];
    const tables = discoverTables(sheet('S', [header, row, row, header, row]));
    expect(tables).toHaveLength(1);
    expect(tables[0]?.lastDataRow).toBeUndefined();
  });
});
