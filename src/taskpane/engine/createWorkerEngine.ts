import type { CheckEngine } from '../../excel/engine';
import type { EngineRequest, EngineResponse } from './protocol';

/** The part of a Worker the engine uses (a real one, or a test's stand-in). */
export interface EngineWorker {
  postMessage(message: EngineRequest): void;
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/**
 * A CheckEngine in a Web Worker, one worker per check (ended by finish or dispose). Each block is
 * posted as soon as it is read, so collecting overlaps the next read and the pane's thread never
 * runs the core.
 */
export function createWorkerEngine(spawn: () => EngineWorker): CheckEngine {
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
    pushRows: (file, sheet, firstRow, rows) => send({ kind: 'rows', file, sheet, firstRow, rows }),
    pushBlock: (sheet, r1, runs) => send({ kind: 'block', sheet, r1, runs }),
    finish: () =>
      new Promise((resolve, reject) => {
        answer = (response) => {
          end();
          if (response.kind === 'outcome') resolve(response.outcome);
          else reject(new Error(response.message));
        };
        if (failed !== undefined) answer({ kind: 'crash', message: failed });
        else send({ kind: 'finish' });
      }),
    dispose: end,
  };
}
