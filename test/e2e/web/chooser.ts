/**
 * File choosers in the browser test. Playwright intercepts a page's file chooser only while a
 * `filechooser` listener is on, and turns interception on without waiting for Chromium's answer.
 * Chromium applies it on the DevTools pipe to the renderer, while a key press or click travels on
 * the input pipe: with `waitForEvent` registered just before the press, the press can reach the
 * page first. The page then opens its chooser, not intercepted, and headless Chromium shows
 * nothing and reports nothing (the same race: puppeteer/puppeteer#6040). Measured: 3 of 20 first
 * presses lost, idle or under CPU load, every time with Chromium's answer to the interception
 * arriving after its answer to the key press. So interception is turned on once, when the page is
 * made, and confirmed before any press.
 */
import type { FileChooser, Page } from 'playwright-core';

const intercepting = new WeakSet<Page>();

/** Intercepts every file chooser `page` opens from now on; call it once, right after newPage. */
export async function interceptFileChoosers(page: Page): Promise<void> {
  // Held for the page's life, so no later waitForEvent turns interception on (or off) again.
  page.on('filechooser', () => undefined);
  // A round trip on the same DevTools session, sent after the interception: once Chromium
  // answers it, the renderer has applied the interception.
  await page.evaluate(() => undefined);
  intercepting.add(page);
}

/** Presses `press` once and returns the file chooser it opens; fails if none opens. */
export async function openChooser(page: Page, press: () => Promise<void>): Promise<FileChooser> {
  if (!intercepting.has(page))
    throw new Error('interceptFileChoosers(page) must run before the first press that opens one');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press()]);
  return chooser;
}
