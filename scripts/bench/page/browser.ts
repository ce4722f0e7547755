import type { Browser, Page } from 'playwright-core';
import { WATCH_SCRIPT } from './watch';
import { guardPage } from '../../../test/e2e/guard';

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
  await guardPage(page, origin, problems);
  await page.addInitScript({ content: WATCH_SCRIPT });
  return page;
}
