import { areaAddress } from './address';
import type { Cursor } from './readCursor';

/**
 * Narrows each cursor to the rows where its needed columns hold values, in one sync for all: the
 * values-only used range of each column run, below the rows read so far. A stray value far below
 * the data in a column the check does not need then costs nothing, and a long run of empty rows in
 * the needed columns is skipped instead of read.
 */
export async function probeData(
  ctx: Excel.RequestContext,
  cursors: readonly Cursor[],
): Promise<void> {
  const queued = cursors.map((c) => ({
    c,
    used: c.runs.map(([c1, c2]) =>
      c.ws
        .getRange(areaAddress(c.next, c1, c.last, c2))
        .getUsedRangeOrNullObject(true)
        .load('rowIndex,rowCount'),
    ),
  }));
  await ctx.sync();
  for (const { c, used } of queued) {
    const found = used.filter((r) => !r.isNullObject);
    if (found.length === 0) {
      c.next = c.last + 1;
      continue;
    }
    c.next = Math.max(c.next, Math.min(...found.map((r) => r.rowIndex + 1)));
    c.last = Math.min(c.last, Math.max(...found.map((r) => r.rowIndex + r.rowCount)));
  }
}
