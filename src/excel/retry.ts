import { GatewayError, richCode } from './errors';
import { focusLost } from './transient';

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
 * a cell), with growing waits; then gives up with a message telling them to finish editing. An
 * action cut off because another workbook took focus is run again the same way (every action reads
 * afresh and a failed write was rolled back); after the last try Excel's answer goes on.
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
      const editing = richCode(error) === 'InvalidOperationInCellEditMode';
      if (!editing && !focusLost(error)) throw error;
      if (i >= attempts) throw editing ? new GatewayError('excel.cellEditMode') : error;
      await sleep(delay);
      delay *= 2;
    }
  }
}
