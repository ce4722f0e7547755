/**
 * Time slices for work queued on the pane's thread. Queueing a large report's proxy calls takes
 * hundreds of milliseconds; it is cut into slices with task boundaries between them so the pane
 * paints and answers meanwhile. Nothing is sent to Excel in between: the queue waits for the sync.
 */

/** How long one slice may run before the pane's thread gets a turn (long tasks start at 50 ms). */
export const SLICE_MS = 40;

/** A task boundary (MessageChannel: no 4 ms timer clamp), or a 0 ms timer where there is none. */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined')
    return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A checkpoint to call between pieces of work: it yields a task boundary once `budgetMs` have
 * passed since the last one, and otherwise returns at once (no promise, no microtask).
 */
export function timeSlicer(
  budgetMs: number = SLICE_MS,
  now: () => number = () => performance.now(),
  pause: () => Promise<void> = nextTask,
): () => Promise<void> | undefined {
  let since = now();
  return () => {
    if (now() - since < budgetMs) return undefined;
    return pause().then(() => {
      since = now();
    });
  };
}
