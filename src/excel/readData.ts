import type { Collector } from '../core/pipeline';
import type { TableMapping } from '../core/tables';
import { estimateRowBytes, planBlocks, type ReadLimits } from './blockPlan';
import type { HeadRead } from './heads';
import { rangeTask } from './rangeTask';
import { runReadTasks } from './readTasks';

export interface DataReadOptions {
  readonly signal?: AbortSignal;
  readonly onBatch?: (done: number, total: number) => void;
  readonly limits?: ReadLimits;
}

/** The last row worth reading: the data's end, or the last table's declared end when every table has one. */
function lastRowOf(read: HeadRead, mappings: readonly TableMapping[]): number {
  const end = read.info.used?.r2 ?? 0;
  const own = mappings.filter((m) => m.file === undefined && m.sheet === read.info.name);
  const declared = own.map((m) => m.lastDataRow);
  if (own.length === 0 || declared.some((r) => r === undefined)) return end;
  return Math.min(end, Math.max(...(declared as number[])));
}

/**
 * Hands the collector every row it needs: the head rows already in memory, then the rest of each
 * needed sheet in blocks of only the needed columns, ending at the data's real end (the values-only
 * used range), never at the formatted end of the sheet.
 */
export async function readData(
  ctx: Excel.RequestContext,
  heads: readonly HeadRead[],
  collector: Collector,
  mappings: readonly TableMapping[],
  options: DataReadOptions = {},
): Promise<void> {
  const plans = [];
  const byName = new Map<string, HeadRead>();
  for (const read of heads) {
    const cols = collector.columnsFor(undefined, read.info.name);
    if (!cols || cols.length === 0) continue;
    read.head.rows.forEach((row, i) => collector.push(undefined, read.info.name, i + 1, row));
    byName.set(read.info.name, read);
    const firstData = Math.min(
      ...mappings
        .filter((m) => m.file === undefined && m.sheet === read.info.name)
        .map((m) => m.firstDataRow),
    );
    const sample = read.head.rows.slice(firstData - 1);
    const rowBytes = estimateRowBytes(sample.length > 0 ? sample : read.head.rows, cols);
    plans.push({
      sheet: read.info.name,
      firstRow: read.lastRow + 1,
      lastRow: lastRowOf(read, mappings),
      columns: cols,
      rowBytes,
    });
  }
  const tasks = planBlocks(plans, options.limits).map((b) => {
    const ws = byName.get(b.sheet)!.info.ws;
    return rangeTask({ ...b, ws }, (n, row) => collector.push(undefined, b.sheet, n, row));
  });
  await runReadTasks(ctx, tasks, options);
}
