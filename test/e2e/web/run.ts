/**
 * `npm run test:web`: builds the browser page, serves it with `union-compliance web`'s own server,
 * and drives Debian's Chromium (playwright-core, never a downloaded browser) as a teacher with the
 * keyboard alone: pick the sample workbook, check, read the summary and findings, download
 * 检查报告.xlsx and open it in LibreOffice; axe-core before and after; then 考核评议's scoring forms,
 * and a real .xls (the legacy readers' chunks load in the worker).
 * The page may reach nothing but the local server. Its screenshots (shots.ts) are the user guide's
 * pictures of the page.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../chromium';
import { serveStatic, type StaticServer } from '../../../src/cli/web/serveStatic';
import { convertWithLibreOffice } from '../../helpers/libreoffice';
import { assertAccessible } from '../a11y/axe';
import { describe, focused, tabTo } from '../a11y/focus';
import { ROOT } from '../build';
import { runWithLimit, timedLog } from '../runner';
import { buildWebPage } from './build';
import { expectedTiles } from './expected';
import { interceptFileChoosers, openChooser } from './chooser';
import { legacyStep } from './legacyStep';
import { appraisalStep, shoot, shootFinding } from './shots';
import { guardPage } from '../guard';

const SAMPLE = join(ROOT, 'assets', 'samples', '学生会名单与成绩.xlsx');
const OUT = join(ROOT, 'test-results', 'web');
const TIME_LIMIT_MS = Number(process.env.E2E_TIME_LIMIT_S ?? 240) * 1000;

const log = timedLog('web');

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const [dist, tiles] = await Promise.all([buildWebPage(), expectedTiles([SAMPLE])]);
  log(`built ${dist}`);

  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await serveStatic(dist);
    const origin = server.url.replace(/\/$/, '');
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1000, height: 900 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await interceptFileChoosers(page);
    const problems: string[] = [];
    await guardPage(page, origin, problems);
    await page.goto(server.url);
    await page.getByRole('heading', { name: '学生会合规助手（网页版）' }).waitFor();
    await assertAccessible(page, 'the fresh page', log);

    // Keyboard only: Tab to 选择文件, Enter opens the file chooser, which the test answers.
    await tabTo(page, '选择文件', (f) => f.tag === 'button' && f.name === '选择文件', 8);
    const chooser = await openChooser(page, () => page.keyboard.press('Enter'));
    assert.ok(chooser.isMultiple(), 'the file input takes several files at once');
    await chooser.setFiles([SAMPLE]);
    await page
      .getByRole('list', { name: '已选择的文件' })
      .getByText('学生会名单与成绩.xlsx')
      .waitFor();
    log('keyboard: picked the sample through 选择文件');

    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    await tabTo(page, '检查', (f) => f.tag === 'button' && f.name === '检查', 8);
    await page.keyboard.press('Enter');
    const summary = page.getByRole('list', { name: '检查结果汇总' });
    await summary.waitFor({ timeout: 120_000 });
    const shown = await summary
      .getByRole('listitem')
      .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label') ?? ''));
    assert.deepEqual(shown, tiles, 'the summary the page shows is the engine’s for the same file');
    const findings = await page.locator('[data-finding]').count();
    assert.ok(findings > 0, 'the sample has findings and the page lists them');
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    log(
      `checked: ${shown.join(', ')}; ${findings} findings listed; longest main-thread task ${Math.round(longest)} ms`,
    );
    await page.screenshot({ path: join(OUT, 'checked.png'), fullPage: true });
    await shoot(page, OUT, 'checked');
    await shootFinding(page, OUT);
    await assertAccessible(page, 'the checked page', log);

    // 下载检查报告 by keyboard; the file is the report, readable by LibreOffice.
    const at = await tabTo(
      page,
      '下载检查报告',
      (f) => f.tag === 'button' && f.name.startsWith('下载检查报告'),
      6,
    );
    log(`keyboard: reached ${describe(at.at)}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    assert.equal(download.suggestedFilename(), '检查报告.xlsx');
    const saved = join(OUT, '检查报告.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    assert.ok(wb.worksheets.map((w) => w.name).includes('检查报告'), 'the report sheet is there');
    const csv = convertWithLibreOffice(saved, 'csv');
    assert.ok(csv.length >= 2, `LibreOffice opened the report (${csv.length} sheets as CSV)`);
    log(`downloaded ${saved}; LibreOffice read ${csv.length} sheets`);

    // The settings tab by keyboard; nothing but settings is kept in the browser.
    await page.getByRole('tab', { name: '设置' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '导出设置 (policy.json)' }).waitFor();
    await assertAccessible(page, 'the settings tab', log);
    const stored = await page.evaluate(() => Object.keys(localStorage));
    assert.ok(
      stored.every((k) => k === 'union-compliance.settings'),
      `stored: ${stored.join(', ')}`,
    );
    const kept = await page.evaluate(() => localStorage.getItem('union-compliance.settings') ?? '');
    assert.ok(
      !kept.includes('学生会名单与成绩'),
      'no file or student data in the browser’s storage',
    );
    const last = await focused(page);
    log(`settings reached (${describe(last)}); storage holds settings only`);
    await shoot(page, OUT, 'settings');

    await appraisalStep(page, OUT, log);
    await legacyStep(page, SAMPLE, log);

    if (problems.length > 0) throw new Error(`the page reported problems:\n${problems.join('\n')}`);
  } finally {
    await browser?.close();
    await server?.close();
  }
}

runWithLimit('web', TIME_LIMIT_MS, main, log);
