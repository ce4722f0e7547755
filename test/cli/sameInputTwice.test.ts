import { copyFileSync, linkSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cliHelpers';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'samples', '学生会名单与成绩.xlsx');
const root = mkdtempSync(join(tmpdir(), 'uc-twice-'));
const input = join(root, '名单.xlsx');
copyFileSync(SAMPLE, input);
linkSync(input, join(root, 'hard.xlsx'));
symlinkSync(input, join(root, 'soft.xlsx'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Json {
  readonly summary: unknown;
  readonly findings: unknown[];
  readonly issues: { readonly key: string; readonly message: string }[];
}

async function checkJson(files: readonly string[]): Promise<Json> {
  const run = await runCli(['check', ...files, '--json']);
  expect(run.code).toBe(1);
  return JSON.parse(run.stdout) as Json;
}

describe('the same file given twice to check', () => {
  it.each([
    ['the same name', input],
    ['a .. alias', join(root, '..', root.split(/[\\/]/).pop() ?? '', '名单.xlsx')],
    ['a hard link', join(root, 'hard.xlsx')],
    ['a symbolic link', join(root, 'soft.xlsx')],
  ])('%s: read once, with a notice naming both; findings as for one file', async (_, again) => {
    const once = await checkJson([input]);
    const twice = await checkJson([input, again]);
    const notices = twice.issues.filter((i) => i.key === 'io.sameFileTwice');
    expect(notices.map((n) => n.message)).toEqual([
      `「${again}」和前面给出的「${input}」是同一个文件（路径相同，或经由链接指向它），只读取了一次。`,
    ]);
    expect(twice.issues.filter((i) => i.key !== 'io.sameFileTwice')).toEqual(once.issues);
    expect(twice.summary).toEqual(once.summary);
    expect(twice.findings).toEqual(once.findings);
  });
});
