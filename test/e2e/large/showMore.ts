/**
 * After the school-scale check: 显示更多 under the members' findings appends the next page of
 * members, moves focus to the first new finding, and takes no main-thread task over the limit;
 * from that finding one Tab reaches the button and Enter draws the next page; axe stays clean.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible } from '../a11y/axe';
import { strictLongTasks } from './strictTiming';

interface Watched {
  longTasks: { start: number; duration: number }[];
}

/** The focused finding and the index of its member's group (-1: focus is not on a finding). */
function focusedFinding(page: Page): Promise<{ finding: string | null; groupAt: number }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const group = el?.closest('[data-group]');
    return {
      finding: el?.dataset.finding ?? null,
      groupAt: group ? [...document.querySelectorAll('[data-group]')].indexOf(group) : -1,
    };
  });
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
  const focus = await focusedFinding(page);
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
  const slow = `显示更多 took a ${longest} ms task (over ${limitMs} ms)`;
  if (longest > limitMs && !strictLongTasks()) log(`NOT MET: ${slow}`);
  else assert.ok(longest <= limitMs, slow);
  await assertAccessible(page, '检查 with 显示更多 (school scale)', log);
  await page.keyboard.press('Tab');
  const onButton = await page.evaluate(
    () => (document.activeElement as HTMLElement | null)?.dataset.showMore !== undefined,
  );
  assert.ok(onButton, 'one Tab from the findings list should reach 显示更多');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('[data-group]').length > n, after, {
    polling: 100,
  });
  const next = await focusedFinding(page);
  assert.ok(next.groupAt === after, 'Enter on 显示更多 should move focus to the first new finding');
  log(`显示更多 by keyboard: Tab from the list reaches it, Enter drew members from ${after + 1}`);
}
