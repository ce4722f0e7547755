import type { Row } from '../core/cells';
import type { SheetGrid } from '../core/tables';
import { MAX_HEAD_COLS } from './heads';
import type { SheetInfo } from './inventory';
import { rangeTask } from './rangeTask';
import { runReadTasks } from './readTasks';

/**
 * Whole sheets as grids of values (formulas as their results), for the product's own small sheets
 * (filled appraisal forms are a few dozen rows): as few syncs as the read limits allow. Rows above
 * the used range are empty, so `rows[i]` is always Excel row i + 1.
 */
export async function readGrids(
  ctx: Excel.RequestContext,
  sheets: readonly SheetInfo[],
  file?: string,
): Promise<SheetGrid[]> {
  const grids: { sheet: string; rows: Row[]; hidden: boolean }[] = [];
  const tasks = [];
  for (const info of sheets) {
    const rows: Row[] = [];
    grids.push({ sheet: info.name, rows, hidden: !info.visible });
    const used = info.used;
    if (!used) continue;
    for (let r = 1; r <= used.r2; r++) rows.push([]);
    const c2 = Math.min(used.c2, used.c1 + MAX_HEAD_COLS - 1);
    const cells = (used.r2 - used.r1 + 1) * (c2 - used.c1 + 1);
    tasks.push(
      rangeTask(
        {
          ws: info.ws,
          sheet: info.name,
          r1: used.r1,
          r2: used.r2,
          runs: [[used.c1, c2]],
          cells,
          bytes: cells * 48,
        },
        (n, row) => (rows[n - 1] = row),
      ),
    );
  }
  await runReadTasks(ctx, tasks);
  return grids.map((g) => ({
    ...(file !== undefined ? { file } : {}),
    sheet: g.sheet,
    rows: g.rows,
    ...(g.hidden ? { hidden: true } : {}),
  }));
}
