import { main } from '../../src/cli/main';
import type { Output } from '../../src/cli/output';
import type { ProgressStream } from '../../src/cli/progress/progressBar';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** What was drawn on the fake terminal, when one was given. */
  readonly terminal: string;
}

/** A fake terminal: records what is written; `isTTY` as asked. */
export function fakeTerminal(isTTY: boolean, columns = 80): ProgressStream & { text: string } {
  const stream = {
    isTTY,
    columns,
    text: '',
    write(chunk: string) {
      stream.text += chunk;
      return true;
    },
  };
  return stream;
}

/** Runs the CLI with collected output and the given environment (LANG etc.). */
export async function runCli(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
  terminal?: ProgressStream & { text: string },
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out: Output = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    ...(terminal ? { progressStream: terminal } : {}),
  };
  const code = await main(args, out, env);
  return { code, stdout, stderr, terminal: terminal?.text ?? '' };
}
