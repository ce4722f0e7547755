import { neededColumns } from '../core/pipeline/neededColumns';
import type { TableMapping } from '../core/tables';
import { READ_LIMITS, type ReadLimits } from './blockPlan';
import { emptyTail, runBytes, type RunValues } from './blockRows';
import { probeData } from './dataEnds';
import type { CheckEngine } from './engine';
import { GatewayError, richCode, throwIfAborted } from './errors';
import type { HeadRead } from './heads';
import { areaAddress } from './address';
import { batchesLeft, learn, newCursor, nextBatch, rowsThatFit, type Cursor } from './readCursor';
import { TOO_BIG } from './readTasks';
import { confirmErrors, looksLikeError } from './values';

export interface DataReadOptions {
  readonly signal?: AbortSignal;
  readonly onBatch?: (done: number, total: number) => void;
  readonly limits?: ReadLimits;
}

/** What the read cost, for the budgets (tests, bench). */
export interface DataReadSummary {
  /** Syncs that brought data rows. */
  readonly blocks: number;
  /** Syncs that only looked for where data is (no values). */
  readonly probes: number;
  /** Syncs Excel refused as too large (then read again in halves). */
  readonly refused: number;
  /** Syncs that asked whether error-looking texts were errors (only blocks holding any). */
  readonly confirms: number;
}

/**
 * Values with their errors confirmed, for the ranges holding a text that looks like an error: an
 * error and the same text typed in come alike in `values`, so their `valueTypes` are loaded, in
 * one sync for the whole block and only when such a text is there. Undefined when none is.
 */
async function typeSuspects(
  ctx: Excel.RequestContext,
  ranges: readonly Excel.Range[],
): Promise<Map<Excel.Range, unknown[][]> | undefined> {
  const suspects = ranges.filter((r) => r.values.some((line) => line.some(looksLikeError)));
  if (suspects.length === 0) return undefined;
  for (const r of suspects) r.load('valueTypes');
  await ctx.sync();
  return new Map(suspects.map((r) => [r, confirmErrors(r.values, r.valueTypes)]));
}

/**
 * What readData needs: the heads already given to the engine, the tables found (which columns
 * each sheet needs), and where the rows below the heads go.
 */
export interface DataSource {
  readonly heads: readonly HeadRead[];
  readonly mappings: readonly TableMapping[];
  readonly engine: Pick<CheckEngine, 'pushBlock'>;
}

/** Below this many empty rows at a block's end, reading on is cheaper than asking where data is. */
export const EMPTY_TAIL = 1000;

/** The last row worth reading: the data's end, or the last table's declared end when every table has one. */
function lastRowOf(read: HeadRead, mappings: readonly TableMapping[]): number {
  const end = read.info.used?.r2 ?? 0;
  const own = mappings.filter((m) => m.file === undefined && m.sheet === read.info.name);
  const declared = own.map((m) => m.lastDataRow);
  if (own.length === 0 || declared.some((r) => r === undefined)) return end;
  return Math.min(end, Math.max(...(declared as number[])));
}

function cursorsOf(source: DataSource): Cursor[] {
  const cursors: Cursor[] = [];
  for (const read of source.heads) {
    const cols = neededColumns(source.mappings, undefined, read.info.name);
    if (!cols || cols.length === 0) continue;
    const own = source.mappings.filter((m) => m.file === undefined && m.sheet === read.info.name);
    const sample = read.head.rows.slice(Math.min(...own.map((m) => m.firstDataRow)) - 1);
    const rows = { first: read.lastRow + 1, last: lastRowOf(read, source.mappings) };
    cursors.push(
      newCursor(
        read.info.name,
        read.info.ws,
        cols,
        rows,
        sample.length > 0 ? sample : read.head.rows,
      ),
    );
  }
  return cursors;
}

/**
 * Hands the engine every row it needs below the heads it already has: the rest of each needed
 * sheet in blocks of only the needed columns. Blocks are sized from the bytes the previous
 * block really took (one sync each, under Excel's limits); a sheet longer than one block is first
 * narrowed to the rows its needed columns use, and a block ending in a long empty run is followed
 * by a look for the next data instead of reading empty rows.
 */
export async function readData(
  ctx: Excel.RequestContext,
  source: DataSource,
  options: DataReadOptions = {},
): Promise<DataReadSummary> {
  const limits = options.limits ?? READ_LIMITS;
  const cursors = cursorsOf(source);
  let blocks = 0;
  let probes = 0;
  let refused = 0;
  let confirms = 0;
  const probe = async (which: Cursor[]): Promise<void> => {
    if (which.length === 0) return;
    throwIfAborted(options.signal);
    await probeData(ctx, which);
    probes++;
  };
  await probe(cursors.filter((c) => c.last - c.next + 1 > rowsThatFit(c, limits)));
  for (;;) {
    throwIfAborted(options.signal);
    const pieces = nextBatch(cursors, limits);
    if (pieces.length === 0) break;
    const queued = pieces.map((p) => ({
      ...p,
      ranges: p.cursor.runs.map(([c1, c2]) => ({
        c1,
        range: p.cursor.ws.getRange(areaAddress(p.r1, c1, p.r2, c2)).load('values'),
      })),
    }));
    try {
      await ctx.sync();
    } catch (error) {
      if (!TOO_BIG.has(richCode(error) ?? '')) throw error;
      const first = pieces[0]!;
      if (pieces.length === 1 && first.r1 === first.r2)
        throw new GatewayError('excel.rowTooLarge', { sheet: first.cursor.sheet, row: first.r1 });
      refused++;
      for (const p of pieces) p.cursor.rowBytes *= 2;
      continue;
    }
    const gaps: Cursor[] = [];
    const typed = await typeSuspects(
      ctx,
      queued.flatMap((p) => p.ranges.map((r) => r.range)),
    );
    if (typed) confirms++;
    for (const p of queued) {
      const runs: RunValues[] = p.ranges.map(({ c1, range }) => ({
        c1,
        values: typed?.get(range) ?? range.values,
      }));
      learn(p.cursor, p.r2 - p.r1 + 1, runBytes(runs));
      p.cursor.next = p.r2 + 1;
      await source.engine.pushBlock(p.cursor.sheet, p.r1, runs);
      if (p.cursor.next <= p.cursor.last && emptyTail(runs) >= EMPTY_TAIL) gaps.push(p.cursor);
    }
    blocks++;
    options.onBatch?.(blocks, blocks + batchesLeft(cursors, limits));
    await probe(gaps);
  }
  return { blocks, probes, refused, confirms };
}
