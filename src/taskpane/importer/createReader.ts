import type { Inflater } from '../../read/zip/inflate';
import { readImport } from './readImport';
import type { ImportRequest, ImportResponse } from './worker';
import type { ImportReader, ImportResult, PickedFile } from './types';

/** Where webpack puts the worker entry, next to taskpane.html. */
export const IMPORT_WORKER_URL = 'importWorker.js';

/** Reads files in this thread (tests, or a host without workers), with the browser's inflater. */
export function createInPageReader(inflater?: Inflater): ImportReader {
  return (files) =>
    Promise.all(files.map((file) => readImport(file, inflater ? { inflater } : {})));
}

/** Reads files in a Web Worker; one worker serves every request, answers matched by id. */
export function createWorkerReader(url: string = IMPORT_WORKER_URL): ImportReader {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, (response: ImportResponse) => void>();
  const start = (): Worker => {
    const created = new Worker(url);
    created.onmessage = (event: MessageEvent<ImportResponse>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    };
    created.onerror = (event) => {
      for (const answer of pending.values()) answer({ id: 0, crash: event.message });
      pending.clear();
    };
    return created;
  };
  return (files: readonly PickedFile[]) =>
    new Promise<ImportResult[]>((resolve, reject) => {
      worker ??= start();
      const id = nextId++;
      pending.set(id, (response) =>
        response.results ? resolve([...response.results]) : reject(new Error(response.crash)),
      );
      const request: ImportRequest = { id, files };
      // Files are cloned by reference: the worker reads them, the pane never loads their bytes.
      worker.postMessage(request);
    });
}
