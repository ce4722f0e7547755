import type { Browser, Page } from 'playwright-core';
import { WATCH_SCRIPT } from './watch';

/**
 * A fresh page with the watcher installed that may reach only `origin` (and blob: URLs); page
 * errors and console errors are collected into `problems`.
 */
export async function watchedPage(
  browser: Browser,
  origin: string,
  problems: string[],
  viewport = { width: 1000, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('blob:')) return route.continue();
    problems.push(`request outside the local server: ${url}`);
    return route.abort();
  });
  await page.addInitScript({ content: WATCH_SCRIPT });
  return page;
}
