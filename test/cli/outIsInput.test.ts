import { createHash } from 'node:crypto';
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runCli } from './cliHelpers';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'samples', '学生会名单与成绩.xlsx');
const root = mkdtempSync(join(tmpdir(), 'uc-outin-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fingerprint(file: string): { sha: string; mtimeMs: number; size: number; nlink: number } {
  const { mtimeMs, size, nlink } = statSync(file);
  return {
    sha: createHash('sha256').update(readFileSync(file)).digest('hex'),
    mtimeMs,
    size,
    nlink,
  };
}

/** A fresh folder with the sample in it, and a symbolic link to that folder beside it. */
function setUp(name: string): { folder: string; input: string; linkedFolder: string } {
  const folder = join(root, name);
  mkdirSync(folder);
  const input = join(folder, '名单.xlsx');
  copyFileSync(SAMPLE, input);
  const linkedFolder = join(root, `${name}-link`);
  symlinkSync(folder, linkedFolder, 'dir');
  return { folder, input, linkedFolder };
}

const COMMANDS: [string, (input: string, out: string) => string[]][] = [
  ['check', (input, out) => ['check', input, '--out', out]],
  ['appraisal', (input, out) => ['appraisal', input, '--out', out]],
  ['appraisal collect', (input, out) => ['appraisal', 'collect', input, '--out', out]],
];

describe.each(COMMANDS)('%s never writes over an input reached by another path', (name, args) => {
  const tag = name.replace(' ', '-');

  it('refuses --out through a symbolic link to the input folder', async () => {
    const { folder, input, linkedFolder } = setUp(`${tag}-symlink`);
    const before = fingerprint(input);
    const out = join(linkedFolder, basename(input));
    const run = await runCli(args(input, out));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`输出文件「${out}」和输入文件「${input}」是同一个文件`);
    expect(run.stderr).toContain('本工具从不覆盖输入文件');
    expect(fingerprint(input)).toEqual(before);
    expect(readdirSync(folder)).toEqual([basename(input)]);
  });

  it('refuses --out that is a hard link of the input', async () => {
    const { folder, input } = setUp(`${tag}-hardlink`);
    const out = join(folder, '报告.xlsx');
    linkSync(input, out);
    const before = fingerprint(input);
    const run = await runCli(args(input, out), { LANG: 'en_US.UTF-8' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`The output file "${out}" is the input file "${input}"`);
    expect(fingerprint(input)).toEqual(before);
    expect(fingerprint(out)).toEqual(before);
    expect(readdirSync(folder).sort()).toEqual([basename(input), '报告.xlsx'].sort());
  });

  it('refuses --out that is a symbolic link to the input file', async () => {
    const { folder, input } = setUp(`${tag}-filelink`);
    const out = join(folder, 'link.xlsx');
    symlinkSync(input, out);
    const before = fingerprint(input);
    const run = await runCli(args(input, out));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('本工具从不覆盖输入文件');
    expect(fingerprint(input)).toEqual(before);
  });
});

describe('the other files a command reads are inputs too', () => {
  it('check refuses --out that is its policy file', async () => {
    const { folder, input } = setUp('policy');
    const policy = join(folder, 'policy.json');
    writeFileSync(policy, JSON.stringify({ preset: 'national-school' }));
    const before = fingerprint(policy);
    const run = await runCli(['check', input, '--policy', policy, '--out', policy]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`和输入文件「${policy}」是同一个文件`);
    expect(fingerprint(policy)).toEqual(before);
  });

  it('appraisal refuses --out that is a hard link of its template file', async () => {
    const { folder, input } = setUp('template');
    const template = join(folder, 'template.json');
    writeFileSync(template, JSON.stringify({ name: '自定义', dimensions: [] }));
    const out = join(folder, '评分表.xlsx');
    linkSync(template, out);
    const before = fingerprint(template);
    const run = await runCli(['appraisal', input, '--template', template, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`和输入文件「${template}」是同一个文件`);
    expect(fingerprint(template)).toEqual(before);
  });

  it('a different file of the same name in another folder is not an input', async () => {
    const { input } = setUp('elsewhere');
    const other = join(root, 'elsewhere-out');
    mkdirSync(other);
    const out = join(other, basename(input));
    const run = await runCli(['appraisal', input, '--out', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});
