import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { runCheckCommand } from '../../../src/cli/check/runCheckCommand';
import { toJson } from '../../../src/cli/check/jsonOutput';
import type { Policy } from '../../../src/core/policy/types';
import { checkPicked } from '../../../src/web/pipeline/checkPicked';
import { readPicked } from '../../../src/web/readPicked';

/** The check as the command line prints it with --json: summary, members, findings, issues. */
export type Checked = Record<string, unknown>;

/** The command line's check of `files` (`check … --policy … --json --lang zh`), in process. */
export async function cliFindings(files: readonly string[], policy: string): Promise<Checked> {
  let stdout = '';
  let stderr = '';
  const code = await runCheckCommand(
    [...files, '--policy', policy, '--json', '--lang', 'zh'],
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    new Date(2025, 11, 1, 9, 0, 0),
  );
  if (code !== 0 && code !== 1) throw new Error(`the CLI exited ${code}: ${stderr}`);
  return JSON.parse(stdout) as Checked;
}

/**
 * The page's check of the same files: each picked as a File (name and bytes only), read by the
 * page's reader and checked by the page's session; rendered with the same JSON lens.
 */
export async function pageFindings(files: readonly string[], policy: Policy): Promise<Checked> {
  const picked = files.map((path) => ({
    name: basename(path),
    blob: new File([readFileSync(path)], basename(path)),
  }));
  const read = await readPicked(picked);
  const failures = read.flatMap((r) => (r.ok ? [] : [r.failure]));
  if (failures.length > 0) throw new Error(`the page could not read: ${JSON.stringify(failures)}`);
  const outcome = checkPicked(
    read.flatMap((r) => (r.ok ? [r.file] : [])),
    policy,
  );
  if (!outcome.ok) throw new Error(`the page refused: ${JSON.stringify(outcome.issues)}`);
  return toJson(outcome.value, 'zh') as Checked;
}
