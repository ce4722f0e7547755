import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';

const ROOT = join(__dirname, '..', '..');
const SAMPLES = join(ROOT, 'test', 'samples');
const dir = mkdtempSync(join(tmpdir(), 'uc-untouched-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, { stdout: (t) => void (out += t), stderr: (t) => void (out += t) });
  return { code, out };
}

/** Bytes and modification time: the command line must not even rewrite an input with equal bytes. */
function fingerprint(file: string): { sha: string; mtimeMs: number; size: number } {
  const { mtimeMs, size } = statSync(file);
  return { sha: createHash('sha256').update(readFileSync(file)).digest('hex'), mtimeMs, size };
}

function copyIn(from: string): string {
  const to = join(dir, basename(from));
  copyFileSync(from, to);
  return to;
}

/** Writes a score into every blank score cell of the generated forms, as a scorer would. */
async function fillForms(forms: string, to: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(forms);
  wb.eachSheet((ws) => {
    if (!ws.name.startsWith('评分-')) return;
    for (let row = 14; typeof ws.getCell(row, 2).value === 'string'; row++)
      for (let col = 5; col <= 9; col++) ws.getCell(row, col).value = 15;
  });
  await wb.xlsx.writeFile(to);
}

describe('the command line never writes to its inputs', () => {
  const roster = copyIn(join(SAMPLES, 'gb18030.roster.xlsx'));
  const gbk = copyIn(join(SAMPLES, 'gb18030.grades.csv'));
  const bom = copyIn(join(SAMPLES, 'utf8-bom.grades.csv'));
  const sample = copyIn(join(ROOT, 'assets', 'samples', '学生会名单与成绩.xlsx'));
  const policy = join(dir, 'policy.json');
  const template = join(dir, 'template.json');
  writeFileSync(
    policy,
    JSON.stringify({ preset: 'national-school', rules: { rank: { topPercent: 40 } } }),
  );
  writeFileSync(
    template,
    JSON.stringify({
      name: '自定义',
      dimensions: ['政治态度', '道德品行', '学习情况', '工作成效', '纪律作风'].map((name) => ({
        name,
        max: 20,
      })),
    }),
  );
  const inputs = [roster, gbk, bom, sample, policy, template];
  let before: ReturnType<typeof fingerprint>[];

  beforeAll(() => {
    before = inputs.map(fingerprint);
  });

  it('check: a workbook with GB18030 and UTF-8 CSV grades, a policy file, --json', async () => {
    const run = await cli(
      'check',
      roster,
      gbk,
      bom,
      '--policy',
      policy,
      '--out',
      join(dir, 'r1.xlsx'),
    );
    expect([0, 1]).toContain(run.code);
    expect((await cli('check', sample, '--json', '--out', join(dir, 'r2.xlsx'))).code).toBe(1);
    expect(inputs.map(fingerprint)).toEqual(before);
  });

  it('appraisal: generate with a template file, then collect filled copies; neither touches its inputs', async () => {
    const forms = join(dir, '评分表.xlsx');
    const gen = await cli(
      'appraisal',
      sample,
      '--template',
      template,
      '--policy',
      policy,
      '--out',
      forms,
    );
    expect(gen.out).not.toMatch(/at .+\.ts:\d+/);
    expect(gen.code).toBe(0);
    const copies = [join(dir, '甲.xlsx'), join(dir, '乙.xlsx')];
    for (const copy of copies) await fillForms(forms, copy);
    const formsPrint = fingerprint(forms);
    const copiesPrint = copies.map(fingerprint);
    const collect = await cli('appraisal', 'collect', ...copies, '--out', join(dir, '汇总.xlsx'));
    expect([0, 1]).toContain(collect.code);
    expect(collect.out).toContain('已汇集');
    expect(copies.map(fingerprint)).toEqual(copiesPrint);
    expect(fingerprint(forms)).toEqual(formsPrint);
    expect(inputs.map(fingerprint)).toEqual(before);
  });

  it.each([
    ['check', (f: string) => ['check', f, '--out', f]],
    ['appraisal', (f: string) => ['appraisal', f, '--out', f]],
    ['appraisal collect', (f: string) => ['appraisal', 'collect', f, '--out', f]],
  ])('%s refuses an --out that is one of its inputs, and leaves it alone', async (_, args) => {
    for (const out of [sample, join(dir, 'sub', '..', '.', basename(sample))]) {
      const run = await cli(...args(sample).slice(0, -1), out);
      expect(run.code).toBe(2);
      expect(run.out).toContain('本工具从不覆盖输入文件');
    }
    expect(fingerprint(sample)).toEqual(before[3]);
  });
});
