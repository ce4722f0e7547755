import type { FileChooser, Page } from 'playwright-core';

/**
 * Presses `press` and waits for the file chooser it opens. Headless Chromium now and then drops
 * the chooser of a keypress that reached the button while the machine is busy (seen once in CI);
 * a teacher would press again, so the test does too, once, and says so. A chooser that never
 * opens still fails.
 */
export async function openChooser(
  page: Page,
  press: () => Promise<void>,
  log: (line: string) => void,
): Promise<FileChooser> {
  const first = page.waitForEvent('filechooser', { timeout: 10_000 });
  await press();
  try {
    return await first;
  } catch {
    log('file chooser did not open on the first press; pressing again');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 30_000 }),
      press(),
    ]);
    return chooser;
  }
}
