/**
 * The page's pictures for docs/用户指南.md (copied there by `npm run guide:pictures`), taken while
 * the browser test drives the page, and its 考核评议 step: 生成并下载评分表 on the picked sample
 * downloads the scoring workbook and says how many forms it made.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';

/** test-results/web name → what it shows. */
export const WEB_SHOTS = {
  checked: 'web-checked.png',
  finding: 'web-finding.png',
  appraisal: 'web-appraisal.png',
  settings: 'web-settings.png',
} as const;

type Log = (line: string) => void;

/** The first screen as the teacher sees it (not the whole long page: the guide's pictures stay small). */
export async function shoot(
  page: Page,
  outDir: string,
  name: keyof typeof WEB_SHOTS,
): Promise<void> {
  await page.screenshot({ path: join(outDir, WEB_SHOTS[name]) });
}

/** One finding's card, as the guide explains it. */
export async function shootFinding(page: Page, outDir: string): Promise<void> {
  const card = page.locator('[data-finding]').first();
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: join(outDir, WEB_SHOTS.finding) });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** 考核评议: make the scoring forms from the picked files, download them, and picture the tab. */
export async function appraisalStep(page: Page, outDir: string, log: Log): Promise<void> {
  await page.getByRole('tab', { name: '考核评议' }).click();
  const make = page.getByRole('button', { name: '生成并下载评分表' });
  await make.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), make.click()]);
  assert.equal(download.suggestedFilename(), '述职评议.xlsx');
  const saved = join(outDir, '述职评议.xlsx');
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  assert.ok(wb.worksheets.length >= 1, 'the scoring workbook has its forms');
  const done = page.getByText(/^已生成 \d+ 张评分表/);
  await done.waitFor();
  log(`appraisal: ${await done.textContent()} (${wb.worksheets.length} sheets)`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, outDir, 'appraisal');
}
