import type { Page } from 'playwright-core';

/**
 * Watches a test page: its console errors and page errors go into `problems`, and it may reach
 * only `origin` (and its own blob: URLs); any other request is aborted and named there too, since
 * student data must never leave the machine.
 */
export async function guardPage(page: Page, origin: string, problems: string[]): Promise<void> {
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('blob:')) return route.continue();
    problems.push(`request outside the local server: ${url}`);
    return route.abort();
  });
}
