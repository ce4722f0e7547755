import type { CellValue, Row } from '../core/cells';
import { neededColumns } from '../core/pipeline/neededColumns';
import { HEAD_ROWS, type CheckSession, type SheetFeed } from '../core/session';
import type { TableMapping } from '../core/tables';
import { a1 } from './address';
import { throwIfAborted } from './errors';
import type { SheetInfo } from './inventory';
import { nextTask } from './tick';
import { blockOf } from './values';

/** Columns of a head read: tables wider than this are not expected in a teacher's workbook. */
export const HEAD_COLS = 256;
/** Cells per Value2 call below the head: big enough to be quick, small enough to keep the pane responsive. */
export const BLOCK_CELLS = 20_000;
/** Needed columns closer than this are read as one run (a call costs more than a few spare cells). */
const JOIN_GAP = 3;

/** An input sheet opened in the session, with where its head ended. */
export interface OpenSheet {
  readonly info: SheetInfo;
  readonly feed: SheetFeed;
  /** Last row read as head (0 for an empty sheet). */
  readonly headEnd: number;
  /** Header rows as read, for the column mapping dropdowns. */
  readonly head: readonly Row[];
}

/** A block of Value2 as rows whose index 0 is column A (columns before `c1` left undefined). */
function placed(
  cells: readonly CellValue[][],
  c1: number,
  into: (CellValue | undefined)[][],
): void {
  cells.forEach((row, i) => {
    const target = (into[i] ??= []);
    row.forEach((v, j) => (target[c1 - 1 + j] = v));
  });
}

function readRect(
  info: SheetInfo,
  r1: number,
  r2: number,
  runs: readonly (readonly [number, number])[],
): (CellValue | undefined)[][] {
  const rows: (CellValue | undefined)[][] = Array.from({ length: r2 - r1 + 1 }, () => []);
  for (const [c1, c2] of runs) {
    const value = info.ws.Range(a1({ r1, c1, r2, c2 })).Value2;
    placed(blockOf(value, r2 - r1 + 1, c2 - c1 + 1), c1, rows);
  }
  return rows;
}

/**
 * Opens each input sheet in the session and gives it its first rows (up to HEAD_ROWS, at most
 * HEAD_COLS wide), one Value2 call per sheet, so that discovery finds every table before any
 * data row is read.
 */
export async function openHeads(
  session: CheckSession,
  sheets: readonly SheetInfo[],
  signal?: AbortSignal,
): Promise<OpenSheet[]> {
  const open: OpenSheet[] = [];
  for (const info of sheets) {
    throwIfAborted(signal);
    const feed = session.sheet({ sheet: info.name, ...(info.visible ? {} : { hidden: true }) });
    const used = info.used;
    const headEnd = used ? Math.min(used.r2, HEAD_ROWS) : 0;
    const head: Row[] = Array.from({ length: headEnd }, () => []);
    if (used && used.r1 <= headEnd) {
      const c2 = Math.min(used.c2, used.c1 + HEAD_COLS - 1);
      readRect(info, used.r1, headEnd, [[used.c1, c2]]).forEach((r, i) => {
        head[used.r1 - 1 + i] = r;
      });
    }
    feed.rows(1, head);
    feed.tables();
    open.push({ info, feed, headEnd, head });
    await nextTask();
  }
  return open;
}

function runsOf(cols: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && c - last[1] <= JOIN_GAP) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

interface Plan {
  readonly sheet: OpenSheet;
  readonly runs: [number, number][];
  readonly first: number;
  readonly last: number;
  readonly step: number;
}

/**
 * The rest of each sheet that holds a table: only its needed columns, in blocks of about
 * BLOCK_CELLS, with a task boundary after each block (progress shows, 取消 is heard).
 */
export async function readRest(
  open: readonly OpenSheet[],
  mappings: readonly TableMapping[],
  options: { signal?: AbortSignal; onBlock?: (done: number, total: number) => void } = {},
): Promise<number> {
  const plans: Plan[] = [];
  for (const sheet of open) {
    const cols = neededColumns(mappings, undefined, sheet.info.name);
    const last = sheet.info.used?.r2 ?? 0;
    if (!cols || cols.length === 0 || last <= sheet.headEnd) continue;
    const runs = runsOf(cols);
    const width = runs.reduce((n, [c1, c2]) => n + c2 - c1 + 1, 0);
    const step = Math.max(1, Math.floor(BLOCK_CELLS / width));
    plans.push({ sheet, runs, first: sheet.headEnd + 1, last, step });
  }
  const total = plans.reduce((n, p) => n + Math.ceil((p.last - p.first + 1) / p.step), 0);
  let done = 0;
  for (const p of plans) {
    for (let r1 = p.first; r1 <= p.last; r1 += p.step) {
      throwIfAborted(options.signal);
      const r2 = Math.min(p.last, r1 + p.step - 1);
      p.sheet.feed.rows(r1, readRect(p.sheet.info, r1, r2, p.runs));
      done++;
      options.onBlock?.(done, total);
      await nextTask();
    }
  }
  for (const sheet of open) sheet.feed.end();
  return done;
}
