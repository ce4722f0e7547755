import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  parseAppraisalArgs,
  runAppraisalCollect,
  runAppraisalGenerate,
} from '../../src/cli/appraisal';
import type { GenerateOptions } from '../../src/cli/appraisal';
import { ACADEMIC_SCALE, ATTENDANCE_SCALE, halfPoints } from '../../src/core/appraisal/suggestions';
import { STUDENTS, writeTeacherWorkbook } from './cliWorkbooks';
import { expectedAggregate, expectedBands, expectedRanks, expectedTotal, round2 } from './expected';
import { describeWith } from '../helpers/tools';
import { recalculate } from './libreoffice';
import { plain, plainText, readWorkbook } from './xlsxCells';

const dir = mkdtempSync(join(tmpdir(), 'uc-appraisal-cli-'));
const teacher = join(dir, '学生会名单.xlsx');
const forms = join(dir, '评分表.xlsx');

function generateOptions(extra: Partial<GenerateOptions> = {}): GenerateOptions {
  const args = parseAppraisalArgs([
    teacher,
    '--out',
    forms,
    '--groups',
    '学生代表:60,团委:40',
    '--term',
    '2025-2026-1',
    '--school',
    '测试学院',
    '--quota',
    '40',
  ]);
  if (args.command !== 'generate') throw new Error('parse');
  return { ...args.opts, ...extra };
}

beforeAll(async () => {
  await writeTeacherWorkbook(teacher);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseAppraisalArgs', () => {
  it('reads generate flags with defaults beside the input', () => {
    const args = parseAppraisalArgs([
      '名单.xlsx',
      '--scope=all',
      '--layout',
      'single',
      '--aggregate',
      'trimmed',
      '--bands',
      '90,75,60',
    ]);
    expect(args).toEqual({
      command: 'generate',
      opts: {
        inputs: ['名单.xlsx'],
        out: '名单-述职评议.xlsx',
        template: 'national',
        scope: 'all',
        layout: 'single',
        aggregate: 'trimmed',
        bands: '90,75,60',
        lang: 'zh',
      },
    });
  });

  it('reads collect and rejects unknown choices', () => {
    expect(parseAppraisalArgs(['collect', 'a.xlsx', 'b.xlsx', '--lang', 'en'])).toEqual({
      command: 'collect',
      opts: { files: ['a.xlsx', 'b.xlsx'], out: 'a-appraisal-summary.xlsx', lang: 'en' },
    });
    expect(() => parseAppraisalArgs(['a.xlsx', '--scope', 'everyone'])).toThrow(
      'appraisal.cli.badChoice',
    );
    expect(() => parseAppraisalArgs(['collect'])).toThrow('appraisal.cli.noFormsGiven');
  });
});

describe('runAppraisalGenerate', () => {
  it('rejects bad settings with every problem listed, writing nothing', async () => {
    const out = join(dir, 'never.xlsx');
    const run = await runAppraisalGenerate({
      ...generateOptions(),
      out,
      groups: '学生代表:60,团委',
      bands: '70,85,60',
      quota: '120',
    });
    expect(run.exitCode).toBe(2);
    expect(run.messages.join('\n')).toMatch(
      /部分评分组设置了权重[\s\S]*从高到低[\s\S]*优秀比例上限/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('names an unknown template and a missing input', async () => {
    const bad = await runAppraisalGenerate({ ...generateOptions(), template: 'nope' });
    expect(bad).toEqual({
      exitCode: 2,
      messages: [expect.stringContaining('没有名为“nope”的评分模板')],
    });
    const missing = await runAppraisalGenerate({
      ...generateOptions(),
      inputs: [join(dir, 'absent.xlsx')],
    });
    expect(missing.exitCode).toBe(2);
    expect(missing.messages[0]).toContain('absent.xlsx');
  });

  it('writes forms for the presidium and heads with suggestions from grades and attendance', async () => {
    const run = await runAppraisalGenerate(generateOptions());
    expect(run).toEqual({
      exitCode: 0,
      messages: [expect.stringContaining('已生成 6 张评分表（5 名成员，2 个评分组）')],
    });
    const wb = await readWorkbook(forms);
    const form = wb.getWorksheet('评分-学生代表-秘书处')!;
    const header = form.getRow(13).values as unknown[];
    expect(header.slice(1)).toEqual([
      '姓名',
      '学号',
      '部门',
      '职务',
      '政治态度',
      '道德品行',
      '学习情况',
      '工作成效',
      '纪律作风',
      '总分',
    ]);
    expect(plain(form.getCell('A14'))).toBe('=张部长');
    // Independent rank: credit-weighted average (2 and 3 credits) within the 20-student cohort.
    const avg = (s: (typeof STUDENTS)[number]) => (2 * s.scores[0] + 3 * s.scores[1]) / 5;
    const me = STUDENTS[2]!;
    const rank = 1 + STUDENTS.filter((s) => avg(s) > avg(me)).length;
    const step = ACADEMIC_SCALE.find((x) => (rank / STUDENTS.length) * 100 <= x.upToPercent)!;
    expect(plain(form.getCell('G14'))).toBe(halfPoints(20, step.share));
    const rate = (15 / 20) * 100;
    expect(plain(form.getCell('I14'))).toBe(
      halfPoints(20, ATTENDANCE_SCALE.find((x) => rate >= x.atLeastPercent)!.share),
    );
    const evidence = wb.getWorksheet('建议分依据')!;
    const basis: string[] = [];
    evidence.eachRow((row) => basis.push(plainText(row.getCell(6))));
    expect(basis).toContain(
      `本专业成绩排名 ${rank}/${STUDENTS.length}（前 ${round2((rank / STUDENTS.length) * 100 * 10) / 10}%）`,
    );
  });
});

async function fillCopy(
  from: string,
  to: string,
  group: string,
  score: (member: number, dim: number) => number | null,
): Promise<void> {
  const wb = await readWorkbook(from);
  let m = 0;
  wb.eachSheet((ws) => {
    if (!ws.name.startsWith(`评分-${group}-`)) return;
    for (
      let row = 14;
      typeof plain(ws.getCell(row, 2)) === 'string' && plain(ws.getCell(row, 2)) !== '';
      row++, m++
    ) {
      for (let d = 0; d < 5; d++) ws.getCell(row, 5 + d).value = score(m, d);
    }
  });
  await wb.xlsx.writeFile(to);
}

describeWith(['libreoffice'], 'runAppraisalCollect', () => {
  it('pools two 学生代表 copies, reports gaps by cell, and the summary recalculates', async () => {
    const a = join(dir, '学生代表A.xlsx');
    const b = join(dir, '学生代表B.xlsx');
    const c = join(dir, '团委.xlsx');
    const scoreA = (m: number, d: number) => (m === 0 ? 19 : m === 3 ? 9 : 14 + ((m * 3 + d) % 6));
    const scoreB = (m: number, d: number) =>
      m === 1 && d === 3 ? null : m === 0 ? 18.5 : m === 3 ? 10 + (d % 2) : 12 + ((m + d * 2) % 8);
    const scoreC = (m: number, d: number) =>
      m === 4 && d === 0 ? 25 : m === 3 ? 8 + d : 15 + ((m + d) % 5);
    await fillCopy(forms, a, '学生代表', scoreA);
    await fillCopy(forms, b, '学生代表', scoreB);
    await fillCopy(forms, c, '团委', scoreC);
    const out = join(dir, '汇总.xlsx');
    const result = await runAppraisalCollect({ files: [a, b, c], out, lang: 'zh' });
    expect(result.exitCode).toBe(1);
    expect(result.messages).toEqual([
      '  学生代表B.xlsx 的工作表 评分-学生代表-主席团 单元格 H15：李副主席 的“工作成效”未评分。',
      '  团委.xlsx 的工作表 评分-团委-文体部 单元格 E15：孙副部长 的“政治态度”为 25，超出 0 至 20 分。',
      // Three forms (主席团, 秘书处, 文体部) from each of A, B and C.
      expect.stringContaining('已汇集 9 份评分表（5 名成员），发现 2 个问题'),
    ]);
    const recalculated = await recalculate(out, join(dir, 'lo'));
    const wb = await readWorkbook(recalculated);
    const summary = wb.getWorksheet('考核汇总')!;
    // Member order on the forms: 王主席, 李副主席 (主席团), =张部长 (秘书处), 钱部长, 孙副部长 (文体部).
    const dims = Array.from({ length: 5 }, () => ({ max: 20 }));
    const total = (f: (m: number, d: number) => number | null, m: number) =>
      expectedTotal(
        [0, 1, 2, 3, 4].map((d) => f(m, d) ?? undefined),
        dims,
      );
    const groups = [0, 1, 2, 3, 4].map((m) => {
      const students = [total(scoreA, m), total(scoreB, m)].filter(
        (x): x is number => x !== undefined,
      );
      return [
        students.length ? round2(students.reduce((x, y) => x + y, 0) / students.length) : undefined,
        total(scoreC, m),
      ];
    });
    const aggregates = groups.map((g) => expectedAggregate(g, 'weighted', [60, 40]));
    const ranks = expectedRanks(aggregates);
    const bands = expectedBands(aggregates, { excellent: 85, good: 70, pass: 60, quota: 40 });
    const rows = [0, 1, 2, 3, 4].map((m) => summary.getRow(7 + m));
    rows.forEach((row, m) => {
      expect(plain(row.getCell(6))).toBeCloseTo(groups[m]![0]!, 6);
      expect(plain(row.getCell(7))).toBeCloseTo(groups[m]![1]!, 6);
      expect(plain(row.getCell(9))).toBeCloseTo(aggregates[m]!, 6);
      expect([plain(row.getCell(10)), plain(row.getCell(11))]).toEqual([ranks[m], bands[m]]);
    });
    expect(bands).toContain('不合格');
    expect(bands).toContain('优秀');
    const exits = rows.map((row) => plain(row.getCell(14))).filter((x) => x !== '');
    expect(exits).toEqual(
      [0, 1, 2, 3, 4]
        .filter((m) => bands[m] === '不合格')
        .map((m) => `${plainText(rows[m]!.getCell(2))}（${plainText(rows[m]!.getCell(4))}）`),
    );
    expect(wb.getWorksheet('汇集问题')).toBeDefined();
  });
});

describe('runAppraisalCollect without copies', () => {
  it('stops with a clear message when the files were not generated by the product', async () => {
    const other = join(dir, 'other.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['姓名', '分数']);
    await wb.xlsx.writeFile(other);
    const result = await runAppraisalCollect({
      files: [other],
      out: join(dir, 'x.xlsx'),
      lang: 'en',
    });
    expect(result).toEqual({
      exitCode: 2,
      messages: [expect.stringContaining('None of the files has the appraisal settings sheet')],
    });
  });
});
