import type { Inflater } from '../../read/zip/inflate';
import { BatchAssembler, readBatched } from './batchedRead';
import type { ImportRequest, ImportResponse } from './worker';
import type { ImportOptions, ImportReader, ImportResult, PickedFile } from './types';

/** Where webpack puts the worker entry, next to taskpane.html. */
export const IMPORT_WORKER_URL = 'importWorker.js';

/** The error a cancelled import rejects with (what `isAbort` recognises). */
function aborted(): Error {
  const error = new Error('cancelled');
  error.name = 'AbortError';
  return error;
}

/**
 * Reads files in this thread (tests, or a host without workers), with the browser's inflater, the
 * same way the worker does (batches put together as they come).
 */
export function createInPageReader(inflater?: Inflater): ImportReader {
  return async (files, options = {}) => {
    const assembler = new BatchAssembler();
    let results: readonly ImportResult[] = [];
    await readBatched(
      files,
      (message) => {
        if (message.kind === 'progress') options.onProgress?.(message.progress);
        else if (message.kind === 'rows') assembler.add(message.file, message.sheet, message.rows);
        else results = message.results;
      },
      {
        ...(inflater ? { inflater } : {}),
        ...(options.keepRows !== undefined ? { keepRows: options.keepRows } : {}),
      },
    );
    if (options.signal?.aborted) throw aborted();
    return assembler.finish(results);
  };
}

interface Pending {
  readonly assembler: BatchAssembler;
  readonly options: ImportOptions;
  readonly resolve: (results: ImportResult[]) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Reads files in a Web Worker; one worker serves every request, answers matched by id. Rows come
 * in batches and are put together here; 取消 (the signal) ends the worker outright, and the next
 * import starts a fresh one.
 */
export function createWorkerReader(url: string = IMPORT_WORKER_URL): ImportReader {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const fail = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const receive = (message: ImportResponse) => {
    const p = pending.get(message.id);
    if (!p) return; // a request already cancelled
    switch (message.kind) {
      case 'progress':
        return p.options.onProgress?.(message.progress);
      case 'rows':
        return p.assembler.add(message.file, message.sheet, message.rows);
      case 'done':
        pending.delete(message.id);
        return p.resolve(p.assembler.finish(message.results));
      case 'crash':
        pending.delete(message.id);
        return p.reject(new Error(message.message));
    }
  };
  const start = (): Worker => {
    const created = new Worker(url);
    created.onmessage = (event: MessageEvent<ImportResponse>) => receive(event.data);
    created.onerror = (event) => fail(new Error(event.message));
    return created;
  };
  const stop = () => {
    worker?.terminate();
    worker = undefined;
    fail(aborted());
  };
  return (files: readonly PickedFile[], options: ImportOptions = {}) =>
    new Promise<ImportResult[]>((resolve, reject) => {
      if (options.signal?.aborted) return reject(aborted());
      worker ??= start();
      const id = nextId++;
      const onAbort = () => stop();
      const settled = () => options.signal?.removeEventListener('abort', onAbort);
      pending.set(id, {
        assembler: new BatchAssembler(),
        options,
        resolve: (results) => (settled(), resolve(results)),
        reject: (error) => (settled(), reject(error)),
      });
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const request: ImportRequest = {
        id,
        files,
        ...(options.keepRows !== undefined ? { keepRows: options.keepRows } : {}),
      };
      // Files are cloned by reference: the worker reads them, the pane never loads their bytes.
      worker.postMessage(request);
    });
}
