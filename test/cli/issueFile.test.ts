import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

// Several files may each have a sheet called Sheet1: a note must say which file it is in.
describe('check: notes name the file they come from', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'uc-issue-file-'));
    writeFileSync(
      join(dir, 'roster.csv'),
      '姓名,学号,专业,年级,部门,职务,政治面貌\n张一,2023001,计算机,2023,学习部,部长,少先队员\n张二,2023002,计算机,2023,学习部,副部长,共青团员\n',
    );
    writeFileSync(
      join(dir, 'sanctions.csv'),
      '学号,姓名,处分类别,处分日期\n2023002,张二,违纪,2024-10-01\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('in --json and in the terminal summary', async () => {
    const run = async (json: boolean) => {
      let stdout = '';
      const args = ['check', join(dir, 'roster.csv'), join(dir, 'sanctions.csv'), '--lang', 'zh'];
      await main(json ? [...args, '--json'] : [...args, '--out', join(dir, 'r.xlsx')], {
        stdout: (t) => void (stdout += t),
        stderr: () => undefined,
      });
      return stdout;
    };
    const messages = (JSON.parse(await run(true)) as { issues: { message: string }[] }).issues.map(
      (i) => i.message,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^文件「.*roster\.csv」工作表「roster」第 2 行 G 列：政治面貌「少先队员」/,
        ),
        expect.stringMatching(
          /^文件「.*sanctions\.csv」工作表「sanctions」第 2 行 C 列：处分「违纪」/,
        ),
      ]),
    );
    expect(await run(false)).toMatch(/文件「.*sanctions\.csv」工作表「sanctions」第 2 行 C 列/);
  });
});
