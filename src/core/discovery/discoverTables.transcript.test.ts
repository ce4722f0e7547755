import { discoverTables } from './discoverTables';
import { sheet } from './sheets.fixture';
import { studentLineOf } from './studentLine';
import { rowCells } from './rowShape';
import { applyOverrides } from './overrides';

const HEADER = [
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
const course = (n: number, name: string, score: number) => [
  n,
  '2024-2025-1',
  `C${n}`,
  name,
  score,
  '',
  3,
  48,
  2.1,
  '',
  '考试',
  '正常考试',
  '必修',
  '专业课',
];

describe('discoverTables: personal transcripts (个人成绩单)', () => {
  it('reads a 强智 transcript whose student is named in one cell above the header', () => {
    const [table, ...rest] = discoverTables(
      sheet('Sheet1', [
        ['XX职业技术学院学生成绩单'],
        ['学号：2531020101001  姓名：张三  专业：计算机应用技术  班级：23计应1班'],
        HEADER,
        course(1, '高等数学', 55),
      ]),
    );
    expect(rest).toEqual([]);
    expect(table).toMatchObject({
      kind: 'grades',
      subject: 'perBlock',
      headerRow: 3,
      firstDataRow: 4,
      missing: [],
    });
    expect(table?.lastDataRow).toBeUndefined();
    expect(table?.columns).toMatchObject({ courseCode: 3, courseName: 4, score: 5, credit: 7 });
  });

  it('reads the label-value line across cells, and stacked students as one table', () => {
    const rows = [
      ['学生成绩单'],
      ['学号：', '2531020101001', '姓名：', '张三', '班级：', '23计应1班'],
      HEADER,
      course(1, '高等数学', 55),
      ['平均学分绩点：2.1'],
      [],
      ['学生成绩单'],
      ['学号：', '2531020101002', '姓名：', '李四', '班级：', '23计应1班'],
      HEADER,
      course(1, '高等数学', 80),
    ];
    const tables = discoverTables(sheet('23计应1班', rows));
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ subject: 'perBlock', headerRow: 3, missing: [] });
    expect(tables[0]?.lastDataRow).toBeUndefined();
  });

  it('keeps refusing a grade header with no 学号 and no line naming the student', () => {
    const [table] = discoverTables(
      sheet('成绩', [['学生成绩单'], ['班级：23计应1班'], HEADER, course(1, '高等数学', 55)]),
    );
    expect(table?.subject).toBeUndefined();
    expect(table?.missing).toContain('studentId');
  });

  it('does not treat an ordinary export with 学号 and 姓名 columns as per-student', () => {
    const [table] = discoverTables(
      sheet('成绩', [
        ['学号：', '2531020101001', '姓名：', '张三'],
        ['学号', '姓名', '课程名称', '成绩', '学分'],
        ['2531020101001', '张三', '高等数学', 55, 3],
      ]),
    );
    expect(table?.subject).toBeUndefined();
    expect(table?.columns).toMatchObject({ studentId: 1, name: 2 });
  });
});

describe('studentLineOf', () => {
  const line = (...texts: string[]) => studentLineOf(rowCells(texts));
  it('reads one-cell, across-cell, spaced and unspaced labels', () => {
    expect(line('学号：2531020101001  姓名：张三  专业：计算机应用技术  班级：23计应1班')).toEqual({
      studentId: '2531020101001',
      name: '张三',
      major: '计算机应用技术',
      className: '23计应1班',
    });
    expect(line('学 号:', '2531020101001', '姓 名:', '张三')).toEqual({
      studentId: '2531020101001',
      name: '张三',
    });
    expect(line('学号：2531020101001姓名：张三性别：男')).toMatchObject({
      studentId: '2531020101001',
    });
  });
  it('gives {} for a line whose labels hold no value, undefined for other rows', () => {
    expect(line('学号：', '姓名：', '班级：')).toEqual({});
    expect(line('平均学分绩点：3.1')).toBeUndefined();
    expect(line('高等数学', '55')).toBeUndefined();
  });
});

describe('a teacher’s correction of a transcript', () => {
  const found = discoverTables(
    sheet('成绩单', [['学号：2531020101001  姓名：张三'], HEADER, course(1, '高等数学', 55)]),
  );

  it('keeps it per-student when only a course column moves', () => {
    const [m] = applyOverrides(found, [{ sheet: '成绩单', columns: { credit: 8 } }]);
    expect(m).toMatchObject({ subject: 'perBlock', subjectRow: 1, missing: [] });
  });

  it('reads rows by their own 学号 once the teacher names a 学号 column', () => {
    const [m] = applyOverrides(found, [{ sheet: '成绩单', columns: { studentId: 1 } }]);
    expect(m?.subject).toBeUndefined();
    expect(m?.columns.studentId).toBe(1);
  });
});
