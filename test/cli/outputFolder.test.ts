import { promises as fsp } from 'node:fs';
import {
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputFileError } from '../../src/cli/io/errors';
import { writeWorkbookModel } from '../../src/cli/io/writeWorkbook';
import { runCli } from './cliHelpers';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'samples', '学生会名单与成绩.xlsx');
const root = mkdtempSync(join(tmpdir(), 'uc-outdir-'));
const input = join(root, '名单.xlsx');
copyFileSync(SAMPLE, input);
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

const MODEL = { sheets: [{ name: 'S', rows: [[{ value: 'a' }]] }] };

function fresh(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  return dir;
}

/** An fs error as Node raises it: only the code matters to the mapping. */
function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** Refuses only the creation of files (the readers open their inputs through the same call). */
function denyCreate(code: string): void {
  const open = fsp.open.bind(fsp);
  jest
    .spyOn(fsp, 'open')
    .mockImplementation((path, flags, mode) =>
      flags === 'wx' ? Promise.reject(fsError(code)) : open(path, flags, mode),
    );
}

function noInternalError(text: string): void {
  expect(text).not.toContain('程序内部错误');
  expect(text).not.toContain('Internal error');
}

describe('--out folder that cannot be created', () => {
  it('a file in the path: exit 2, names the folder and the file in the way, creates nothing', async () => {
    const dir = fresh('blocked');
    const blocker = join(dir, '报告');
    writeFileSync(blocker, 'not a folder');
    const out = join(blocker, '2025', '报告.xlsx');
    const run = await runCli(['check', input, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `无法创建输出文件夹「${join(blocker, '2025')}」：路径中的「${blocker}」是一个文件，不是文件夹。请换一个 --out 位置，或把这个文件移走后再试。\n`,
    );
    expect(readdirSync(dir)).toEqual(['报告']);
    expect(readFileSync(blocker, 'utf8')).toBe('not a folder');
  });

  it.each([
    ['appraisal', (out: string) => ['appraisal', input, '--out', out]],
    ['appraisal collect', (out: string) => ['appraisal', 'collect', input, '--out', out]],
  ])('%s: the same message in English', async (_, args) => {
    const dir = fresh(`blocked-${_.replace(' ', '-')}`);
    const blocker = join(dir, 'reports');
    writeFileSync(blocker, '');
    const run = await runCli(args(join(blocker, 'forms.xlsx')), { LANG: 'en_US.UTF-8' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `Cannot create the output folder "${blocker}": "${blocker}" in its path is a file, not a folder.`,
    );
    noInternalError(run.stderr);
  });

  it('the writer maps a failed mkdir (ENOTDIR and EEXIST) the same way', async () => {
    const dir = fresh('blocked-writer');
    const blocker = join(dir, 'f');
    writeFileSync(blocker, '');
    for (const out of [join(blocker, 'r.xlsx'), join(blocker, 'sub', 'r.xlsx')]) {
      const error: unknown = await writeWorkbookModel(MODEL, out).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutputFileError);
      expect((error as OutputFileError).messageKey).toBe('io.out.folderBlocked');
      expect((error as OutputFileError).params['blocker']).toBe(blocker);
    }
  });

  // Tests run as root, which chmod cannot lock out: the denial is injected at the fs call instead.
  it('no permission to create the folder (injected EACCES from mkdir): exit 2 and what to do', async () => {
    const dir = fresh('denied-mkdir');
    const folder = join(dir, '新建');
    jest.spyOn(fsp, 'mkdir').mockRejectedValue(fsError('EACCES'));
    const run = await runCli(['check', input, '--out', join(folder, '报告.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`没有权限在文件夹「${folder}」中创建文件（EACCES）`);
    expect(run.stderr).toContain('请换一个有写入权限的位置');
    noInternalError(run.stderr);
  });

  it.each(['EPERM', 'EROFS'])(
    'no permission to create a file in an existing folder (injected %s from open)',
    async (code) => {
      const dir = fresh(`denied-open-${code}`);
      denyCreate(code);
      const run = await runCli(['appraisal', input, '--out', join(dir, 'f.xlsx')], {
        LANG: 'en_US.UTF-8',
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `No permission to create files in the folder "${dir}" (${code})`,
      );
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it('a bare file name names the working folder', async () => {
    denyCreate('EACCES');
    const error: unknown = await writeWorkbookModel(MODEL, 'r.xlsx').catch((e: unknown) => e);
    expect((error as OutputFileError).params['folder']).toBe(process.cwd());
  });
});

describe('--out that is an existing folder', () => {
  it.each([
    ['check', (out: string) => ['check', input, '--out', out]],
    ['appraisal', (out: string) => ['appraisal', input, '--out', out]],
    ['appraisal collect', (out: string) => ['appraisal', 'collect', input, '--out', out]],
  ])('%s: exit 2, says it is a folder and to name a file', async (name, args) => {
    const dir = fresh(`folder-${name.replace(' ', '-')}`);
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'keep.txt'), 'mine');
    const out = join(dir, 'reports');
    const run = await runCli(args(out));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `--out 给出的「${out}」是一个已有的文件夹，不是文件。请给出文件名，例如「${join(out, 'report.xlsx')}」。\n`,
    );
    expect(run.stderr).not.toContain('EISDIR');
    expect(readdirSync(out)).toEqual(['keep.txt']);
    expect(readdirSync(dir)).toEqual(['reports']);
  });
});

describe('--out that is a pipe (or a device such as /dev/null)', () => {
  /** A FIFO: what mknod makes for /dev/null needs root, a pipe does not, and lstat tells both apart alike. */
  function fifo(name: string): string {
    const dir = fresh(name);
    const path = join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [path]);
    return path;
  }

  it.each([
    ['check', (out: string) => ['check', input, '--out', out]],
    ['appraisal', (out: string) => ['appraisal', input, '--out', out]],
  ])('%s: exit 2, says what it is, and leaves it a pipe', async (name, args) => {
    const out = fifo(`fifo-${name}`);
    const run = await runCli(args(out));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `--out 给出的「${out}」是设备、管道或套接字，不是普通文件；报告不会写到这里，它也不会被替换。请给出一个 .xlsx 文件名，例如「${join(root, `fifo-${name}`, 'report.xlsx')}」。\n`,
    );
    expect(lstatSync(out).isFIFO()).toBe(true);
    expect(readdirSync(join(root, `fifo-${name}`))).toEqual(['pipe.xlsx']);
  });

  it('the writer checks again just before the rename, and removes its temporary file', async () => {
    const out = fifo('fifo-writer');
    const error: unknown = await writeWorkbookModel(MODEL, out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputFileError);
    expect((error as OutputFileError).messageKey).toBe('io.out.notRegularFile');
    expect(lstatSync(out).isFIFO()).toBe(true);
    expect(readdirSync(join(root, 'fifo-writer'))).toEqual(['pipe.xlsx']);
  });
});
