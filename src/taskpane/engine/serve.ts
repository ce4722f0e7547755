import { EngineCore } from '../../excel/engine';
import { ANSWERED, type EngineRequest, type EngineResponse } from './protocol';

/** What an answered request gives back, from the engine's core. */
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
      return undefined;
  }
}

/**
 * The engine's side of the protocol, apart from the worker global so tests can drive it: applies
 * each request to an EngineCore (one check session) and answers every answered request in order,
 * with its result or, once the engine has broken, with the first fault.
 */
export function engineServer(post: (response: EngineResponse) => void): (r: EngineRequest) => void {
  let core: EngineCore | undefined;
  let fault: string | undefined;
  const describe = (error: unknown): string =>
    error instanceof Error ? error.message : String(error);
  return (request) => {
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
      const response = answer(core, request);
      if (response) post(response);
      if (request.kind === 'finish' || request.kind === 'finishAppraisal') core = undefined;
    } catch (error) {
      fault ??= describe(error);
      if (answered) post({ kind: 'crash', message: fault });
    }
  };
}
