import type { ProgressStream, ReadProgress } from './progress/progressBar';

/** Where the CLI writes; tests pass a collector, the binary passes process streams. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The terminal a progress bar may be drawn on; absent for collectors. */
  readonly progressStream?: ProgressStream;
  /**
   * A progress bar for reading one input file, set by main unless --quiet. A reader that can
   * report bytes calls `update` as it goes and `end` when done (also on failure).
   */
  readonly readProgress?: (file: string) => ReadProgress;
}

export const processOutput: Output = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  progressStream: process.stderr,
};

/**
 * --quiet: errors (stderr) and, when the answer is the JSON, stdout; everything else, including any
 * progress bar, is dropped.
 */
export function quietOutput(out: Output, keepStdout: boolean): Output {
  return {
    stdout: (text) => {
      if (keepStdout) out.stdout(text);
    },
    stderr: (text) => out.stderr(text),
  };
}
