import { createInProcessEngine, type CheckEngine } from '../../excel/engine';

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * The pane's engine: the worker one, or, when the page may not start a worker (an old webview, a
 * policy that forbids workers), the same session in the pane's thread, with a note in the check's
 * results saying so. Same results either way; only the pane's responsiveness differs.
 */
export function engineWithFallback(worker: () => CheckEngine): CheckEngine {
  let engine: CheckEngine = worker();
  const current = (): CheckEngine => engine;
  return {
    start: (policy, start) => {
      try {
        engine.start(policy, start);
      } catch (error) {
        engine = createInProcessEngine();
        engine.start(policy, start);
        engine.notice({
          severity: 'warning',
          messageKey: 'excel.workerFallback',
          params: { detail: describe(error) },
        });
      }
    },
    head: (sheet, firstRow, rows) => current().head(sheet, firstRow, rows),
    review: () => current().review(),
    notice: (issue) => current().notice(issue),
    pushRows: (file, sheet, firstRow, rows) => current().pushRows(file, sheet, firstRow, rows),
    pushFile: (held, onProgress) => current().pushFile(held, onProgress),
    pushBlock: (sheet, r1, runs) => current().pushBlock(sheet, r1, runs),
    finish: (order) => current().finish(order),
    finishAppraisal: (order) => current().finishAppraisal(order),
    dispose: () => current().dispose(),
  };
}
