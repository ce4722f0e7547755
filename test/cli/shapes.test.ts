import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './cliHelpers';

type Cells = (string | number | null)[];

interface Json {
  referenceTerm: string | null;
  members: {
    studentId: string;
    name: string;
    department: string | null;
    title: string | null;
    status: string;
    academic: {
      average: number | null;
      rank: number | null;
      cohortSize: number | null;
      failed: { course: string; passedLater: boolean }[];
    } | null;
  }[];
  findings: { code: string; severity: string; subject: { name?: string }; message: string }[];
  skipped: { code: string }[];
  issues: { severity: string; message: string }[];
}

const dir = mkdtempSync(join(tmpdir(), 'uc-shapes-'));

/** Writes a workbook of named sheets and returns its path. */
async function book(name: string, sheets: Record<string, Cells[]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) wb.addWorksheet(sheet).addRows(rows);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function check(file: string): Promise<Json> {
  const run = await runCli(['check', file, '--json']);
  if (run.code === 2) throw new Error(run.stdout + run.stderr);
  return JSON.parse(run.stdout) as Json;
}

const byName = (json: Json, name: string) => json.members.find((m) => m.name === name);
const said = (json: Json, text: string) => json.issues.some((i) => i.message.includes(text));

const ROSTER_HEADER = ['姓名', '学号', '专业', '年级', '部门', '职务', '政治面貌'];
const member = (id: string, name: string, dept = '学习部', title = '干事'): Cells => [
  name,
  id,
  '软件技术',
  '2023级',
  dept,
  title,
  '共青团员',
];
const ids = Array.from({ length: 10 }, (_, i) => `2023010${i}`);

/** One term's class summary: numbered headers, credits in a 学分 row, a 补考 column. */
function summary(term: string, scores: (i: number) => [number, number | null, number]): Cells[] {
  return [
    [`软件技术2023级1班 ${term} 成绩汇总表`],
    ['1、学号', '2、姓名', '3、专业', '4、高等数学', '补考', '5、大学英语', '总分', '名次'],
    ['学分', null, null, 4, null, 2, null, null],
    ...ids.map((id, i): Cells => {
      const [math, makeup, english] = scores(i);
      return [id, `学生${i}`, '软件技术', math, makeup, english, 0, i + 1];
    }),
  ];
}

describe('check: class grade summaries, one sheet per term (item 1)', () => {
  let json: Json;
  beforeAll(async () => {
    const file = await book('汇总表.xlsx', {
      学生会名单: [ROSTER_HEADER, member(ids[0]!, '学生0'), member(ids[9]!, '学生9')],
      '2024-2025学年第一学期': summary('2024-2025学年第一学期', (i) => [90 - i * 3, null, 80]),
      '2024-2025-2': summary('2024-2025学年第二学期', (i) => [
        i === 9 ? 40 : 95 - i,
        i === 9 ? 65 : null,
        85,
      ]),
    });
    json = await check(file);
  });

  it('reads the courses of both terms as grades, not a second roster', () => {
    expect(json.members.map((m) => m.name)).toEqual(['学生0', '学生9']);
    expect(json.referenceTerm).toBe('2024-2025-2');
    expect(byName(json, '学生0')?.academic).toMatchObject({ rank: 1, cohortSize: 10 });
  });

  it('counts a course failed at first and passed at 补考 as passed later', () => {
    expect(byName(json, '学生9')?.academic?.failed).toEqual([
      { course: '高等数学', shown: '40', passedLater: true },
    ]);
  });

  it('says how the summaries were read and that 名次 is not the school rank', () => {
    expect(said(json, '按班级成绩汇总表读取')).toBe(true);
    expect(said(json, '2024-2025-1 学期')).toBe(true);
    expect(said(json, '「名次」是班级内的名次')).toBe(true);
  });
});

describe('check: the union roster is the sheet with 部门/职务 (item 2)', () => {
  it('counts only the roster with union columns as members', async () => {
    const file = await book('两个名单.xlsx', {
      班级名单: [
        ['学号', '姓名', '专业', '班级'],
        ...ids.map((id, i) => [id, `学生${i}`, '软件技术', '1班']),
      ],
      学生会名单: [ROSTER_HEADER, member(ids[0]!, '学生0')],
      '2024-2025-2': summary('2024-2025学年第二学期', (i) => [95 - i, null, 85]),
    });
    const json = await check(file);
    expect(json.members.map((m) => m.name)).toEqual(['学生0']);
    expect(said(json, '未计为成员')).toBe(true);
  });
});

describe('check: 部门 and 职务 in one cell (item 3)', () => {
  it('splits the cell and runs the department rules', async () => {
    const posts = [
      '主席团主席',
      '学习部部长',
      '学习部副部长',
      '秘书处 干事',
      '文体部副部长',
      '学习委员会长',
    ];
    const file = await book('一格职务.xlsx', {
      名单: [
        ['姓名', '学号', '专业', '年级', '职务', '政治面貌'],
        ...posts.map((p, i) => [`学生${i}`, ids[i]!, '软件技术', '2023级', p, '共青团员']),
      ],
      '2024-2025-2': summary('2024-2025学年第二学期', (i) => [95 - i, null, 85]),
    });
    const json = await check(file);
    expect(json.members.map((m) => `${m.department ?? ''}/${m.title ?? ''}`)).toEqual([
      '主席团/主席',
      '学习部/部长',
      '学习部/副部长',
      '秘书处/干事',
      '文体部/副部长',
      '/学习委员会长',
    ]);
    expect(json.skipped.map((s) => s.code)).not.toContain('departments');
    expect(said(json, '「学习委员会长」无法拆成部门和职务')).toBe(true);
  });
});

describe('check: a roster without 学号 (item 4)', () => {
  it('matches by 姓名 + 班级 and leaves ambiguous names 待核实 with the reason', async () => {
    const grades: Cells[] = [
      ['学年学期', '课程名称', '学分', '学号', '姓名', '班级', '专业', '成绩'],
    ];
    ids.forEach((id, i) =>
      grades.push([
        '2024-2025-2',
        '高等数学',
        4,
        id,
        i === 5 ? '学生4' : `学生${i}`,
        '1班',
        '软件技术',
        95 - i,
      ]),
    );
    const file = await book('中职名单.xlsx', {
      名单: [
        ['姓名', '班级', '部门', '职务', '政治面貌'],
        ['学生0', '1班', '学习部', '干事', '共青团员'],
        ['学生4', '1班', '学习部', '干事', '共青团员'],
        ['学生7', '2班', '学习部', '干事', '共青团员'],
      ],
      成绩: grades,
    });
    const json = await check(file);
    expect(json.members.map((m) => [m.name, m.studentId, m.status])).toEqual([
      ['学生0', ids[0], 'eligible'],
      ['学生4', '学生4（1班）', 'pending'],
      ['学生7', '学生7（2班）', 'pending'],
    ]);
    const why = (name: string) =>
      json.findings.find((f) => f.code === 'rank' && f.subject.name === name)?.message;
    expect(why('学生4')).toContain('2 名同名学生');
    expect(why('学生7')).toContain('找不到班级「2班」的「学生7」');
  });
});
