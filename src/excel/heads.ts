import type { Row } from '../core/cells';
import { HEAD_ROWS } from '../core/pipeline';
import type { SheetHead } from '../core/tables';
import type { SheetInfo } from './inventory';
import { rangeTask } from './rangeTask';
import { runReadTasks } from './readTasks';

/** Columns of a head: tables wider than this are not expected in a teacher's workbook. */
export const MAX_HEAD_COLS = 256;

/** A sheet's head as read, with the last row it covers (the data reader continues below it). */
export interface HeadRead {
  readonly info: SheetInfo;
  readonly head: SheetHead;
  /** Last row included in `head.rows` (0 when the sheet is empty). */
  readonly lastRow: number;
}

/**
 * Whether a sheet holds data for the check: the product's own report and form sheets do not, nor
 * does a teacher's copy of one (a copy of an imported sheet would count its rows twice).
 */
export function isInput(info: SheetInfo): boolean {
  if (info.copyOf !== undefined) return false;
  return info.owner === undefined || info.owner.key.startsWith('import:');
}

/**
 * The first rows of every input sheet (for discovery), read in as few syncs as their size allows.
 * Rows above the used range are empty arrays so `rows[i]` is always Excel row i + 1.
 */
export async function readHeads(
  ctx: Excel.RequestContext,
  sheets: readonly SheetInfo[],
  signal?: AbortSignal,
): Promise<HeadRead[]> {
  const reads: HeadRead[] = [];
  const tasks = [];
  for (const info of sheets.filter(isInput)) {
    const rows: Row[] = [];
    const used = info.used;
    const lastRow = used ? Math.min(used.r2, HEAD_ROWS) : 0;
    for (let r = 1; r <= lastRow; r++) rows.push([]);
    reads.push({
      info,
      lastRow,
      head: {
        sheet: info.name,
        rows,
        firstRow: 1,
        ...(used ? { lastRow: used.r2 } : {}),
        ...(info.visible ? {} : { hidden: true }),
      },
    });
    if (!used || used.r1 > lastRow) continue;
    const c2 = Math.min(used.c2, used.c1 + MAX_HEAD_COLS - 1);
    const cells = (lastRow - used.r1 + 1) * (c2 - used.c1 + 1);
    tasks.push(
      rangeTask(
        {
          ws: info.ws,
          sheet: info.name,
          r1: used.r1,
          r2: lastRow,
          runs: [[used.c1, c2]],
          cells,
          bytes: cells * 24,
        },
        (n, row) => (rows[n - 1] = row),
      ),
    );
  }
  await runReadTasks(ctx, tasks, { ...(signal ? { signal } : {}) });
  return reads;
}
