import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cliHelpers';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'samples', '学生会名单与成绩.xlsx');
const POLICY = join(__dirname, '..', '..', 'assets', 'samples', 'policy.json');

describe('--quiet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uc-quiet-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints nothing for a check with findings, but exits 1 and still writes the report', async () => {
    const report = join(dir, '报告.xlsx');
    const loud = await runCli(['check', SAMPLE, '--policy', POLICY, '--out', join(dir, 'l.xlsx')]);
    const run = await runCli(['check', SAMPLE, '--policy', POLICY, '--out', report, '--quiet']);
    expect(loud.code).toBe(1);
    expect(loud.stdout).not.toBe('');
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect(existsSync(report)).toBe(true);
  });

  it('with --json prints only the JSON, the same as without --quiet', async () => {
    const plain = await runCli(['check', SAMPLE, '--policy', POLICY, '--json']);
    const quiet = await runCli(['-q', 'check', SAMPLE, '--policy', POLICY, '--json']);
    expect(quiet.code).toBe(plain.code);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(plain.stdout);
    const parsed = JSON.parse(quiet.stdout) as { summary?: unknown };
    expect(parsed.summary).toBeDefined();
  });

  it('still shows errors, in the language asked for, with exit code 2', async () => {
    const run = await runCli(['check', join(dir, 'missing.xlsx'), '--quiet', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('missing.xlsx');
  });

  it('silences the appraisal commands too', async () => {
    const out = join(dir, '述职评议.xlsx');
    const loud = await runCli(['appraisal', SAMPLE, '--out', join(dir, 'loud.xlsx')]);
    const run = await runCli(['appraisal', SAMPLE, '--out', out, '--quiet']);
    expect(loud.stdout).not.toBe('');
    expect(run.code).toBe(loud.code);
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(true);
  });
});
