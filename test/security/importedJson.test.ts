import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'samples', '学生会名单与成绩.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'uc-import-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, { stdout: (t) => void (out += t), stderr: (t) => void (out += t) });
  return { code, out };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('a template file the command line imports', () => {
  it('is refused with every problem named by its path, in Chinese, writing nothing', async () => {
    const template = file(
      'bad-template.json',
      JSON.stringify({
        name: 2025,
        dimensions: [
          { name: '政治态度', max: 20 },
          { name: '学习', max: '20' },
          { name: '总分', max: 20, bonus: 5 },
        ],
      }),
    );
    const out = join(dir, 'never.xlsx');
    const run = await cli('appraisal', SAMPLE, '--template', template, '--out', out);
    expect(run.code).toBe(2);
    for (const path of ['name', 'dimensions[1].max', 'dimensions[2].name', 'dimensions[2].bonus'])
      expect(run.out).toContain(path);
    expect(run.out).toContain('满分须为大于 0');
    expect(run.out).not.toMatch(/\n\s+at |TypeError|\{\w+\}/);
    expect(existsSync(out)).toBe(false);
  });

  it('that is not JSON names the file and the parser’s reason', async () => {
    const template = file('broken.json', '{ "name": "x", "dimensions": [ ');
    const run = await cli(
      'appraisal',
      SAMPLE,
      '--template',
      template,
      '--out',
      join(dir, 'n.xlsx'),
    );
    expect(run.code).toBe(2);
    expect(run.out).toContain('broken.json');
    expect(run.out).toContain('不是有效的 JSON');
  });

  it('with formula-like dimension names and text: every one lands as text, never as a formula', async () => {
    const evil = ['=HYPERLINK("http://example.com","点我")', '+1+1', '-2+3', '@SUM(A1:A2)'];
    const template = file(
      'formula-names.json',
      JSON.stringify({
        name: '=1+1',
        dimensions: evil.map((name, i) => ({
          name,
          max: 20,
          description: i === 0 ? '=cmd|" /C calc"!A0' : '说明',
        })),
      }),
    );
    const out = join(dir, 'forms.xlsx');
    const run = await cli('appraisal', SAMPLE, '--template', template, '--out', out);
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const formulas: string[] = [];
    const texts: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.formula);
          else if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      ),
    );
    for (const name of evil) expect(texts.some((v) => v.includes(name))).toBe(true);
    // The forms do hold formulas of their own (totals): none of them carries the template's text.
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).not.toMatch(/HYPERLINK|example\.com|cmd\||@SUM/i);
  });
});

describe('a policy file the command line imports', () => {
  it.each(['check', 'appraisal'])(
    '%s: every problem with its path; nothing written',
    async (command) => {
      const policy = file(
        `bad-policy-${command}.json`,
        JSON.stringify({
          preset: 'national',
          rules: { rank: { topPercent: '30%' }, 'staff-total': { max: -1 }, colour: {} },
        }),
      );
      const out = join(dir, `never-${command}.xlsx`);
      const run = await cli(command, SAMPLE, '--policy', policy, '--out', out);
      expect(run.code).toBe(2);
      for (const path of [
        'preset',
        'rules.rank.topPercent',
        'rules.staff-total.max',
        'rules.colour',
      ])
        expect(run.out).toContain(path);
      expect(run.out).not.toMatch(/\n\s+at |TypeError/);
      expect(existsSync(out)).toBe(false);
    },
  );
});
