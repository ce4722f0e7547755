import type { Browser, Page } from 'playwright-core';
import type { MemoryPeaks } from './memory';
import { measured } from './measured';
import { readWatch, resetWatch, type Watched } from './watch';
import { watchedPage } from './browser';

/** One check of the page (or the pane), from 检查 (一键检查) to the summary drawn. */
export interface WebCheckRun extends Watched {
  readonly wallMs: number;
  readonly memory: MemoryPeaks;
  /** What the page showed at the end: 'checked', or the failure it drew. */
  readonly outcome: string;
}

/** One 取消 in the middle of a check. */
export interface CancelRun {
  /** Progress readings seen before 取消 was pressed. */
  readonly progressBeforeCancel: number;
  /** From 取消 to the page saying the check was cancelled, with 检查 usable again. */
  readonly cancelMs: number;
  readonly backToIdle: boolean;
  readonly problems: readonly string[];
}

const SUMMARY = '检查结果汇总';
const CANCELLED = '检查已取消';

async function openPage(browser: Browser, url: string, problems: string[]): Promise<Page> {
  const page = await watchedPage(browser, new URL(url).origin, problems);
  await page.goto(url);
  await page.getByRole('heading', { name: '学生会合规助手（网页版）' }).waitFor();
  return page;
}

async function pickAndStart(page: Page, files: readonly string[]): Promise<void> {
  await page.getByTestId('web-files').setInputFiles([...files]);
  await page
    .getByRole('list', { name: '已选择的文件' })
    .getByRole('listitem')
    .nth(files.length - 1)
    .waitFor();
  await page.getByRole('button', { name: '检查', exact: true }).click();
}

/** What the page (or the pane) ended on: the summary, or the words of its error bar. */
export async function outcomeOf(page: Page, timeoutMs: number): Promise<string> {
  const summary = page.getByRole('list', { name: SUMMARY });
  const failed = page.locator('[role="group"] .fui-MessageBar, .fui-MessageBar[class*="error"]');
  await Promise.race([
    summary.waitFor({ timeout: timeoutMs }),
    page
      .getByText('没有完成检查')
      .or(page.getByText('无法检查'))
      .first()
      .waitFor({ timeout: timeoutMs }),
  ]);
  if (await summary.isVisible()) return 'checked';
  return `not checked: ${(await failed.allTextContents()).join(' | ').slice(0, 300)}`;
}

/** Picks `files` through the page's file input, presses 检查 and waits for the summary. */
export async function webCheck(
  browser: Browser,
  url: string,
  files: readonly string[],
  timeoutMs: number,
  problems: string[],
): Promise<WebCheckRun> {
  const page = await openPage(browser, url, problems);
  try {
    const { result: outcome, ...run } = await measured(browser, page, async () => {
      await pickAndStart(page, files);
      return outcomeOf(page, timeoutMs);
    });
    return { ...run, outcome };
  } finally {
    await page.context().close();
  }
}

/** Starts a check, presses 取消 once the bar has moved, and waits for the page to be idle again. */
export async function webCancel(
  browser: Browser,
  url: string,
  files: readonly string[],
): Promise<CancelRun> {
  const problems: string[] = [];
  const page = await openPage(browser, url, problems);
  try {
    await resetWatch(page);
    await pickAndStart(page, files);
    const cancel = page.getByRole('button', { name: '取消', exact: true });
    await cancel.waitFor();
    // Let reading get under way (the bar moves at least once, or two seconds pass).
    const deadline = performance.now() + 5000;
    while ((await readWatch(page)).progress.length < 2 && performance.now() < deadline)
      await page.waitForTimeout(100);
    const progressBeforeCancel = (await readWatch(page)).progress.length;
    const pressed = performance.now();
    await cancel.click();
    await page.getByText(CANCELLED).waitFor({ timeout: 30_000 });
    const cancelMs = performance.now() - pressed;
    const backToIdle = await page.getByRole('button', { name: '检查', exact: true }).isEnabled();
    return { progressBeforeCancel, cancelMs, backToIdle, problems };
  } finally {
    await page.context().close();
  }
}
