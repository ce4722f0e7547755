/**
 * After the school-scale check: 显示更多 under the members' findings appends the next page of
 * members, moves focus to the first new finding, and takes no main-thread task over the limit.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

interface Watched {
  longTasks: { start: number; duration: number }[];
}

/** Presses 显示更多 once and checks what it drew, where focus went and the longest task. */
export async function showMoreStep(
  page: Page,
  watchName: string,
  limitMs: number,
  log: (line: string) => void,
): Promise<void> {
  const groups = () => page.evaluate(() => document.querySelectorAll('[data-group]').length);
  const before = await groups();
  const left = Number(await page.getAttribute('[data-show-more]', 'data-show-more'));
  assert.ok(left > 0, 'a list of 500 flagged members should not be drawn whole');
  const t0 = await page.evaluate(() => performance.now());
  await page.click('[data-show-more]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-group]').length > n, before, {
    polling: 100,
  });
  await page.waitForTimeout(300);
  const after = await groups();
  const focus = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const group = el?.closest('[data-group]');
    return {
      finding: el?.dataset.finding ?? null,
      groupAt: group ? [...document.querySelectorAll('[data-group]')].indexOf(group) : -1,
    };
  });
  const longest = await page.evaluate(
    ([name, from]) =>
      Math.round(
        Math.max(
          0,
          ...(window as unknown as Record<string, Watched>)
            [name]!.longTasks.filter((t) => t.start + t.duration >= from)
            .map((t) => t.duration),
        ),
      ),
    [watchName, t0] as const,
  );
  log(
    `显示更多: ${before} → ${after} members (${left} were left), focus on finding ${focus.finding} of member ${focus.groupAt + 1}, longest task ${longest} ms`,
  );
  assert.equal(after, before + Math.min(before, left), '显示更多 should append one page');
  assert.ok(
    focus.finding !== null && focus.groupAt === before,
    'focus should go to the first new finding',
  );
  assert.ok(longest <= limitMs, `显示更多 took a ${longest} ms task (over ${limitMs} ms)`);
}
