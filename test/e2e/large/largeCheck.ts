/**
 * The pane at school scale: the double holds a 1,048,576 x 19 generated grade sheet and a 2,000
 * member roster; 一键检查 runs with the core in the engine worker. A PerformanceObserver records
 * every main-thread task over 50 ms (long tasks) and a MutationObserver every progress-bar value
 * and when the result appears; the step fails when any task from the click until the result is
 * drawn and has settled (reading, computing, writing, drawing) passed 200 ms, or the bar moved
 * fewer than 3 times. Long tasks are reported (NOT MET) unless E2E_STRICT_LONG_TASKS=1.
 */
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { policyToJson } from '../../../src/core/policy/serialize';
import { schoolPolicy } from '../../excel/school';
import { FIXTURE_GLOBAL, HOOKS_GLOBAL, type PageFixture, type PageHooks } from '../page/hooks';
import { showMoreStep } from './showMore';
import { strictLongTasks } from './strictTiming';
import { guardPage } from '../guard';

/** The longest main-thread task the check may cause (Excel restarts a pane unresponsive for 5 s). */
export const LONGEST_TASK_MS = 200;
/** The progress bar's value where the write phase starts (ProgressPanel's SPANS). */
const WRITE_FROM = 0.92;
/** Excel's row limit; E2E_SCHOOL_ROWS runs a smaller sheet (a quick look, not the budget). */
export const SCHOOL_ROWS = Number(process.env.E2E_SCHOOL_ROWS ?? 1_048_576);
/** How long after the result shows the page is still watched (focus set-up, late effects). */
const SETTLE_MS = 500;
/** The bar must visibly move while a check of this size runs. */
export const MIN_PROGRESS_UPDATES = 3;

export interface LargeFigures {
  readonly rows: number;
  /** Over the whole check, from the click until the result is shown. */
  readonly longestTaskMs: number;
  /** From the click until the write starts (reading, collecting, computing). */
  readonly longestReadTaskMs: number;
  /** From the click until the pane starts drawing the result: reading, computing and the write. */
  readonly longestCheckTaskMs: number;
  /** Drawing the result and after it (the pane's React views, not the check). */
  readonly longestResultTaskMs: number;
  readonly longTasks: number;
  readonly checkWallMs: number;
  readonly progressUpdates: number;
  readonly syncs: number;
  readonly bytesRead: number;
  readonly largestResponse: number;
}

interface Watch {
  longTasks: { start: number; duration: number }[];
  progress: { at: number; value: string }[];
  /** When the result's summary list first appeared (0: never). */
  resultAt: number;
}

const WATCH = '__ucWatch';

/**
 * Runs before the page's scripts, so the observers see the whole check. Plain JavaScript text:
 * a function passed to Playwright would carry the TypeScript runner's helpers into the page.
 */
const WATCH_SCRIPT = `(() => {
  const watch = { longTasks: [], progress: [], resultAt: 0 };
  window.${WATCH} = watch;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) watch.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const record = () => {
    if (!watch.resultAt && document.querySelector('[role="list"][aria-label="检查结果汇总"]'))
      watch.resultAt = performance.now();
    const bar = document.querySelector('[role="progressbar"]');
    if (!bar) return;
    const value = bar.getAttribute('aria-valuenow') || 'busy';
    const last = watch.progress[watch.progress.length - 1];
    if (!last || last.value !== value) watch.progress.push({ at: performance.now(), value });
  };
  new MutationObserver(record).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'],
  });
})();`;

async function openPane(
  browser: Browser,
  origin: string,
  rows: number,
  problems: string[],
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 380, height: 900 }, locale: 'zh-CN' });
  await guardPage(page, origin, problems);
  const fixture: PageFixture = {
    sheets: [],
    policyJson: policyToJson(schoolPolicy()),
    school: { rows, members: 2000, flagged: 500 },
  };
  await page.addInitScript(
    ([name, value]) => {
      (window as unknown as Record<string, unknown>)[name] = value;
    },
    [FIXTURE_GLOBAL, fixture] as const,
  );
  await page.addInitScript({ content: WATCH_SCRIPT });
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('button')].some(
      (b) => b.textContent === '一键检查' && !b.disabled,
    ),
  );
  return page;
}

/**
 * E2E_PROFILE=1: a CPU profile of the page's thread during the check, the top functions by self
 * and inclusive time; with a window (performance.now() ms, e.g. the longest task), only its samples.
 */
async function startProfile(
  page: Page,
): Promise<(window?: { from: number; to: number }) => Promise<string>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  // The profile's clock starts about when this reading is taken (ms apart at most).
  const p0 = await page.evaluate(() => performance.now());
  return async (window) => {
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const name = (id: number): string => {
      const f = byId.get(id)?.callFrame;
      return `${f?.functionName || '(anon)'}:${f?.lineNumber ?? 0}`;
    };
    let at = p0;
    profile.samples?.forEach((id, i) => {
      const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
      at += ms;
      if (window && (at < window.from || at > window.to)) return;
      self.set(name(id), (self.get(name(id)) ?? 0) + ms);
      // Inclusive time: each function on the sample's stack once.
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
        seen.add(name(at));
      for (const key of seen) total.set(key, (total.get(key) ?? 0) + ms);
    });
    const top = (m: Map<string, number>): string =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([k, ms]) => `${k} ${Math.round(ms)}ms`)
        .join(', ');
    // Components (capitalised names) show what React was rendering.
    const components = new Map([...total].filter(([k]) => /^[A-Z]/.test(k)));
    return `self: ${top(self)}\ninclusive: ${top(total)}\ncomponents: ${top(components)}`;
  };
}

/**
 * Opens the pane on the generated university workbook, runs 一键检查 and measures the page's
 * thread. Throws when a budget is missed (unless `assertBudgets` is false, for the bench).
 */
export async function largeCheck(
  browser: Browser,
  origin: string,
  options: {
    readonly rows: number;
    readonly assertBudgets?: boolean;
    readonly log: (line: string) => void;
  },
): Promise<LargeFigures> {
  const problems: string[] = [];
  const page = await openPane(browser, origin, options.rows, problems);
  try {
    const profiler = process.env.E2E_PROFILE ? await startProfile(page) : undefined;
    const t0 = await page.evaluate(() => performance.now());
    await page.locator('button', { hasText: '一键检查' }).click();
    // Waited for with a plain DOM look every 200 ms: Playwright's role locators compute accessible
    // names over the whole page on every poll, seconds of the page's thread that are not the pane's.
    await page.waitForFunction(
      () =>
        document.querySelector('[role="list"][aria-label="检查结果汇总"]') !== null &&
        [...document.querySelectorAll('button')].some(
          (b) => b.textContent === '一键检查' && !b.disabled,
        ),
      undefined,
      { polling: 200, timeout: 600_000 },
    );
    const t1 = await page.evaluate(() => performance.now());
    await page.waitForTimeout(SETTLE_MS);
    const settled = await page.evaluate(() => performance.now());
    const watch = await page.evaluate(
      (name) => (window as unknown as Record<string, Watch>)[name]!,
      WATCH,
    );
    const stats = await page.evaluate(
      (name) => (window as unknown as Record<string, PageHooks>)[name]!.stats(),
      HOOKS_GLOBAL,
    );
    const during = watch.longTasks.filter((t) => t.start + t.duration >= t0 && t.start <= settled);
    const writeAt =
      watch.progress.find((p) => p.at >= t0 && Number(p.value) >= WRITE_FROM)?.at ?? t1;
    const longest = (tasks: readonly { duration: number }[]): number =>
      Math.round(Math.max(0, ...tasks.map((t) => t.duration)));
    // The task in which the result's list appeared draws the result; the check ends where it starts.
    const draws = (t: { start: number; duration: number }): boolean =>
      watch.resultAt > 0 && t.start <= watch.resultAt && watch.resultAt <= t.start + t.duration + 5;
    const resultFrom = during.find(draws)?.start ?? (watch.resultAt || t1);
    const figures: LargeFigures = {
      rows: options.rows,
      longestTaskMs: longest(during),
      longestReadTaskMs: longest(during.filter((t) => t.start < writeAt)),
      longestCheckTaskMs: longest(during.filter((t) => t.start < resultFrom)),
      longestResultTaskMs: longest(during.filter((t) => t.start >= resultFrom)),
      longTasks: during.length,
      checkWallMs: Math.round(t1 - t0),
      progressUpdates: watch.progress.filter((p) => p.at >= t0 && p.at <= t1).length,
      syncs: stats.syncs,
      bytesRead: stats.bytesRead,
      largestResponse: stats.largestResponse,
    };
    options.log(`large check: ${JSON.stringify(figures)}`);
    const top = [...during].sort((a, b) => b.duration - a.duration)[0];
    if (profiler)
      options.log(
        `page thread in the longest task: ${await profiler(top && { from: top.start, to: top.start + top.duration })}`,
      );
    // Where a task fell: the bar's value then, or the task that drew the result, or after it.
    const barAt = (t: { start: number; duration: number }): string =>
      draws(t)
        ? 'draws result'
        : watch.resultAt && t.start > watch.resultAt
          ? 'after result'
          : (watch.progress.filter((p) => p.at <= t.start).at(-1)?.value ?? 'none');
    const worst = [...during].sort((a, b) => b.duration - a.duration).slice(0, 8);
    options.log(
      `longest tasks (ms at s, bar): ${worst
        .map((t) => `${Math.round(t.duration)}@${((t.start - t0) / 1000).toFixed(1)}(${barAt(t)})`)
        .join(' ')}`,
    );
    if (problems.length > 0) throw new Error(`the page reported problems:\n${problems.join('\n')}`);
    if (options.assertBudgets !== false) {
      assert.ok(
        figures.longestReadTaskMs <= LONGEST_TASK_MS,
        `a main-thread task took ${figures.longestReadTaskMs} ms (over ${LONGEST_TASK_MS} ms) while reading`,
      );
      // The whole check, from the click through reading, computing and the write to the result drawn
      // on screen. A single task's length swings by a quarter between runs of the same code on a
      // shared machine (a garbage-collection pause), so it is a figure here and a failure only under
      // E2E_STRICT_LONG_TASKS=1; `npm run bench -- --only page` measures the target.
      const parts = `check ${figures.longestCheckTaskMs} ms, drawing the result ${figures.longestResultTaskMs} ms`;
      const whole = `a main-thread task took ${figures.longestTaskMs} ms (over ${LONGEST_TASK_MS} ms) during the check (${parts})`;
      if (figures.longestTaskMs > LONGEST_TASK_MS && !strictLongTasks())
        options.log(`NOT MET: ${whole}`);
      else assert.ok(figures.longestTaskMs <= LONGEST_TASK_MS, whole);
      assert.ok(
        figures.progressUpdates >= MIN_PROGRESS_UPDATES,
        `the progress bar changed ${figures.progressUpdates} times (fewer than ${MIN_PROGRESS_UPDATES})`,
      );
      await showMoreStep(page, WATCH, LONGEST_TASK_MS, options.log);
    }
    return figures;
  } finally {
    await page.close();
  }
}
