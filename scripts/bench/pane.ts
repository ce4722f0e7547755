/**
 * Pane responsiveness (issue 5, item 3): the browser test's school-scale check, measured. Builds
 * the test pane, opens it in Debian's Chromium over the double holding the 1,048,576 x 19 grade
 * sheet and a 2,000-member roster, runs 一键检查 and reports the page thread's long tasks.
 */
import { chromiumMissing, launchChromium } from '../../test/e2e/chromium';
import { buildTestPane } from '../../test/e2e/build';
import { largeCheck, LONGEST_TASK_MS, MIN_PROGRESS_UPDATES } from '../../test/e2e/large/largeCheck';
import { serveDir } from '../../test/e2e/serve';
import type { BenchModule } from './types';

/**
 * The pane measurement: longest main-thread task over the whole check and per part (check, result
 * drawing), long-task count, check wall time, progress updates.
 */
export const measure: BenchModule = async ({ quick, log }) => {
  const name = 'pane.check-1048576x19';
  const missing = chromiumMissing();
  if (missing !== undefined) return [{ name, figures: {}, skipped: missing }];
  const rows = quick ? 100_000 : 1_048_576;
  log(`pane: building the test pane`);
  const server = await serveDir(await buildTestPane());
  const browser = await launchChromium();
  try {
    const f = await largeCheck(browser, server.origin, { rows, assertBudgets: false, log });
    return [
      {
        name: quick ? 'pane.check-100000x19' : name,
        figures: {
          rows: f.rows,
          longestTaskMs: f.longestTaskMs,
          longestReadTaskMs: f.longestReadTaskMs,
          longestCheckTaskMs: f.longestCheckTaskMs,
          longestResultTaskMs: f.longestResultTaskMs,
          longTasks: f.longTasks,
          checkWallMs: f.checkWallMs,
          progressUpdates: f.progressUpdates,
          syncs: f.syncs,
          bytesRead: f.bytesRead,
          largestResponse: f.largestResponse,
          engine: 'web worker',
        },
        targets: {
          // The target: no task over the limit during the WHOLE check, result drawn included.
          [`longestTaskWholeCheck<=${LONGEST_TASK_MS}ms`]: f.longestTaskMs <= LONGEST_TASK_MS,
          [`progressUpdates>=${MIN_PROGRESS_UPDATES}`]: f.progressUpdates >= MIN_PROGRESS_UPDATES,
        },
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
};
