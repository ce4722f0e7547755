import { EngineCore } from '../../excel/engine';
import { ANSWERED, type EngineMessage, type EngineRequest, type EngineResponse } from './protocol';

/** Progress of a file read is told at most this often: each message is a redraw in the pane. */
const PROGRESS_EVERY_MS = 100;

/** What an answered request gives back, from the engine's core (a file read is apart: async). */
function answer(core: EngineCore, request: EngineRequest): EngineResponse | undefined {
  switch (request.kind) {
    case 'head':
      return {
        kind: 'tables',
        tables: core.head(request.sheet, request.firstRow, request.rows),
      };
    case 'review':
      return { kind: 'review', discovery: core.review() };
    case 'notice':
      core.notice(request.issue);
      return undefined;
    case 'rows':
      core.pushRows(request.file, request.sheet, request.firstRow, request.rows);
      return undefined;
    case 'block':
      core.pushBlock(request.sheet, request.r1, request.runs);
      return undefined;
    case 'finish':
      return { kind: 'outcome', finished: core.finishWithReport(request.order) };
    case 'finishAppraisal':
      return { kind: 'appraisal', finished: core.finishAppraisal(request.order) };
    case 'start':
    case 'file':
      return undefined;
  }
}

/**
 * The engine's side of the protocol, apart from the worker global so tests can drive it: applies
 * each request to an EngineCore (one check session) and answers every answered request in order,
 * with its result or, once the engine has broken, with the first fault. While an imported file is
 * read (asynchronously, here), later requests wait their turn, so the order holds.
 */
export function engineServer(post: (message: EngineMessage) => void): (r: EngineRequest) => void {
  let core: EngineCore | undefined;
  let fault: string | undefined;
  let reading = false;
  const waiting: EngineRequest[] = [];
  const describe = (error: unknown): string =>
    error instanceof Error ? error.message : String(error);

  const readFile = (engine: EngineCore, request: Extract<EngineRequest, { kind: 'file' }>) => {
    reading = true;
    let told = 0;
    const onProgress = (done: number, total: number) => {
      const now = Date.now();
      if (now - told < PROGRESS_EVERY_MS && done < total) return;
      told = now;
      post({ kind: 'progress', done, total });
    };
    engine
      .pushFile(request.held, { onProgress })
      .then(
        (failure) => post(failure ? { kind: 'file', failure } : { kind: 'file' }),
        (error: unknown) => {
          fault ??= describe(error);
          post({ kind: 'crash', message: fault });
        },
      )
      .finally(() => {
        reading = false;
        drain();
      });
  };

  const handle = (request: EngineRequest): void => {
    if (request.kind === 'start') {
      core = new EngineCore(request.policy, request.start);
      fault = undefined;
      return;
    }
    const answered = ANSWERED.has(request.kind);
    try {
      if (fault === undefined && !core) fault = `${request.kind} before start`;
      if (fault !== undefined || !core) {
        if (answered) post({ kind: 'crash', message: fault ?? 'not started' });
        return;
      }
      if (request.kind === 'file') return readFile(core, request);
      const response = answer(core, request);
      if (response) post(response);
      if (request.kind === 'finish' || request.kind === 'finishAppraisal') core = undefined;
    } catch (error) {
      fault ??= describe(error);
      if (answered) post({ kind: 'crash', message: fault });
    }
  };

  const drain = (): void => {
    while (!reading && waiting.length > 0) handle(waiting.shift() as EngineRequest);
  };

  return (request) => {
    waiting.push(request);
    drain();
  };
}
