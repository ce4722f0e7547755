import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { convertWithLibreOffice } from '../helpers/libreoffice';
import { itWith } from '../helpers/tools';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'samples', '学生会名单与成绩.xlsx');
const POLICY = join(__dirname, '..', '..', 'assets', 'samples', 'policy.json');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('union-compliance check on the bundled sample', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uc-cli-'));
  const input = join(dir, '名单.xlsx');
  const report = join(dir, 'out', '报告.xlsx');
  let run: { code: number; stdout: string; stderr: string };
  let before: string;

  beforeAll(async () => {
    copyFileSync(SAMPLE, input);
    before = sha(input);
    run = await cli('check', input, '--policy', POLICY, '--out', report);
  });

  it('exits 1 (findings) and prints a Chinese summary', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('检查成员 62 人');
    expect(run.stdout).toContain('不符合条件的成员');
    expect(run.stdout).toContain('部门与整体结构');
    expect(run.stderr).toBe('');
  });

  it('never modifies its input', () => {
    expect(sha(input)).toBe(before);
  });

  it('writes a report with the report, annotated roster and department sheets', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['检查报告', '名单标注', '部门统计']);
    const sheet = wb.getWorksheet('检查报告')!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => texts.push(String(c.text))));
    expect(texts).toContain('学生会合规检查报告');
    expect(texts.some((t) => t.includes('综合排名'))).toBe(true);
    expect(sheet.getTables().length).toBe(1);
    const roster = wb.getWorksheet('名单标注')!;
    expect(roster.getRow(1).values).toContain('检查结果');
  });

  it('名单标注 prints landscape, one page wide, header repeated, over the reviewer columns', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    const header = (wb.getWorksheet('名单标注')!.getRow(1).values as unknown[]).slice(1, 9);
    expect(header).toEqual(['学号', '姓名', '班级', '专业', '部门', '职务', '检查结果', '原因']);
    const zip = await JSZip.loadAsync(readFileSync(report));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const lastRow = wb.getWorksheet('名单标注')!.actualRowCount;
    // localSheetId 1 is 名单标注, the second sheet.
    expect(workbook).toMatch(
      new RegExp(
        `<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;名单标注&apos;!\\$?A\\$?1:\\$?H\\$?${lastRow}</definedName>`,
      ),
    );
    expect(workbook).toMatch(
      /name="_xlnm.Print_Titles" localSheetId="1">&apos;名单标注&apos;!\$1:\$1</,
    );
    const sheet = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(sheet).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1"/);
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
  });

  itWith(['libreoffice'], 'writes a report LibreOffice opens as a valid workbook', () => {
    const csvs = convertWithLibreOffice(report, 'csv');
    expect(csvs.length).toBe(3);
    const first = readFileSync(
      csvs.find((f) => f.includes('检查报告'))!,
      'utf8',
    );
    expect(first).toContain('学生会合规检查报告');
    expect(first).toContain('不符合');
    const copy = readFileSync(
      csvs.find((f) => f.includes('名单标注'))!,
      'utf8',
    );
    expect(copy.split('\n')[0]).toMatch(/^学号,姓名,班级,专业,部门,职务,检查结果,原因,/);
  });
});

describe('union-compliance check output and errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uc-cli-'));

  it('--json names rules by code and members by 学号 as text', async () => {
    const { code, stdout } = await cli('check', SAMPLE, '--policy', POLICY, '--json');
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as {
      findings: { code: string; subject: { studentId?: string } }[];
      members: { studentId: unknown }[];
    };
    expect(json.members.every((m) => typeof m.studentId === 'string')).toBe(true);
    const codes = new Set(json.findings.map((f) => f.code));
    for (const c of [
      'political',
      'rank',
      'failed',
      'discipline',
      'staff-total',
      'dept-staff',
      'titles',
    ])
      expect(codes).toContain(c);
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await cli('check', SAMPLE, '--policy', POLICY, '--json', '--lang', 'en');
    expect(stdout).toContain('cohort');
    const text = await cli(
      'check',
      SAMPLE,
      '--policy',
      POLICY,
      '--lang',
      'en',
      '--out',
      join(dir, 'en.xlsx'),
    );
    expect(text.stdout).toContain('Members checked: 62');
  });

  it('refuses to write over an input', async () => {
    const copy = join(dir, 'in.xlsx');
    copyFileSync(SAMPLE, copy);
    const before = sha(copy);
    const { code, stderr } = await cli('check', copy, '--out', copy);
    expect(code).toBe(2);
    expect(stderr).toContain('从不覆盖输入文件');
    expect(sha(copy)).toBe(before);
  });

  it.each([
    [['check'], '请给出要检查的文件'],
    [['check', SAMPLE, '--bogus'], '不认识的选项「--bogus」'],
    [['check', SAMPLE, '--preset', 'nope'], '没有名为「nope」的方案'],
    [['frobnicate'], '不认识的命令「frobnicate」'],
    [['check', join(dir, 'missing.xlsx')], '找不到文件'],
  ])('exits 2 with a message for %j', async (args, message) => {
    const { code, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('reports every problem of a policy file with its path', async () => {
    const file = join(dir, 'bad-policy.json');
    writeFileSync(
      file,
      JSON.stringify({
        preset: 'national-school',
        rules: { 'staff-total': { max: -3 } },
        colour: 1,
      }),
    );
    const { code, stderr } = await cli('check', SAMPLE, '--policy', file);
    expect(code).toBe(2);
    expect(stderr).toContain('rules.staff-total.max');
    expect(stderr).toContain('colour');
  });

  it('applies a policy file: a raised staff limit clears staff-total', async () => {
    const file = join(dir, 'policy-60.json');
    writeFileSync(
      file,
      JSON.stringify({ preset: 'national-school', rules: { 'staff-total': { max: 80 } } }),
    );
    const { stdout } = await cli('check', SAMPLE, '--policy', file, '--json');
    const codes = (JSON.parse(stdout) as { findings: { code: string }[] }).findings.map(
      (f) => f.code,
    );
    expect(codes).not.toContain('staff-total');
    expect(existsSync(file)).toBe(true);
  });
});
