import { basename } from 'node:path';
import { t, type Lang } from '../core/messages';
import { createProgressBar, type ProgressStream, type ReadProgress } from './progress/progressBar';

/** Where the CLI writes; tests pass a collector, the binary passes process streams. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The terminal a progress bar may be drawn on; absent for collectors. */
  readonly progressStream?: ProgressStream;
  /**
   * A progress bar for reading the input files, set by main unless --quiet (see withReadProgress).
   * It draws only on a terminal.
   */
  readonly readProgress?: (files: readonly string[]) => ReadProgress;
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

/** What the bar says it is reading: the file's name, or how many files. */
function readingLabel(files: readonly string[], lang: Lang): string {
  const [only] = files;
  return files.length === 1 && only !== undefined
    ? t('cli.progress.reading', lang, { file: basename(only) })
    : t('cli.progress.readingMany', lang, { count: files.length });
}

/** The output a command writes to: quiet, or able to draw a progress bar on the terminal. */
export function commandOutput(
  out: Output,
  { quiet, json, lang }: { quiet: boolean; json: boolean; lang: Lang },
): Output {
  if (quiet) return quietOutput(out, json);
  const stream = out.progressStream;
  if (stream === undefined) return out;
  return {
    ...out,
    readProgress: (files) => createProgressBar(stream, readingLabel(files, lang)),
  };
}

/** `union-compliance … | head` closes stdout early; that ends the run quietly, not with a trace. */
export function exitQuietlyOnBrokenPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
