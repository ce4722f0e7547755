import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTemplate } from '../../src/cli/appraisal/loadTemplate';
import { t } from '../../src/core/messages';
import { runCli } from './cliHelpers';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'samples', '学生会名单与成绩.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'uc-policy-syntax-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// A teacher edits the policy file by hand: the message must say where, in their language, not
// JavaScript's "Unexpected token ... at position 97".
describe('a policy or template file with a JSON syntax error', () => {
  const trailing = [
    '{',
    '  "preset": "national-school",',
    '  "rules": {',
    '    "staff-total": { "max": 40, }',
    '  }',
    '}',
  ].join('\n');

  it.each([
    ['trailing comma', trailing, '第 4 行第 31 列', '多了一个逗号'],
    [
      'full-width comma',
      '{"preset": "national-school"，"studentsServed": 900}',
      '第 1 行第 29 列',
      '“，”是中文（全角）标点',
    ],
    [
      'CRLF and a BOM, cut short',
      '\uFEFF{\r\n  "preset": "zhongzhi"\r\n',
      '第 3 行第 1 列',
      '没写完',
    ],
    ['unquoted name', '{\n  preset: "zhongzhi"\n}', '第 2 行第 3 列', '“preset”要用英文双引号'],
  ])('%s: names line and column in Chinese', async (_, text, where, what) => {
    const policy = file('policy.json', text);
    const { code, stderr } = await runCli(['check', SAMPLE, '--policy', policy], { LANG: 'zh_CN' });
    expect(code).toBe(2);
    expect(stderr).toContain(policy);
    expect(stderr).toContain(where);
    expect(stderr).toContain(what);
    expect(stderr).not.toMatch(/Unexpected|position|JSON at/);
  });

  it('speaks English with --lang en', async () => {
    const policy = file('policy-en.json', trailing);
    const { stderr } = await runCli(['check', SAMPLE, '--policy', policy, '--lang', 'en']);
    expect(stderr).toContain('line 4, column 31');
    expect(stderr).toContain('comma after the last item');
  });

  it('an appraisal template file says the same', async () => {
    const template = file('template.json', '{\n  "name": "我的模板",\n  "dimensions": [1 2]\n}');
    const loaded = await loadTemplate(template);
    expect(loaded.ok).toBe(false);
    const lines = loaded.ok ? [] : loaded.issues.map((i) => t(i.messageKey, 'zh', i.params));
    expect(lines.join('\n')).toContain(template);
    expect(lines.join('\n')).toContain('第 3 行第 20 列');
    expect(lines.join('\n')).toContain('缺少逗号');
  });
});
