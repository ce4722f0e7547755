import { GatewayError, richCode } from './errors';

export interface RetryOptions {
  /** Tries in all (default 4). */
  readonly attempts?: number;
  /** First wait; doubled after each try (default 300 ms). */
  readonly delayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs an action again while Excel answers InvalidOperationInCellEditMode (the teacher is typing in
 * a cell), with growing waits; then gives up with a message telling them to finish editing.
 */
export async function withCellEditRetry<T>(
  action: () => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 4;
  const sleep = options.sleep ?? realSleep;
  let delay = options.delayMs ?? 300;
  for (let i = 1; ; i++) {
    try {
      return await action();
    } catch (error) {
      if (richCode(error) !== 'InvalidOperationInCellEditMode') throw error;
      if (i >= attempts) throw new GatewayError('excel.cellEditMode');
      await sleep(delay);
      delay *= 2;
    }
  }
}
