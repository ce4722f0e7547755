/**
 * A workbook as a teacher really receives it, written here by hand rather than by the sample
 * generator: a merged title and an info line above the header, grades typed as text, 旷考 and 缓考
 * marks, a 补考取得 retake row, a 合计 line, a note under the roster, formatting left at row 1,048,509.
 * Headers must be found without hand mapping and every student's record must be right.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';

interface Course {
  name: string;
  credit: number;
  grade: string | number;
  how?: string;
  mark?: string;
}
const COURSES: Record<string, Course[]> = {
  '2023100101': [
    { name: '高等数学', credit: 4, grade: '92' },
    { name: '大学英语', credit: 3, grade: '８８' },
    { name: '体育', credit: 1, grade: '优秀' },
  ],
  '2023100102': [
    { name: '高等数学', credit: 4, grade: '52' },
    { name: '高等数学', credit: 4, grade: '61', how: '补考取得' },
    { name: '大学英语', credit: 3, grade: 80 },
    { name: '体育', credit: 1, grade: '良好' },
  ],
  '2023100103': [
    { name: '高等数学', credit: 4, grade: '', mark: '缓考' },
    { name: '大学英语', credit: 3, grade: '75分' },
    { name: '体育', credit: 1, grade: '合格' },
  ],
  '2023100104': [
    { name: '高等数学', credit: 4, grade: '', mark: '旷考' },
    { name: '大学英语', credit: 3, grade: 70 },
  ],
};
for (let i = 5; i <= 12; i++)
  COURSES[`20231001${String(i).padStart(2, '0')}`] = [
    { name: '高等数学', credit: 4, grade: 60 + i * 2 },
    { name: '大学英语', credit: 3, grade: 58 + i * 2 },
  ];

/** The credit-weighted average as the rules describe it, computed here by hand. */
function expectedAverage(courses: Course[]): number | null {
  const points: Record<string, number> = { 优秀: 95, 良好: 85, 中等: 75, 及格: 65, 不及格: 0 };
  let sum = 0;
  let credits = 0;
  for (const c of courses) {
    if (c.how) continue; // retakes never count in the average
    if (c.mark === '缓考') continue;
    const text = String(c.grade).replace('８８', '88').replace('分', '');
    const score =
      c.mark === '旷考' ? 0 : text in points ? points[text]! : text === '合格' ? NaN : Number(text);
    if (Number.isNaN(score)) continue;
    sum += score * c.credit;
    credits += c.credit;
  }
  return credits ? Math.round((sum / credits) * 100) / 100 : null;
}

async function workbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const roster = wb.addWorksheet('名单');
  roster.mergeCells('A1:H1');
  roster.getCell('A1').value = '信息工程学院学生会 2025-2026 学年工作人员名单';
  roster.addRow([]);
  roster.addRow(['序号', '姓 名', '学号', '专业', '年级', '部门', '职务', '政治面貌']);
  const ids = Object.keys(COURSES).slice(0, 6);
  ids.forEach((id, i) =>
    roster.addRow([
      i + 1,
      `成员${i + 1}`,
      id,
      '软件技术',
      '2023级',
      i < 2 ? '学习部' : '文体部',
      i % 3 === 0 ? '部长' : '干事',
      '共青团员',
    ]),
  );
  roster.addRow([]);
  roster.addRow(['注：名单以团委备案为准。']);
  const grades = wb.addWorksheet('成绩明细');
  grades.mergeCells('A1:J1');
  grades.getCell('A1').value = '学生成绩明细表';
  grades.addRow(['学院：信息工程学院', '', '打印日期：2026-01-20']);
  grades.addRow([
    '学年',
    '学期',
    '课程名称',
    '学分',
    '学号',
    '姓名',
    '专业',
    '成绩',
    '成绩标志',
    '取得方式',
  ]);
  for (const [id, courses] of Object.entries(COURSES))
    for (const c of courses)
      grades.addRow([
        '2025-2026',
        '1',
        c.name,
        c.credit,
        id,
        '',
        '软件技术',
        c.grade,
        c.mark ?? '',
        c.how ?? '初修取得',
      ]);
  grades.addRow(['合计', '', '', '', '', '', '', '']);
  grades.getCell('A1048509').numFmt = '@';
  await wb.xlsx.writeFile(path);
}

describe('a real-looking export, checked as a new user would', () => {
  it('finds the headers itself and gets every record right', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uc-real-'));
    const file = join(dir, '学生会与成绩.xlsx');
    await workbook(file);
    let stdout = '';
    let stderr = '';
    const code = await main(['check', file, '--json'], {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
    });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as {
      members: {
        studentId: string;
        status: string;
        academic: {
          average: number | null;
          rank: number | null;
          cohortSize: number | null;
          failed: { course: string; shown: string }[];
        };
      }[];
    };
    expect(out.members).toHaveLength(6);
    for (const m of out.members)
      expect(m.academic.average).toBe(expectedAverage(COURSES[m.studentId]!));
    const byId = Object.fromEntries(out.members.map((m) => [m.studentId, m]));
    expect(byId['2023100102']?.academic.failed).toEqual([
      { course: '高等数学', shown: '52', passedLater: true },
    ]);
    expect(byId['2023100104']?.academic.failed.map((f) => f.shown)).toEqual(['旷考']);
    expect(byId['2023100103']?.academic.failed).toEqual([]); // 缓考 is not a fail
    expect(byId['2023100101']?.academic).toMatchObject({ rank: 1, cohortSize: 12 });
    expect(byId['2023100101']?.status).toBe('eligible');
    expect(byId['2023100102']?.status).toBe('ineligible');
  });
});
