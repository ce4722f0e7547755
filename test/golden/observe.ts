/**
 * What a teacher gets from `union-compliance check --json` on a case, reduced to what must stay
 * put: the exit code, every member's status and rules, every finding, skipped rule and note as
 * rendered, or the refusal message. Paths are made relative so the record is the same anywhere.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { main } from '../../src/cli/main';
import type { GoldenCase } from './cases';

export interface Observed {
  readonly exitCode: number;
  readonly json?: unknown;
  readonly stderr?: string;
}

export async function observe(c: GoldenCase): Promise<Observed> {
  const dir = mkdtempSync(join(tmpdir(), 'uc-golden-'));
  try {
    const args = ['check', ...c.inputs, '--json', '--lang', 'zh'];
    if (c.policy !== undefined) {
      const policy = join(dir, 'policy.json');
      writeFileSync(policy, JSON.stringify(c.policy));
      args.push('--policy', policy);
    }
    let stdout = '';
    let stderr = '';
    const exitCode = await main(args, {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
    });
    const local = (text: string) =>
      c.inputs
        .reduce((s, input) => s.split(input).join(basename(input)), text)
        .split(dir)
        .join('<tmp>');
    return exitCode === 2
      ? { exitCode, stderr: local(stderr) }
      : { exitCode, json: JSON.parse(local(stdout)) as unknown };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
