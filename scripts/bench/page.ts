/**
 * The page and the pane's import at 1,000,000 rows in Chromium (issue 14 item 4, issue 11 item 8):
 * the page (dist/web, built like the browser test's) is given the roster and the 1M-row grade
 * workbook through its file input and checks them in its worker, side by side with the command
 * line on the same files; the pane's 导入成绩文件 reads the same grade workbook. Both grade
 * workbooks are measured: shared strings and inline strings (the cli bench's generators).
 * Figures: wall time, the page thread's longest task (PerformanceObserver 'longtask'), the peak
 * resident memory of the renderer that runs the page and its worker (sampled from /proc, see
 * page/memory.ts), how often the progress bar moved, and a 取消 in the middle.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../src/cli/web/serveStatic';
import { buildTestPane } from '../../test/e2e/build';
import { serveDir } from '../../test/e2e/serve';
import { buildWebPage } from '../../test/e2e/web/build';
import { ensureCliBuilt } from './cli/build';
import { cliInputs } from './cli/generate';
import { inlineGrades } from './cli/inlineWorkbook';
import { timedCli } from './cli/timedRun';
import { chromiumMissing, launchChromium } from '../../test/e2e/chromium';
import type { MemoryPeaks } from './page/memory';
import { paneCancel, paneImport, paneImportThenCheck } from './page/paneImport';
import { rosterFixture } from './page/rosterFixture';
import type { Watched } from './page/watch';
import { webCancel, webCheck, type CancelRun } from './page/webCheck';
import type { BenchLine, BenchModule } from './types';

const ROOT = join(__dirname, '..', '..');
const LONGEST_TASK_MS = 200;
const PEAK_MB = 600;
const CLI_RATIO = 2;
/** Distinct readings of the bar during one run: it must move, not jump from empty to full. */
const MIN_PROGRESS = 5;
const TIMEOUT_MS = 15 * 60_000;

const round = (n: number, digits = 0): number => Number(n.toFixed(digits));

function watchedFigures(w: Watched, memory: MemoryPeaks) {
  return {
    longestTaskMs: round(Math.max(0, ...w.longTasks)),
    longTasks: w.longTasks.length,
    progressUpdates: w.progress.length,
    rendererStartMB: round(memory.rendererStartMB),
    rendererPeakMB: round(memory.rendererMB),
    allRenderersPeakMB: round(memory.renderersMB),
    browserProcessPeakMB: round(memory.browserMB),
    memory: 'VmRSS from /proc of the page renderer (worker included), sampled every 100 ms',
  };
}

function watchedTargets(w: Watched, memory: MemoryPeaks): Record<string, boolean> {
  return {
    [`longestTask<=${LONGEST_TASK_MS}ms`]: Math.max(0, ...w.longTasks) <= LONGEST_TASK_MS,
    [`rendererPeak<=${PEAK_MB}MB`]: memory.rendererMB <= PEAK_MB,
    [`progressUpdates>=${MIN_PROGRESS}`]: w.progress.length >= MIN_PROGRESS,
  };
}

/**
 * One measured run as a bench line: `own` figures and targets first, then the watcher's (wall
 * time, tasks, memory, progress), the problems seen, and whether the run did its job (`done`).
 */
function watchedLine(
  name: string,
  run: Watched & { readonly wallMs: number; readonly memory: MemoryPeaks },
  problems: readonly string[],
  own: {
    readonly figures: Record<string, unknown>;
    readonly done: readonly [string, boolean];
    readonly targets?: Record<string, boolean>;
  },
): BenchLine {
  const [doneName, done] = own.done;
  return {
    name,
    figures: {
      wallMs: round(run.wallMs),
      ...own.figures,
      ...watchedFigures(run, run.memory),
      problems: problems.join(' | ') || null,
    },
    targets: {
      [doneName]: done && problems.length === 0,
      ...own.targets,
      ...watchedTargets(run, run.memory),
    },
  };
}

function cancelLine(name: string, run: CancelRun): BenchLine {
  return {
    name,
    figures: {
      progressBeforeCancel: run.progressBeforeCancel,
      cancelMs: round(run.cancelMs),
      backToIdle: run.backToIdle,
      problems: run.problems.join(' | ') || null,
    },
    targets: { cancelledToIdle: run.backToIdle && run.problems.length === 0 },
  };
}

async function cliWall(roster: string, grades: string, outDir: string): Promise<number> {
  const run = await timedCli(ROOT, ['check', roster, grades, '--out', join(outDir, 'report.xlsx')]);
  if (run.exitCode !== 0 && run.exitCode !== 1)
    throw new Error(`union-compliance check failed (${run.exitCode}): ${run.stderrTail}`);
  return run.wallMs;
}

interface Plan {
  readonly rows: number;
  readonly roster: string;
  readonly grades: Readonly<Record<'shared' | 'inline', string>>;
}

async function pageLines(browser: Browser, plan: Plan, log: (l: string) => void) {
  const dist = await buildWebPage();
  const server = await serveStatic(dist);
  const outDir = mkdtempSync(join(tmpdir(), 'uc-bench-page-'));
  const lines: BenchLine[] = [];
  try {
    for (const [kind, grades] of Object.entries(plan.grades)) {
      log(`page: ${kind} strings, ${plan.rows.toLocaleString('en')} rows: the command line`);
      const cliMs = await cliWall(plan.roster, grades, outDir);
      log(`page: the page in Chromium`);
      const problems: string[] = [];
      const run = await webCheck(browser, server.url, [plan.roster, grades], TIMEOUT_MS, problems);
      const ratio = run.wallMs / cliMs;
      lines.push(
        watchedLine(`page.check-${kind}-${plan.rows}`, run, problems, {
          figures: {
            rows: plan.rows,
            cliWallMs: round(cliMs),
            ratioToCli: round(ratio, 2),
            outcome: run.outcome,
          },
          done: ['checked', run.outcome === 'checked'],
          targets: { [`wall<=${CLI_RATIO}x cli`]: ratio <= CLI_RATIO },
        }),
      );
      log(`page: ${JSON.stringify(lines[lines.length - 1]?.figures)}`);
    }
    log('page: 取消 during a check');
    lines.push(
      cancelLine(
        `page.cancel-${plan.rows}`,
        await webCancel(browser, server.url, [plan.roster, plan.grades.shared]),
      ),
    );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    await server.close();
  }
  return lines;
}

async function paneLines(browser: Browser, plan: Plan, log: (l: string) => void) {
  const server = await serveDir(await buildTestPane());
  const lines: BenchLine[] = [];
  try {
    for (const [kind, grades] of Object.entries(plan.grades)) {
      log(`pane: importing the ${kind}-strings workbook`);
      const problems: string[] = [];
      const run = await paneImport(browser, server.origin, grades, TIMEOUT_MS, problems);
      lines.push(
        watchedLine(`pane.import-${kind}-${plan.rows}`, run, problems, {
          figures: { rows: plan.rows, listed: run.listed },
          done: ['listed', !run.listed.startsWith('not listed')],
        }),
      );
      log(`pane: ${JSON.stringify(lines[lines.length - 1]?.figures)}`);
    }
    const roster = await rosterFixture(plan.roster);
    for (const [kind, grades] of Object.entries(plan.grades)) {
      log(`pane: the roster workbook checked with the imported ${kind}-strings workbook`);
      const problems: string[] = [];
      const run = await paneImportThenCheck(
        browser,
        server.origin,
        roster,
        grades,
        TIMEOUT_MS,
        problems,
      );
      lines.push(
        watchedLine(`pane.importedCheck-${kind}-${plan.rows}`, run, problems, {
          figures: { rows: plan.rows, outcome: run.outcome },
          done: ['checked', run.outcome === 'checked'],
        }),
      );
      log(`pane: ${JSON.stringify(lines[lines.length - 1]?.figures)}`);
    }
    log('pane: 取消 during an import');
    lines.push(
      cancelLine(
        `pane.importCancel-${plan.rows}`,
        await paneCancel(browser, server.origin, plan.grades.shared),
      ),
    );
  } finally {
    await server.close();
  }
  return lines;
}

/** BENCH_PAGE_PARTS=page or =pane runs one half (the other takes minutes at 1M rows). */
export const measure: BenchModule = async ({ dataDir, quick, log }) => {
  const missing = chromiumMissing();
  if (missing !== undefined) return [{ name: 'page', figures: {}, skipped: missing }];
  const rows = quick ? 100_000 : 1_000_000;
  ensureCliBuilt(ROOT, log);
  const dir = join(dataDir, 'cli');
  const inputs = await cliInputs(dir, rows, log);
  const plan: Plan = {
    rows,
    roster: inputs.roster,
    grades: {
      shared: inputs.grades,
      inline: inlineGrades(join(dir, `grades-inline-${rows}.xlsx`), rows),
    },
  };
  const parts = process.env.BENCH_PAGE_PARTS ?? 'page,pane';
  const browser = await launchChromium();
  try {
    const lines: BenchLine[] = [];
    if (parts.includes('page')) lines.push(...(await pageLines(browser, plan, log)));
    if (parts.includes('pane')) lines.push(...(await paneLines(browser, plan, log)));
    return lines;
  } finally {
    await browser.close();
  }
};
