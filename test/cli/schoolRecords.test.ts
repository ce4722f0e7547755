/**
 * What schools really keep, through the command line and a real .xlsx (written here with exceljs):
 * a 缓考 row with 0 beside its 缓考取得 row, a course failed and passed by 补考 in one 学年学期 (told
 * apart by 修读类型 + 取得方式), a register with 处分状态 and 解除日期, and a roster with a department
 * and a title seed 004 drops (外联部, 部长).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './cliHelpers';

const TERM = '2025-2026-1';
const MEMBERS = [
  // 学号, 姓名, 部门, 职务
  ['2023200101', '缓考生', '学习部', '负责人'],
  ['2023200102', '补考生', '学习部', '干事'],
  ['2023200103', '已解除', '文体部', '干事'],
  ['2023200104', '生效中', '文体部', '干事'],
  ['2023200105', '外联甲', '外联部', '负责人'],
  ['2023200107', '外联丙', '外联部', '负责人'],
  ['2023200106', '部长乙', '秘书处', '部长'],
] as const;

async function workbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const roster = wb.addWorksheet('名单');
  roster.addRow(['姓名', '学号', '专业', '年级', '部门', '职务', '政治面貌']);
  for (const [id, name, dept, title] of MEMBERS)
    roster.addRow([name, id, '软件技术', '2023级', dept, title, '共青团员']);

  const grades = wb.addWorksheet('成绩');
  grades.addRow([
    '学号',
    '姓名',
    '学年学期',
    '课程名称',
    '学分',
    '成绩',
    '成绩标志',
    '修读类型',
    '取得方式',
  ]);
  const row = (id: string, course: string, score: number, mark = '', how = '初修取得') =>
    grades.addRow([id, '', TERM, course, 4, score, mark, '初修', how]);
  // 缓考: 0 with the mark, then the 缓考 sitting that counts.
  row('2023200101', '高等数学', 0, '缓考');
  row('2023200101', '高等数学', 82, '', '缓考取得');
  // Failed, then passed by 补考 in the same term: 修读类型 is 初修 on both rows.
  row('2023200102', '高等数学', 45);
  row('2023200102', '高等数学', 70, '', '补考取得');
  for (const [id] of MEMBERS.slice(2)) row(id, '高等数学', 88);

  const register = wb.addWorksheet('处分');
  register.addRow(['学号', '姓名', '处分类别', '处分日期', '处分状态', '解除日期']);
  register.addRow(['2023200103', '已解除', '警告', '2025-10-10', '已解除', '2026-01-05']);
  register.addRow(['2023200104', '生效中', '记过', '2025-11-01', '生效中', '']);
  await wb.xlsx.writeFile(path);
}

interface Out {
  members: { studentId: string; status: string; academic: { failed: unknown[] } | null }[];
  departments: { name: string; breaksLimits: boolean; notSetUp?: boolean }[];
  findings: {
    code: string;
    severity: string;
    subject: { studentId?: string; department?: string };
    message: string;
    evidence: Record<string, unknown>;
    sources: string[];
  }[];
  issues: { key: string; message: string }[];
}

async function check(policy: object): Promise<Out> {
  const dir = mkdtempSync(join(tmpdir(), 'uc-records-'));
  const file = join(dir, '学生会.xlsx');
  const policyFile = join(dir, 'policy.json');
  await workbook(file);
  writeFileSync(policyFile, JSON.stringify(policy));
  const run = await runCli(['check', file, '--policy', policyFile, '--json']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Out;
}

const of = (out: Out, code: string, id: string) =>
  out.findings.filter((f) => f.code === code && f.subject.studentId === id);

describe('what schools really keep, checked from an .xlsx', () => {
  let strict: Out;
  let lenient: Out;
  beforeAll(async () => {
    strict = await check({ preset: 'hnjt-2021' });
    lenient = await check({
      preset: 'hnjt-2021',
      rules: { failed: { mode: 'lenient' }, discipline: { countLifted: true } },
    });
  });

  it('reads every cell without a warning about marks, attempts, status or dates', () => {
    expect(strict.issues.map((i) => i.key)).not.toEqual(
      expect.arrayContaining([
        'input.grade.unknown',
        'input.attempt.unknown',
        'input.yesNo.unreadable',
        'input.date.unreadable',
      ]),
    );
  });

  it('does not fail a 缓考 row of 0: the 缓考取得 sitting counts', () => {
    const member = strict.members.find((m) => m.studentId === '2023200101');
    expect(member?.academic?.failed).toEqual([]);
    expect(of(strict, 'failed', '2023200101')).toEqual([]);
  });

  it('strict: failed first, passed by 补考 in the same term, naming both sittings', () => {
    const [finding] = of(strict, 'failed', '2023200102');
    expect(finding).toMatchObject({
      severity: 'violation',
      evidence: { shown: '45', passedLater: true, laterAttempt: '补考', laterShown: '70' },
    });
    expect(finding?.message).toContain('高等数学（45，补考 70）');
  });

  it('lenient: the course passed by 补考 in the same term is cleared', () => {
    expect(of(lenient, 'failed', '2023200102')).toEqual([]);
  });

  it('处分状态 and 解除日期: a lifted sanction is left out, one in force counts', () => {
    expect(of(strict, 'discipline', '2023200103')).toEqual([]);
    expect(of(strict, 'discipline', '2023200104')).toMatchObject([
      { severity: 'violation', evidence: { sanction: '记过', lifted: false } },
    ]);
  });

  it('with countLifted the lifted sanction counts, and says it was lifted and when', () => {
    const [finding] = of(lenient, 'discipline', '2023200103');
    expect(finding).toMatchObject({
      severity: 'violation',
      evidence: { lifted: true, liftedOn: '2026-01-05' },
    });
    expect(finding?.message).toContain('已于 2026-01-05 解除');
  });

  it('外联部 is 不应设置的部门, not over a limit, quoting seed 004', () => {
    expect(strict.departments.find((d) => d.name === '外联部')).toMatchObject({
      notSetUp: true,
      breaksLimits: false,
    });
    const finding = strict.findings.find(
      (f) => f.code === 'departments' && f.subject.department === '外联部',
    );
    expect(finding?.message).toContain('不应设置的部门“外联部”');
    expect(finding?.evidence.quote).toBe('将外联部职能并入文体部,不再保留外联部');
    expect(finding?.sources[0]).toBe('004-2-1-4');
  });

  it('the title 部长 quotes seed 004’s own words', () => {
    const [finding] = of(strict, 'titles', '2023200106');
    expect(finding?.evidence.quote).toBe('不设置部长,主任等职务,只安排工作的主要负责人');
    expect(finding?.message).toContain('“不设置部长,主任等职务,只安排工作的主要负责人”');
  });
});
