import { renderProgressLine } from './render';

/** The part of a terminal stream the bar needs; process.stderr fits, and so does a test's fake. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/** Reading progress for one input file, in bytes; `end` clears whatever was drawn. */
export interface ReadProgress {
  update(bytesRead: number, totalBytes: number): void;
  end(): void;
}

export interface ProgressOptions {
  /** A read that ends sooner shows nothing: a flash of a bar is noise. */
  readonly delayMs?: number;
  /** At most one redraw per interval, so a fast reader does not flood the terminal. */
  readonly intervalMs?: number;
  readonly now?: () => number;
}

const NOTHING: ReadProgress = { update: () => undefined, end: () => undefined };

/**
 * A progress bar on `stream`, redrawn in place on one line. Anything but a terminal gets no bar at
 * all: a log file or a pipe must not fill with carriage returns.
 */
export function createProgressBar(
  stream: ProgressStream,
  label: string,
  { delayMs = 400, intervalMs = 100, now = Date.now }: ProgressOptions = {},
): ReadProgress {
  if (stream.isTTY !== true) return NOTHING;
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  let ended = false;
  return {
    update(bytesRead, totalBytes) {
      const at = now();
      if (ended || at - started < delayMs || at - lastDraw < intervalMs) return;
      lastDraw = at;
      drawn = true;
      // A pseudo-terminal without a size reports 0 columns.
      const columns = stream.columns !== undefined && stream.columns > 0 ? stream.columns : 80;
      const line = renderProgressLine(label, bytesRead, totalBytes, columns);
      stream.write(`\r\x1b[2K${line}`);
    },
    end() {
      if (ended) return;
      ended = true;
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
