import type { CellValue } from '../cells';
import type { SheetHead } from '../tables';
import { discoverTables } from './discoverTables';

function sheet(name: string, rows: (CellValue | undefined)[][], firstRow?: number): SheetHead {
  return { sheet: name, rows, ...(firstRow !== undefined ? { firstRow } : {}) };
}

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
    expect(table).toMatchObject({ kind: 'roster', missing: ['studentId'] });
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

describe('discoverTables: other kinds', () => {
  it('reads a discipline register', () => {
    const [table] = discoverTables(
      sheet('处分', [
        ['序号', '学号', '姓名', '处分类型', '处分日期', '处分文号', '是否解除', '违纪事由'],
      ]),
    );
    expect(table).toMatchObject({
      kind: 'discipline',
      columns: { studentId: 2, name: 3, sanction: 4, date: 5, lifted: 7, reason: 8 },
      missing: [],
    });
  });

  it('reads attendance per event and attendance totals', () => {
    const [events] = discoverTables(sheet('签到', [['姓名', '活动名称', '日期', '签到情况']]));
    expect(events).toMatchObject({
      kind: 'attendance',
      columns: { name: 1, event: 2, date: 3, status: 4 },
    });
    const [totals] = discoverTables(sheet('考勤', [['学号', '姓名', '应到', '实到', '缺勤次数']]));
    expect(totals).toMatchObject({
      kind: 'attendance',
      columns: { studentId: 1, name: 2, required: 3, attended: 4, absent: 5 },
      missing: [],
    });
  });

  it('reads a delegate list and uses the title to tell it from a roster', () => {
    const rows = [['第五次学生代表大会代表名单'], ['序号', '姓名', '学号', '学院', '年级', '班级']];
    const [titled] = discoverTables(sheet('Sheet1', rows));
    expect(titled?.kind).toBe('delegates');
    const [withCadre] = discoverTables(
      sheet('Sheet1', [['姓名', '学院', '是否学生会骨干', '代表类别']]),
    );
    expect(withCadre).toMatchObject({
      kind: 'delegates',
      columns: { name: 1, college: 2, isCadre: 3, identity: 4 },
    });
  });
});

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

  it('ignores a label-value row above the real header', () => {
    const tables = discoverTables(
      sheet('S', [
        ['学号：', '2531020101001', '姓名：', '张三'],
        ['课程名称', '学分', '成绩'],
      ]),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: 'grades', headerRow: 2, missing: ['studentId'] });
  });
});
