/**
 * The page's worker (built by webpack as web/worker.js): reads the picked files, runs the check or
 * the appraisal and renders the workbook, so the page's thread only draws. One job per worker.
 */
import type { JobMessage, JobRequest } from './protocol';
import { runJob } from './runJob';

interface WorkerScope {
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
  postMessage(message: JobMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  runJob(event.data, (progress) => scope.postMessage({ kind: 'progress', progress }))
    .then((answer) => {
      const bytes =
        'bytes' in answer ? answer.bytes : 'report' in answer ? answer.report : undefined;
      scope.postMessage({ kind: 'answer', answer }, bytes ? [bytes.buffer] : []);
    })
    .catch((error: unknown) =>
      scope.postMessage({
        kind: 'answer',
        answer: { kind: 'crash', message: error instanceof Error ? error.message : String(error) },
      }),
    );
};
