import type { CheckEngine } from '../../excel/engine';
import { nextTask } from '../../excel/render/pause';
import type { EngineMessage, EngineRequest, EngineResponse } from './protocol';

/** The part of a Worker the engine uses (a real one, or a test's stand-in). */
export interface EngineWorker {
  postMessage(message: EngineRequest): void;
  onmessage: ((event: MessageEvent<EngineMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Cells per message: cloning a slice for the worker stays a short task on the pane's thread. */
export const SLICE_CELLS = 40_000;

/** Posts `count` rows as slices of `step`, each in its own task. */
async function inSlices(
  count: number,
  step: number,
  pause: () => Promise<void>,
  post: (from: number, to: number) => void,
): Promise<void> {
  for (let i = 0; i < count; i += step) {
    if (i > 0) await pause();
    post(i, Math.min(count, i + step));
  }
}

type Waiting = (response: EngineResponse) => void;

/**
 * A CheckEngine in a Web Worker, one worker per check (ended by finish, finishAppraisal or
 * dispose). The worker answers heads, the review and the finish in the order they were asked, so
 * the answers wait in a queue; each block is posted as soon as it is read, so collecting overlaps
 * the next read and the pane's thread never runs the core.
 */
export function createWorkerEngine(
  spawn: () => EngineWorker,
  pause: () => Promise<void> = nextTask,
): CheckEngine {
  let worker: EngineWorker | undefined;
  let failed: string | undefined;
  const waiting: Waiting[] = [];
  let fileProgress: ((done: number, total: number) => void) | undefined;
  const send = (request: EngineRequest): void => {
    if (!worker) throw new Error('CheckEngine used before start()');
    worker.postMessage(request);
  };
  const end = (): void => {
    worker?.terminate();
    worker = undefined;
  };
  const crash = (message: string): void => {
    failed = message;
    end();
    for (const w of waiting.splice(0)) w({ kind: 'crash', message });
  };
  /** Sends a request the worker answers; `take` picks the answer's payload (or undefined: a fault). */
  const ask = <T>(
    request: EngineRequest,
    take: (response: EngineResponse) => T | undefined,
    last = false,
  ): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (failed !== undefined) {
        if (last) end();
        reject(new Error(failed));
        return;
      }
      waiting.push((response) => {
        if (last) end();
        const value = take(response);
        if (value !== undefined) resolve(value);
        else
          reject(
            new Error(response.kind === 'crash' ? response.message : `unexpected ${response.kind}`),
          );
      });
      send(request);
    });
  return {
    start: (policy, start = {}) => {
      failed = undefined;
      worker = spawn();
      worker.onmessage = (event) => {
        const message = event.data;
        if (message.kind === 'progress') return fileProgress?.(message.done, message.total);
        const w = waiting.shift();
        if (message.kind === 'crash') failed ??= message.message;
        w?.(message);
      };
      worker.onerror = (event) => crash(event.message || 'engine worker failed');
      send({ kind: 'start', policy, start });
    },
    head: (sheet, firstRow, rows) =>
      ask({ kind: 'head', sheet, firstRow, rows }, (r) =>
        r.kind === 'tables' ? r.tables : undefined,
      ),
    review: () => ask({ kind: 'review' }, (r) => (r.kind === 'review' ? r.discovery : undefined)),
    notice: (issue) => send({ kind: 'notice', issue }),
    pushRows: (file, sheet, firstRow, rows) => {
      const width = Math.max(1, ...rows.slice(0, 50).map((r) => r.length));
      return inSlices(rows.length, Math.ceil(SLICE_CELLS / width), pause, (from, to) =>
        send({ kind: 'rows', file, sheet, firstRow: firstRow + from, rows: rows.slice(from, to) }),
      );
    },
    pushFile: async (held, onProgress) => {
      fileProgress = onProgress;
      try {
        const read = await ask({ kind: 'file', held }, (r) =>
          r.kind === 'file' ? { failure: r.failure } : undefined,
        );
        return read.failure;
      } finally {
        fileProgress = undefined;
      }
    },
    pushBlock: (sheet, r1, runs) => {
      const width = Math.max(
        1,
        runs.reduce((n, run) => n + (run.values[0]?.length ?? 0), 0),
      );
      const count = Math.max(0, ...runs.map((run) => run.values.length));
      return inSlices(count, Math.ceil(SLICE_CELLS / width), pause, (from, to) =>
        send({
          kind: 'block',
          sheet,
          r1: r1 + from,
          runs: runs.map((run) => ({ c1: run.c1, values: run.values.slice(from, to) })),
        }),
      );
    },
    finish: (order) =>
      ask(
        order ? { kind: 'finish', order } : { kind: 'finish' },
        (r) => (r.kind === 'outcome' ? r.finished : undefined),
        true,
      ),
    finishAppraisal: (order) =>
      ask(
        { kind: 'finishAppraisal', order },
        (r) => (r.kind === 'appraisal' ? r.finished : undefined),
        true,
      ),
    dispose: end,
  };
}
