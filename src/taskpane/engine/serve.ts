import { EngineCore } from '../../excel/engine';
import type { EngineRequest, EngineResponse } from './protocol';

/**
 * The engine's side of the protocol, apart from the worker global so tests can drive it: applies
 * each request to an EngineCore and answers `finish` with the outcome (and the ordered report), or with the first fault.
 */
export function engineServer(post: (response: EngineResponse) => void): (r: EngineRequest) => void {
  let core: EngineCore | undefined;
  let fault: string | undefined;
  const describe = (error: unknown): string =>
    error instanceof Error ? error.message : String(error);
  return (request) => {
    try {
      switch (request.kind) {
        case 'start':
          core = new EngineCore(request.policy, request.mappings);
          fault = undefined;
          return;
        case 'rows':
          core?.pushRows(request.file, request.sheet, request.firstRow, request.rows);
          return;
        case 'block':
          core?.pushBlock(request.sheet, request.r1, request.runs);
          return;
        case 'finish':
          if (fault !== undefined || !core)
            return post({ kind: 'crash', message: fault ?? 'finish before start' });
          post({ kind: 'outcome', finished: core.finishWithReport(request.order) });
          core = undefined;
          return;
      }
    } catch (error) {
      fault ??= describe(error);
      if (request.kind === 'finish') post({ kind: 'crash', message: fault });
    }
  };
}
