import type { Output } from '../output';

/** The reading option the readers take (src/cli/io): bytes read so far out of the total. */
export interface ProgressOption {
  readonly onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/**
 * Runs a read with the output's progress bar, if it has one, and clears the bar when the read ends
 * (also when it fails), before anything else is printed.
 */
export async function withReadProgress<T>(
  out: Output,
  files: readonly string[],
  read: (options: ProgressOption) => Promise<T>,
): Promise<T> {
  const bar = out.readProgress?.(files);
  if (!bar) return read({});
  try {
    return await read({ onProgress: (bytesRead, totalBytes) => bar.update(bytesRead, totalBytes) });
  } finally {
    bar.end();
  }
}
