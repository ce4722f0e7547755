import type { CheckProgress } from '../../taskpane/gateway';
import type { JobAnswer, JobMessage, JobRequest } from './protocol';

/** Where webpack puts the worker entry, beside index.html. */
export const WORKER_URL = 'worker.js';

/** A running job: its answer, and 取消, which ends the worker outright. */
export interface Job {
  readonly answer: Promise<JobAnswer>;
  readonly cancel: () => void;
}

/** The error a cancelled job's answer rejects with (what `isAbort` recognises). */
function aborted(): Error {
  const error = new Error('cancelled');
  error.name = 'AbortError';
  return error;
}

/** Starts one job in a fresh worker; `spawn` makes the worker (tests pass a fake). */
export function startJob(
  request: JobRequest,
  onProgress: (progress: CheckProgress) => void,
  spawn: () => Worker = () => new Worker(WORKER_URL),
): Job {
  const worker = spawn();
  let settle: { resolve: (a: JobAnswer) => void; reject: (e: Error) => void } | undefined;
  const answer = new Promise<JobAnswer>((resolve, reject) => (settle = { resolve, reject }));
  const end = () => {
    worker.terminate();
    settle = undefined;
  };
  worker.onmessage = (event: MessageEvent<JobMessage>) => {
    const message = event.data;
    if (message.kind === 'progress') return onProgress(message.progress);
    settle?.resolve(message.answer);
    end();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle?.resolve({ kind: 'crash', message: event.message });
    end();
  };
  worker.postMessage(request);
  return {
    answer,
    cancel: () => {
      settle?.reject(aborted());
      end();
    },
  };
}
