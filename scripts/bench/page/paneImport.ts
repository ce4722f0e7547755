import { basename } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FIXTURE_GLOBAL, type PageFixture } from '../../../test/e2e/page/hooks';
import { watchedPage } from './browser';
import type { MemoryPeaks } from './memory';
import { readWatch, resetWatch, type Watched } from './watch';
import { outcomeOf, type CancelRun, type WebCheckRun } from './webCheck';
import { measured } from './measured';

/** One import of the pane, from picking the file to its line in the list of imported files. */
export interface PaneImportRun extends Watched {
  readonly wallMs: number;
  readonly memory: MemoryPeaks;
  /** The list line the pane drew (`name（n 个工作表，m 行）`), or what it showed instead. */
  readonly listed: string;
}

async function openPane(
  browser: Browser,
  origin: string,
  problems: string[],
  sheets: PageFixture['sheets'] = [],
): Promise<Page> {
  const page = await watchedPage(browser, origin, problems, { width: 380, height: 900 });
  // An empty workbook unless given: then the import alone is measured.
  const fixture: PageFixture = { sheets };
  await page.addInitScript(
    ([name, value]) => {
      (window as unknown as Record<string, unknown>)[name] = value;
    },
    [FIXTURE_GLOBAL, fixture] as const,
  );
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole('button', { name: '导入成绩文件' }).waitFor();
  return page;
}

/** Imports `file` into the open pane and waits until it is listed (or refused). */
async function importInto(page: Page, file: string, timeoutMs: number): Promise<string> {
  await page.getByTestId('import-input').setInputFiles([file]);
  const line = page
    .getByRole('list', { name: '已导入的文件' })
    .getByText(basename(file), { exact: false });
  const failed = page.locator('.fui-MessageBar');
  await Promise.race([
    line.waitFor({ timeout: timeoutMs }),
    failed.first().waitFor({ timeout: timeoutMs }),
  ]);
  return (await line.isVisible())
    ? await line.innerText()
    : `not listed: ${(await failed.allTextContents()).join(' | ').slice(0, 300)}`;
}

/** Picks `file` through 导入成绩文件 and waits until the pane lists it. */
export async function paneImport(
  browser: Browser,
  origin: string,
  file: string,
  timeoutMs: number,
  problems: string[],
): Promise<PaneImportRun> {
  const page = await openPane(browser, origin, problems);
  try {
    const { result: listed, ...run } = await measured(browser, page, () =>
      importInto(page, file, timeoutMs),
    );
    return { ...run, listed };
  } finally {
    await page.context().close();
  }
}

/**
 * A workbook holding the roster (`sheets`) imports `file`, then 一键检查 checks both: the check
 * reads the imported file's rows where its engine runs. Only the check is measured.
 */
export async function paneImportThenCheck(
  browser: Browser,
  origin: string,
  sheets: PageFixture['sheets'],
  file: string,
  timeoutMs: number,
  problems: string[],
): Promise<WebCheckRun> {
  const page = await openPane(browser, origin, problems, sheets);
  try {
    const listed = await importInto(page, file, timeoutMs);
    if (listed.startsWith('not listed')) throw new Error(`import failed: ${listed}`);
    await page.waitForTimeout(1000);
    const { result: outcome, ...run } = await measured(browser, page, async () => {
      await page.getByRole('button', { name: '一键检查' }).click();
      return outcomeOf(page, timeoutMs);
    });
    return { ...run, outcome };
  } finally {
    await page.context().close();
  }
}

/** Starts an import, presses its 取消 once reading is under way, and waits for the pane to be idle. */
export async function paneCancel(
  browser: Browser,
  origin: string,
  file: string,
): Promise<CancelRun> {
  const problems: string[] = [];
  const page = await openPane(browser, origin, problems);
  try {
    await resetWatch(page);
    await page.getByTestId('import-input').setInputFiles([file]);
    const cancel = page.getByRole('button', { name: '取消', exact: true });
    await cancel.waitFor({ timeout: 10_000 });
    const deadline = performance.now() + 5000;
    while ((await readWatch(page)).progress.length < 2 && performance.now() < deadline)
      await page.waitForTimeout(100);
    const progressBeforeCancel = (await readWatch(page)).progress.length;
    const pressed = performance.now();
    await cancel.click();
    await cancel.waitFor({ state: 'detached', timeout: 30_000 });
    const cancelMs = performance.now() - pressed;
    const button = page.getByRole('button', { name: '导入成绩文件' });
    const listed = await page.getByRole('list', { name: '已导入的文件' }).count();
    const backToIdle = (await button.isEnabled()) && listed === 0;
    return { progressBeforeCancel, cancelMs, backToIdle, problems };
  } finally {
    await page.context().close();
  }
}
