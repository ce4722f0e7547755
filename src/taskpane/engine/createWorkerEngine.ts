import type { CheckEngine } from '../../excel/engine';
import { nextTask } from '../../excel/render/pause';
import type { EngineRequest, EngineResponse } from './protocol';

/** The part of a Worker the engine uses (a real one, or a test's stand-in). */
export interface EngineWorker {
  postMessage(message: EngineRequest): void;
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null;
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

/**
 * A CheckEngine in a Web Worker, one worker per check (ended by finish or dispose). Each block is
 * posted as soon as it is read, so collecting overlaps the next read and the pane's thread never
 * runs the core.
 */
export function createWorkerEngine(
  spawn: () => EngineWorker,
  pause: () => Promise<void> = nextTask,
): CheckEngine {
  let worker: EngineWorker | undefined;
  let failed: string | undefined;
  let answer: ((response: EngineResponse) => void) | undefined;
  const send = (request: EngineRequest): void => {
    if (!worker) throw new Error('CheckEngine used before start()');
    worker.postMessage(request);
  };
  const end = (): void => {
    worker?.terminate();
    worker = undefined;
  };
  return {
    start: (policy, mappings) => {
      worker = spawn();
      worker.onmessage = (event) => answer?.(event.data);
      worker.onerror = (event) => {
        failed = event.message || 'engine worker failed';
        answer?.({ kind: 'crash', message: failed });
      };
      send({ kind: 'start', policy, mappings });
    },
    pushRows: (file, sheet, firstRow, rows) => {
      const width = Math.max(1, ...rows.slice(0, 50).map((r) => r.length));
      return inSlices(rows.length, Math.ceil(SLICE_CELLS / width), pause, (from, to) =>
        send({ kind: 'rows', file, sheet, firstRow: firstRow + from, rows: rows.slice(from, to) }),
      );
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
      new Promise((resolve, reject) => {
        answer = (response) => {
          end();
          if (response.kind === 'outcome') resolve(response.finished);
          else reject(new Error(response.message));
        };
        if (failed !== undefined) answer({ kind: 'crash', message: failed });
        else send(order ? { kind: 'finish', order } : { kind: 'finish' });
      }),
    dispose: end,
  };
}
