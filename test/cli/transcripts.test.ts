/**
 * Personal transcripts (个人成绩单) as 强智 exports them for a class: one block per student (title,
 * a line naming the student, the course header without 学号/姓名, courses, a footer), 300 students
 * stacked in one sheet, far beyond the rows discovery sees. Each student's fail and average must
 * land on that student, from a CSV export and from a workbook alike.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './cliHelpers';

const N = 300;
const idOf = (i: number) => `2531020${String(i).padStart(6, '0')}`;
const nameOf = (i: number) => `学生${i}`;
const math = (i: number) => (i % 7 === 3 ? 45 : 60 + (i % 37));
const english = (i: number) => 62 + (i % 31);
const HEADER = ['序号', '开课学期', '课程编号', '课程名称', '成绩', '成绩标识', '学分', '绩点'];
const ROSTER = ['姓名', '学号', '专业', '年级', '班级', '部门', '职务', '政治面貌'];
// Every tenth student is in the union.
const members = Array.from({ length: N / 10 }, (_, k) => k * 10 + 3);

function transcriptRows(): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let i = 1; i <= N; i++) {
    rows.push(['XX职业技术学院学生成绩单']);
    rows.push([`学号：${idOf(i)}  姓名：${nameOf(i)}  专业：计算机应用技术  班级：23计应1班`]);
    rows.push(HEADER);
    rows.push([1, '2024-2025-1', 'C01', '高等数学', math(i), '', 4, 1]);
    rows.push([2, '2024-2025-1', 'C02', '大学英语', english(i), '', 2, 2]);
    rows.push(['平均学分绩点：2.5', '', '', '', '', '打印日期：2025-01-20']);
    rows.push([]);
  }
  return rows;
}
const rosterRows = () => [
  ROSTER,
  ...members.map((i) => [
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

const csv = (rows: (string | number)[][]) =>
  rows.map((r) => r.map((v) => `"${String(v)}"`).join(',')).join('\r\n');

interface Out {
  members: {
    studentId: string;
    academic: { average: number | null; failed: { course: string }[] };
  }[];
}

async function check(files: string[]): Promise<Out> {
  const run = await runCli(['check', ...files, '--json', '--quiet']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Out;
}

function expectEachOwnTranscript(out: Out) {
  expect(out.members).toHaveLength(members.length);
  const byId = new Map(out.members.map((m) => [m.studentId, m.academic]));
  for (const i of members) {
    const average = Math.round(((math(i) * 4 + english(i) * 2) / 6) * 100) / 100;
    const a = byId.get(idOf(i));
    expect([i, a?.failed.map((f) => f.course), a?.average]).toEqual([
      i,
      i % 7 === 3 ? ['高等数学'] : [],
      average,
    ]);
  }
}

describe('CLI: stacked personal transcripts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'transcripts-'));

  it('reads 300 students stacked in one CSV', async () => {
    const grades = join(dir, '成绩单.csv');
    const roster = join(dir, '名单.csv');
    writeFileSync(grades, '\ufeff' + csv(transcriptRows()));
    writeFileSync(roster, '\ufeff' + csv(rosterRows()));
    expectEachOwnTranscript(await check([roster, grades]));
  });

  it('reads 300 students stacked in one sheet of a workbook', async () => {
    const file = join(dir, '成绩单.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('名单').addRows(rosterRows());
    wb.addWorksheet('成绩单').addRows(transcriptRows());
    await wb.xlsx.writeFile(file);
    expectEachOwnTranscript(await check([file]));
  });
});
