import { GatewayError, richCode, throwIfAborted } from './errors';
import { packBatches, READ_LIMITS, type ReadLimits } from './blockPlan';

/** A read that can be queued into a sync, collected after it, and split when Excel finds it too big. */
export interface ReadTask {
  readonly bytes: number;
  readonly cells: number;
  /** Queues the loads; the returned function takes the results once the sync succeeded. */
  queue(ctx: Excel.RequestContext): () => void;
  /** Smaller tasks covering the same cells, or undefined when it cannot be split (one row). */
  split(): ReadTask[] | undefined;
  /** Where the task reads, for the message when even one row is too big. */
  readonly where: { readonly sheet: string; readonly row: number };
}

/** Error codes of a sync Excel refused as too large (read again in smaller parts). */
export const TOO_BIG: ReadonlySet<string> = new Set([
  'ResponsePayloadSizeLimitExceeded',
  'RangeExceedsLimit',
  'RequestPayloadSizeLimitExceeded',
]);

export interface ReadOptions {
  readonly limits?: ReadLimits;
  readonly signal?: AbortSignal;
  readonly onBatch?: (done: number, total: number) => void;
}

/**
 * Runs read tasks, one sync per batch, in order (so rows reach the collector sheet by sheet, top
 * to bottom). The signal is checked before every batch. A batch Excel refuses as too large is
 * halved and retried; that costs a sync but never fails a check on an estimate.
 */
export async function runReadTasks(
  ctx: Excel.RequestContext,
  tasks: readonly ReadTask[],
  options: ReadOptions = {},
): Promise<void> {
  const work = packBatches(tasks, options.limits ?? READ_LIMITS);
  let total = work.length;
  let done = 0;
  while (work.length > 0) {
    throwIfAborted(options.signal);
    const batch = work.shift()!;
    const collect = batch.map((t) => t.queue(ctx));
    try {
      await ctx.sync();
    } catch (error) {
      if (!TOO_BIG.has(richCode(error) ?? '')) throw error;
      const smaller =
        batch.length > 1
          ? [batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1)]
          : batch[0]!.split()?.map((t) => [t]);
      if (!smaller) throw new GatewayError('excel.rowTooLarge', batch[0]!.where);
      work.unshift(...smaller);
      total += smaller.length - 1;
      continue;
    }
    for (const c of collect) c();
    done++;
    options.onBatch?.(done, total);
  }
}
