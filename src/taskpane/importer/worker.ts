/**
 * The import worker (built by webpack as importWorker.js): reads picked files off the pane's
 * thread with the command line's streaming reader, so a large grade export does not freeze it,
 * and sends the rows on in batches as they are read (see readBatched).
 */
import { readBatched, type BatchMessage } from './batchedRead';
import type { PickedFile } from './types';

export interface ImportRequest {
  readonly id: number;
  readonly files: readonly PickedFile[];
  /** See ImportOptions.keepRows. */
  readonly keepRows?: number;
}

/** A batch message of request `id`, or a crash (a fault in the reader, not a bad file). */
export type ImportResponse =
  | (BatchMessage & { readonly id: number })
  | { readonly id: number; readonly kind: 'crash'; readonly message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, files, keepRows } = event.data;
  const options = keepRows !== undefined ? { keepRows } : {};
  readBatched(files, (message) => scope.postMessage({ ...message, id }), options).catch(
    (error: unknown) =>
      scope.postMessage({
        id,
        kind: 'crash',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
