import type { Row } from '../cells';
import { presetPolicy } from '../policy/presets';
import { startCheck } from './checkSession';
import { HEAD_ROWS } from './sheetFeed';

// Personal transcripts (个人成绩单) as 强智 exports them: a title, a line naming the student, the
// course header without 学号/姓名 columns, the courses, a footer; student after student.
const HEADER = ['序号', '开课学期', '课程编号', '课程名称', '成绩', '成绩标识', '学分', '绩点'];
const ROSTER = ['姓名', '学号', '专业', '年级', '班级', '部门', '职务', '政治面貌'];
const N = 300;
const idOf = (i: number) => `2531020${String(i).padStart(6, '0')}`;
const nameOf = (i: number) => `学生${i}`;
// Student i fails 高等数学 when i % 7 === 3 and scores a distinct average otherwise.
const mathScore = (i: number) => (i % 7 === 3 ? 41 : 60 + (i % 40));
const courses = (i: number): Row[] => [
  [1, '2024-2025-1', 'C01', '高等数学', mathScore(i), '', 4, 1],
  [2, '2024-2025-1', 'C02', '大学英语', 70 + (i % 20), '', 2, 2],
];

function transcriptRows(students: number[], acrossCells: boolean): Row[] {
  return students.flatMap((i) => [
    ['XX职业技术学院学生成绩单'],
    acrossCells
      ? ['学号：', idOf(i), '姓名：', nameOf(i), '班级：', '23计应1班']
      : [`学号：${idOf(i)}  姓名：${nameOf(i)}  专业：计算机应用技术  班级：23计应1班`],
    HEADER,
    ...courses(i),
    ['平均学分绩点：2.5', '', '', '', '', '打印日期：2025-01-20'],
    [],
  ]);
}

const rosterRows = (students: number[]): Row[] => [
  ROSTER,
  ...students.map((i) => [
    nameOf(i),
    idOf(i),
    '计算机应用技术',
    '2023级',
    '23计应1班',
    '学习部',
    '干事',
    '共青团员',
  ]),
];

function failedById(outcome: ReturnType<ReturnType<typeof startCheck>['finish']>) {
  if (!outcome.ok) throw new Error('expected a result');
  return new Map(
    outcome.value.members.map((m) => [
      m.member.studentId,
      { failed: m.academic?.failed.map((f) => f.courseName) ?? [], rows: m.academic?.gradeRows },
    ]),
  );
}

describe('personal transcripts (个人成绩单)', () => {
  const policy = presetPolicy('national-school');
  const all = Array.from({ length: N }, (_, i) => i + 1);

  it.each([false, true])(
    'gives each of 300 stacked students (across cells: %s) their own courses, far beyond the head',
    (acrossCells) => {
      const session = startCheck(policy);
      session.addSheet({ sheet: '名单' }, rosterRows(all));
      const rows = transcriptRows(all, acrossCells);
      expect(rows.length).toBeGreaterThan(HEAD_ROWS * 10);
      session.sheet({ sheet: '成绩单' }).rows(1, rows);
      session.sheet({ sheet: '成绩单' }).end();
      const outcome = session.finish();
      const byId = failedById(outcome);
      for (const i of all) {
        expect([i, byId.get(idOf(i))]).toEqual([
          i,
          { failed: i % 7 === 3 ? ['高等数学'] : [], rows: 2 },
        ]);
      }
      if (!outcome.ok) throw new Error('expected a result');
      expect(outcome.value.issues.filter((x) => x.messageKey.startsWith('input.'))).toEqual([]);
    },
  );

  it('reads one student per sheet, sheets named by 姓名', () => {
    const some = [1, 3, 10];
    const session = startCheck(policy);
    session.addSheet({ sheet: '名单' }, rosterRows(some));
    for (const i of some) {
      const feed = session.sheet({ sheet: nameOf(i) });
      feed.rows(1, transcriptRows([i], true));
      feed.end();
    }
    const byId = failedById(session.finish());
    expect(some.map((i) => byId.get(idOf(i))?.failed)).toEqual([[], ['高等数学'], ['高等数学']]);
  });

  it('reports course rows above any student line and a line naming no one, by row', () => {
    const session = startCheck(policy);
    session.addSheet({ sheet: '名单' }, rosterRows([1, 2]));
    const feed = session.sheet({ file: '成绩单.xlsx', sheet: 'Sheet1' });
    feed.rows(1, [
      ['学生成绩单'],
      ['学号：', idOf(1), '姓名：', nameOf(1)],
      HEADER,
      ...courses(1),
      [],
      ['学号：', '', '姓名：', ''],
      HEADER,
      [1, '2024-2025-1', 'C01', '高等数学', 30, '', 4, 0],
      ['学号：', '张三的学号', '姓名：', nameOf(2)],
      [1, '2024-2025-1', 'C01', '高等数学', 30, '', 4, 0],
    ]);
    feed.end();
    const outcome = session.finish();
    if (!outcome.ok) throw new Error('expected a result');
    const transcriptIssues = outcome.value.issues
      .filter((i) => i.messageKey.startsWith('input.transcript'))
      .map((i) => [i.messageKey, i.ref]);
    expect(transcriptIssues).toEqual([
      ['input.transcript.unnamed', { file: '成绩单.xlsx', sheet: 'Sheet1', row: 7 }],
      ['input.transcript.noStudentId', { file: '成绩单.xlsx', sheet: 'Sheet1', row: 10 }],
    ]);
    const byId = failedById(outcome);
    expect(byId.get(idOf(2))?.rows ?? 0).toBe(0);
    expect(byId.get(idOf(1))?.failed).toEqual([]);
  });
});
