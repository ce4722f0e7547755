import { RichApiError } from './errors';
import { MAX_CELLS_READ, MAX_PAYLOAD_BYTES } from './limits';
import type { WorkbookState } from './state';

/** What one `sync` accumulates while it runs: cells and bytes read, loads to publish at the end. */
export interface BatchState {
  cells: number;
  bytes: number;
  readonly commits: (() => void)[];
}

/** One queued action. `write` actions count as writes and can be made to fail by a fault. */
export interface Op {
  readonly label: string;
  readonly write: boolean;
  readonly requestBytes: number;
  run(batch: BatchState): void;
}

/** Counters the tests assert on: a round trip is the unit of cost. */
export interface DoubleStats {
  runs: number;
  syncs: number;
  bytesRead: number;
  bytesWritten: number;
  largestResponse: number;
  largestRequest: number;
  cellsRead: number;
  largestCellsRead: number;
  writes: number;
}

/** A simulated failure: at the start of a sync, or when the n-th write (counted from now) runs. */
export interface Fault {
  readonly code: string;
  readonly message?: string;
  /** Fail this many times (default 1). */
  times?: number;
  /** Fail when the write with this 1-based index runs, after the earlier ones were applied. */
  readonly atWrite?: number;
}

/** What a context needs from the workbook that owns it. */
export interface DoubleHost {
  readonly state: WorkbookState;
  readonly stats: DoubleStats;
  readonly faults: Fault[];
  writesSinceFault: number;
  newId(prefix: string): string;
  /**
   * The trip to Excel and back, awaited before a sync's actions run and again before its loads
   * become readable. Unset, a sync costs one microtask (tests); a browser page sets a macrotask,
   * as the real round trip is, so the pane's thread is free between request and response.
   */
  readonly roundTrip?: () => Promise<void>;
  /**
   * The request limit of one sync (default 5 MB). Excel on the web refuses smaller requests than
   * its documented limit at times (RequestPayloadSizeLimitExceeded); tests lower it to see the
   * adapter retry with smaller batches.
   */
  readonly requestLimit?: number;
}

/** A zeroed set of counters. */
export function emptyStats(): DoubleStats {
  return {
    runs: 0,
    syncs: 0,
    bytesRead: 0,
    bytesWritten: 0,
    largestResponse: 0,
    largestRequest: 0,
    cellsRead: 0,
    largestCellsRead: 0,
    writes: 0,
  };
}

function checkFaults(host: DoubleHost, atWrite: number | undefined): void {
  const i = host.faults.findIndex((f) => f.atWrite === atWrite);
  const f = host.faults[i];
  if (!f) return;
  f.times = (f.times ?? 1) - 1;
  if (f.times <= 0) host.faults.splice(i, 1);
  throw new RichApiError(f.code, f.message ?? `Simulated ${f.code}`);
}

/** How long the double works on a sync before it lets the page's thread run (round trip set). */
const HOST_SLICE_MS = 25;

/** The request context of one `run`: a queue of actions that only `sync` executes. */
export class DoubleContext {
  private queue: Op[] = [];
  closed = false;

  constructor(readonly host: DoubleHost) {}

  /** Queues an action; a context whose `run` has ended cannot queue anything. */
  enqueue(op: Op): void {
    if (this.closed)
      throw new RichApiError(
        'InvalidObjectPath',
        'The object was created in a request context that has ended.',
      );
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Runs the queued actions in order; loads become readable only if the whole batch succeeds. */
  async sync<T>(passThrough?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    const { stats } = this.host;
    stats.syncs++;
    await (this.host.roundTrip?.() ?? Promise.resolve());
    checkFaults(this.host, undefined);
    const request = ops.reduce((n, op) => n + op.requestBytes, 0);
    if (request > (this.host.requestLimit ?? MAX_PAYLOAD_BYTES))
      throw new RichApiError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload (${request} bytes) exceeds the limit.`,
      );
    stats.bytesWritten += request;
    stats.largestRequest = Math.max(stats.largestRequest, request);
    const batch: BatchState = { cells: 0, bytes: 0, commits: [] };
    let slice = performance.now();
    for (const op of ops) {
      // With a round trip set (a browser page), Excel's own work yields now and then: in Office
      // it runs in the host, not on the pane's thread, so it must not show as the pane's long task.
      if (this.host.roundTrip && performance.now() - slice > HOST_SLICE_MS) {
        await this.host.roundTrip();
        slice = performance.now();
      }
      if (op.write) {
        this.host.writesSinceFault++;
        checkFaults(this.host, this.host.writesSinceFault);
        stats.writes++;
      }
      op.run(batch);
      if (batch.cells > MAX_CELLS_READ)
        throw new RichApiError(
          'RangeExceedsLimit',
          `The sync reads ${batch.cells} cells, over the limit.`,
          op.label,
        );
    }
    stats.cellsRead += batch.cells;
    stats.largestCellsRead = Math.max(stats.largestCellsRead, batch.cells);
    if (batch.bytes > MAX_PAYLOAD_BYTES)
      throw new RichApiError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload (${batch.bytes} bytes) exceeds the limit.`,
      );
    stats.bytesRead += batch.bytes;
    stats.largestResponse = Math.max(stats.largestResponse, batch.bytes);
    if (this.host.roundTrip) await this.host.roundTrip();
    for (const commit of batch.commits) commit();
    return passThrough as T;
  }
}
