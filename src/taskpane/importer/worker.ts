/**
 * The import worker (built by webpack as importWorker.js): reads picked files off the pane's
 * thread with the command line's streaming reader, so a large grade export does not freeze it.
 */
import { readImport } from './readImport';
import type { ImportResult, PickedFile } from './types';

export interface ImportRequest {
  readonly id: number;
  readonly files: readonly PickedFile[];
}

export interface ImportResponse {
  readonly id: number;
  readonly results?: readonly ImportResult[];
  /** Set when reading failed unexpectedly (not a bad file: those are results). */
  readonly crash?: string;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, files } = event.data;
  Promise.all(files.map((file) => readImport(file)))
    .then((results) => scope.postMessage({ id, results }))
    .catch((error: unknown) =>
      scope.postMessage({ id, crash: error instanceof Error ? error.message : String(error) }),
    );
};
