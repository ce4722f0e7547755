import type { Page } from 'playwright-core';

/** What the in-page watcher saw since it was last reset. */
export interface Watched {
  /** Main-thread tasks over 50 ms (PerformanceObserver 'longtask'), ms. */
  readonly longTasks: readonly number[];
  /** Distinct progress readings (the bar's value and its words) in the order shown. */
  readonly progress: readonly string[];
}

const WATCH = '__benchWatch';

/**
 * Installed before the page's own scripts: records every long task of the page's thread and
 * every change of the progress bar (its aria-valuenow and the text that describes it).
 */
export const WATCH_SCRIPT = `(() => {
  const watch = { longTasks: [], progress: [] };
  window.${WATCH} = watch;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) watch.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const record = () => {
    const bar = document.querySelector('[role="progressbar"]');
    if (!bar) return;
    const ids = (bar.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    const words = ids.map((id) => document.getElementById(id)?.textContent || '').join(' ');
    const value = (bar.getAttribute('aria-valuenow') || 'busy') + ' ' + words;
    if (watch.progress[watch.progress.length - 1] !== value) watch.progress.push(value);
  };
  new MutationObserver(record).observe(document, {
    subtree: true, childList: true, characterData: true, attributes: true,
    attributeFilter: ['aria-valuenow'],
  });
})();`;

/** Clears what was seen so far (after the page has loaded, before the measured step). */
export async function resetWatch(page: Page): Promise<void> {
  await page.evaluate((name) => {
    const w = (window as unknown as Record<string, { longTasks: number[]; progress: string[] }>)[
      name
    ];
    if (w) {
      w.longTasks.length = 0;
      w.progress.length = 0;
    }
  }, WATCH);
}

/** What was seen since the last reset. */
export function readWatch(page: Page): Promise<Watched> {
  return page.evaluate(
    (name) =>
      (window as unknown as Record<string, Watched>)[name] ?? { longTasks: [], progress: [] },
    WATCH,
  );
}
