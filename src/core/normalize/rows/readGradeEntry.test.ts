import type { Policy } from '../../policy/types';
import { mappingFor, refAt } from './tables.fixture';
import { readGradeEntry } from './readGradeEntry';

const grading: Policy['grading'] = {
  passMark: 60,
  levelPoints: { 优秀: 95, 良好: 85, 中等: 75, 及格: 65, 不及格: 0 },
};

describe('readGradeEntry: 正方 new layout', () => {
  const mapping = mappingFor('grades', [
    '学年',
    '学期',
    '课程代码',
    '课程名称',
    '学分',
    '成绩备注',
    '成绩性质',
    '学号',
    '姓名',
    '成绩',
    '是否成绩作废',
  ]);

  it('reads a row', () => {
    const { record, issues } = readGradeEntry(
      [
        '2024-2025',
        '2',
        'A001',
        '高等数学',
        '4.0',
        null,
        '正常考试',
        2531020101001,
        '张三',
        '58',
        '否',
      ],
      mapping,
      refAt(2),
      grading,
    );
    expect(issues).toEqual([]);
    expect(record).toMatchObject({
      studentId: '2531020101001',
      name: '张三',
      term: { startYear: 2024, term: 2 },
      courseKey: 'A001',
      courseName: '高等数学',
      credit: 4,
      grade: { kind: 'numeric', value: 58, pass: false },
      attempt: 'first',
      voided: false,
    });
  });

  it('takes 缓考 from the remark column when the score is empty, and reads voided rows', () => {
    const { record } = readGradeEntry(
      ['2024-2025', '1', 'A002', '英语', 2, '缓考', '缓考', '001', '李四', null, '是'],
      mapping,
      refAt(3),
      grading,
    );
    expect(record).toMatchObject({
      grade: { kind: 'mark', mark: '缓考', fail: false },
      attempt: 'deferred',
      voided: true,
    });
  });

  it('reports unreadable values by cell and still keeps the row', () => {
    const { record, issues } = readGradeEntry(
      ['2024', '第五学期', '', '体育', '两', null, '辅修', '001', '李四', 'A+', '可能'],
      mapping,
      refAt(9),
      grading,
    );
    expect(record).toMatchObject({
      courseKey: '体育',
      grade: { kind: 'unknown', raw: 'A+' },
      attempt: 'unknown',
    });
    expect(record?.credit).toBeUndefined();
    expect(record?.term).toBeUndefined();
    expect(issues.map((i) => [i.messageKey, i.params.col, i.params.value])).toEqual([
      ['input.grade.unknown', 'J', 'A+'],
      ['input.credit.unreadable', 'E', '两'],
      ['input.term.unreadable', 'A', '2024'],
      ['input.attempt.unknown', 'G', '辅修'],
      ['input.yesNo.unreadable', 'K', '可能'],
    ]);
  });

  it('skips repeated headers silently and reports rows without a course', () => {
    const header = [
      '学年',
      '学期',
      '课程代码',
      '课程名称',
      '学分',
      '成绩备注',
      '成绩性质',
      '学号',
      '姓名',
      '成绩',
    ];
    expect(readGradeEntry(header, mapping, refAt(50), grading)).toEqual({ issues: [] });
    const noCourse = readGradeEntry(
      ['2024-2025', '1', '', '', 2, null, null, '001', '李四', 80],
      mapping,
      refAt(5),
      grading,
    );
    expect(noCourse.record).toBeUndefined();
    expect(noCourse.issues[0]?.messageKey).toBe('input.grade.noCourse');
  });
});

describe('readGradeEntry: 正方 old and 强智 layouts', () => {
  it('reads 补考成绩 and 重修成绩 beside the first score, and the 重修标记 flag', () => {
    const mapping = mappingFor('grades', [
      '学号',
      '姓名',
      '学年',
      '学期',
      '课程代码',
      '课程名称',
      '学分',
      '成绩',
      '补考成绩',
      '重修成绩',
      '重修标记',
    ]);
    const { record } = readGradeEntry(
      ['001', '张三', '2023-2024', '1', 'B01', '物理', 3, '不及格', '及格', null, '0'],
      mapping,
      refAt(2),
      grading,
    );
    expect(record).toMatchObject({
      grade: { kind: 'level', label: '不及格', points: 0, pass: false },
      makeupGrade: { kind: 'level', label: '及格', points: 65, pass: true },
      attempt: 'first',
    });
    expect(record?.retakeGrade).toBeUndefined();
    const retake = readGradeEntry(
      ['001', '张三', '2024-2025', '1', 'B01', '物理', 3, 75, null, null, '1'],
      mapping,
      refAt(3),
      grading,
    );
    expect(retake.record?.attempt).toBe('retake');
  });

  it('reads 强智 开课学期 and 考试性质', () => {
    const mapping = mappingFor('grades', [
      '学号',
      '开课学期',
      '课程编号',
      '课程名称',
      '成绩',
      '成绩标识',
      '学分',
      '考试性质',
    ]);
    const { record, issues } = readGradeEntry(
      ['２５３１０２０１０１００１', '2025-2026-1', 'C9', '体育', '优秀', null, '1.5', '补考'],
      mapping,
      refAt(4),
      grading,
    );
    expect(issues).toEqual([]);
    expect(record).toMatchObject({
      studentId: '2531020101001',
      term: { startYear: 2025, term: 1 },
      grade: { kind: 'level', points: 95, pass: true },
      credit: 1.5,
      attempt: 'makeup',
    });
  });

  it('reads 取得方式 and 上课年级 from other exports', () => {
    const mapping = mappingFor('grades', [
      '学号',
      '学年学期',
      '上课专业',
      '上课年级',
      '课程名称',
      '总成绩',
      '取得方式',
    ]);
    const { record } = readGradeEntry(
      ['001', '2024-2025学年第二学期', '软件技术', '2023级', '数据库', 88, '重修取得'],
      mapping,
      refAt(2),
      grading,
    );
    expect(record).toMatchObject({
      major: '软件技术',
      entryYear: 2023,
      attempt: 'retake',
      term: { startYear: 2024, term: 2 },
    });
  });
});

describe('readGradeEntry: the mark beside a 0 or a blank decides (成绩标志 / 成绩备注)', () => {
  const mapping = mappingFor('grades', [
    '学号',
    '学年学期',
    '课程名称',
    '学分',
    '成绩',
    '成绩标志',
    '修读类型',
    '取得方式',
  ]);
  const read = (score: unknown, mark: string | null, type = '初修', how = '初修取得') =>
    readGradeEntry(
      ['001', '2024-2025-1', '高等数学', 4, score as number, mark, type, how],
      mapping,
      refAt(2),
      grading,
    ).record;

  it.each([
    [0, '缓考', '缓考', false],
    ['0', '免修', '免修', false],
    [null, '免考', '免考', false],
    [0, '申请缓考（病假）', '缓考', false],
    [0, '旷考', '旷考', true],
    [null, '作弊', '作弊', true],
  ])('score %p with mark %p reads as the mark %p (fail %p)', (score, mark, expected, fail) => {
    expect(read(score, mark)?.grade).toEqual({ kind: 'mark', mark: expected, fail });
  });

  it('keeps a real score, and a 0 without a mark, as they are', () => {
    expect(read(72, '缓考')?.grade).toEqual({ kind: 'numeric', value: 72, pass: true });
    expect(read(0, null)?.grade).toEqual({ kind: 'numeric', value: 0, pass: false });
    expect(read(0, '重修')?.grade).toEqual({ kind: 'numeric', value: 0, pass: false });
  });

  it('tells the sittings of one 初修 course apart by 取得方式', () => {
    expect(read(45, null, '初修', '初修取得')?.attempt).toBe('first');
    expect(read(70, null, '初修', '补考取得')?.attempt).toBe('makeup');
    expect(read(81, null, '初修', '缓考取得')?.attempt).toBe('deferred');
    expect(read(66, null, '重修', '重修取得')?.attempt).toBe('retake');
  });

  it('reads 取得方式 beside a 重修标记 of 否', () => {
    const flagged = mappingFor('grades', ['学号', '课程名称', '成绩', '重修标记', '取得方式']);
    const row = ['001', '高等数学', 70, '否', '补考取得'];
    expect(readGradeEntry(row, flagged, refAt(2), grading).record?.attempt).toBe('makeup');
  });
});
