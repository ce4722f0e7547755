/**
 * A task boundary. WPS calls are synchronous and block the pane's thread, so long reads and writes
 * stop between blocks and let the pane paint its progress and take a click on 取消.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Calls `tick` at most every `ms` of work: cheap enough to call per cell block. */
export function slicer(ms = 30, now: () => number = () => Date.now()): () => Promise<void> {
  let since = now();
  return async () => {
    if (now() - since < ms) return;
    await nextTask();
    since = now();
  };
}
