import type { Browser, Page } from 'playwright-core';
import { sampleMemory, type MemoryPeaks } from './memory';
import { readWatch, resetWatch, type Watched } from './watch';

/** One measured step: what the watcher saw, its wall time and memory, and what it gave. */
export type Measured<T> = Watched & {
  readonly wallMs: number;
  readonly memory: MemoryPeaks;
  readonly result: T;
};

/**
 * Runs `step` on a page already loaded: the watcher is reset first, memory is sampled throughout,
 * and the page's last tasks after the step (drawing what it shows) are let in before reading.
 */
export async function measured<T>(
  browser: Browser,
  page: Page,
  step: () => Promise<T>,
): Promise<Measured<T>> {
  await resetWatch(page);
  const memory = await sampleMemory(browser);
  const started = performance.now();
  const result = await step();
  const wallMs = performance.now() - started;
  await page.waitForTimeout(500);
  const watched = await readWatch(page);
  return { ...watched, wallMs, memory: await memory.stop(), result };
}
