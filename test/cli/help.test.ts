import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { langFromEnv, splitGlobalOptions } from '../../src/cli/args';
import { runCli } from './cliHelpers';

const VERSION = (
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

describe('--help follows --lang, else the environment', () => {
  it('is Chinese by default (no LANG) and names every global option', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用法：');
    expect(run.stdout).toContain('通用选项');
    expect(run.stdout).not.toContain('Usage:');
    for (const option of ['--lang zh|en', '--quiet', '--help', '--version', '--json'])
      expect(run.stdout).toContain(option);
    expect(run.stdout).toContain(VERSION);
    expect(run.stderr).toBe('');
  });

  it('is English when LANG starts with en', async () => {
    const run = await runCli(['-h'], { LANG: 'en_US.UTF-8' });
    expect(run.stdout).toContain('Usage:');
    expect(run.stdout).not.toContain('用法：');
  });

  it('prefers --lang over LANG, in either direction and either spelling', async () => {
    expect((await runCli(['--help', '--lang', 'zh'], { LANG: 'en_GB.UTF-8' })).stdout).toContain(
      '用法：',
    );
    expect((await runCli(['--lang=en', 'help'], { LANG: 'zh_CN.UTF-8' })).stdout).toContain(
      'Usage:',
    );
  });

  it('shows the command help for `appraisal --help` and `help appraisal`', async () => {
    const zh = await runCli(['appraisal', '--help']);
    const en = await runCli(['help', 'appraisal', '--lang', 'en']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('appraisal collect');
    expect(zh.stdout).not.toBe(en.stdout);
    expect(en.stdout).toContain('appraisal collect');
    expect(zh.stdout).not.toContain('通用选项');
  });

  it('`check --help` prints the help instead of checking', async () => {
    const run = await runCli(['check', '--help', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('union-compliance check <files...>');
  });

  it('without a command prints the help on stderr and exits 2', async () => {
    const run = await runCli([], { LANG: 'en_US' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage:');
  });

  it('--version prints the package version', async () => {
    const run = await runCli(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `union-compliance ${VERSION}\n` });
  });
});

describe('--lang for messages', () => {
  it('errors follow LANG when --lang is absent', async () => {
    const en = await runCli(['frobnicate'], { LANG: 'en_US.UTF-8' });
    const zh = await runCli(['frobnicate'], { LANG: 'C.UTF-8' });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Unknown command "frobnicate"');
    expect(zh.stderr).toContain('不认识的命令「frobnicate」');
  });

  it('LC_ALL outranks LANG, as in POSIX', () => {
    expect(langFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: '', LC_MESSAGES: 'zh_CN', LANG: 'en_US' })).toBe('zh');
    expect(langFromEnv({})).toBe('zh');
  });

  it('refuses a language it does not speak, naming the choices', async () => {
    const run = await runCli(['check', 'x.xlsx', '--lang', 'fr'], { LANG: 'en_US' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lang must be zh or en');
  });

  it('a command reads a file in the language asked for: missing file in English', async () => {
    const run = await runCli(['check', '/nonexistent/名单.xlsx'], { LANG: 'en_US.UTF-8' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/名单\.xlsx/);
    expect(run.stderr).not.toMatch(/找不到|没有|不存在/);
  });
});

describe('splitGlobalOptions', () => {
  it('takes the global options out wherever they stand', () => {
    const split = splitGlobalOptions(['check', '-q', 'a.xlsx', '--lang', 'en', '--quiet', 'b.csv']);
    expect(split).toEqual({
      rest: ['check', 'a.xlsx', 'b.csv'],
      quiet: true,
      help: false,
      version: false,
      lang: 'en',
    });
    expect(splitGlobalOptions(['--lang=zh', '--help'])).toMatchObject({ lang: 'zh', help: true });
    expect(splitGlobalOptions(['check', '--lang'])).toMatchObject({ rest: ['check'], lang: '' });
  });
});
