/**
 * `npm run test:wps`: the WPS add-in's pane in Debian's Chromium (playwright-core, never a
 * downloaded browser), over the ET double standing in for WPS's `window.Application`. The real
 * pane entry (src/wps/addon/pane.tsx) starts as in WPS: 一键检查 gives the core's findings and
 * writes the report and highlights into the double, 清除标记 restores it, 设置 lists the tables,
 * 考核评议 writes the forms the core builds; axe-core on every view; last, a WPS too old for
 * add-ins gets the Chinese notice. Reuses the Excel run's builder, server, steps and runner.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../chromium';
import { t } from '../../../src/core/messages';
import { defaultSheetNames } from '../../../src/core/report/names';
import { MIN_VERSION } from '../../../src/wps/addon/version';
import { assertAccessible } from '../a11y/axe';
import { appraisalStep } from '../appraisalStep';
import { buildWith, ROOT } from '../build';
import { expectedFindingKeys, expectedResult } from '../expected';
import { readFixture } from '../fixture';
import { FIXTURE_GLOBAL, HOOKS_GLOBAL } from '../page/hooks';
import { bothViews, check } from '../pageQueries';
import { runWithLimit, timedLog } from '../runner';
import { serveDir, type Served } from '../serve';
import type { WpsPageFixture, WpsPageHooks } from './hooks';
import { scanWpsBundle } from './syntax';
import { guardPage } from '../guard';

const SAMPLE = join(ROOT, 'assets', 'samples', '学生会名单与成绩.xlsx');
const POLICY = join(ROOT, 'assets', 'samples', 'policy.json');
const DIST = join(ROOT, 'dist', 'wps-e2e');
const OUT = join(ROOT, 'test-results', 'wps');
const ROSTER = '学生会名单';
const TIME_LIMIT_MS = Number(process.env.E2E_TIME_LIMIT_S ?? 240) * 1000;

const log = timedLog('wps');

type Hooks = { [K in keyof WpsPageHooks]: Awaited<ReturnType<WpsPageHooks[K]>> };

/** Asks the page's hooks one question. */
function ask<K extends keyof WpsPageHooks>(
  page: Page,
  name: K,
  ...args: Parameters<WpsPageHooks[K]>
): Promise<Hooks[K]> {
  return page.evaluate(
    ([global, n, a]) => {
      const hooks = (
        window as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>
      )[global]!;
      return hooks[n]!(...a);
    },
    [HOOKS_GLOBAL, name, args] as const,
  ) as Promise<Hooks[K]>;
}

/** A fresh page on the pane with this workbook; every request but the local server's fails the run. */
async function open(browser: Browser, origin: string, fixture: WpsPageFixture, problems: string[]) {
  const page = await browser.newPage({ viewport: { width: 380, height: 900 }, locale: 'zh-CN' });
  await guardPage(page, origin, problems);
  await page.addInitScript(
    ([name, value]) => {
      (window as unknown as Record<string, unknown>)[name] = value;
    },
    [FIXTURE_GLOBAL, fixture] as const,
  );
  await page.goto(`${origin}/taskpane.html`);
  return page;
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const [sheets, dist, policyJson] = await Promise.all([
    readFixture(SAMPLE),
    buildWith(['wps', 'e2e'], DIST),
    readFile(POLICY, 'utf8'),
  ]);
  const tooNew = await scanWpsBundle(dist);
  assert.deepEqual(tooNew, [], 'syntax newer than ES2017 in the WPS bundle');
  log(`built ${dist} (ES2017 syntax throughout); sample read (${sheets.length} sheets)`);
  const expected = expectedResult(sheets, policyJson);

  let server: Served | undefined;
  let browser: Browser | undefined;
  const problems: string[] = [];
  try {
    server = await serveDir(dist);
    browser = await launchChromium();
    const page = await open(browser, server.origin, { sheets, policyJson }, problems);
    await page.getByRole('button', { name: '一键检查' }).and(page.locator(':enabled')).waitFor();
    const before = await ask(page, 'snapshot');
    log('the WPS pane loaded over the ET double; settings read from the document properties');
    await assertAccessible(page, 'the WPS pane (检查)', log);

    await check(page);
    assert.deepEqual(await bothViews(page), expectedFindingKeys(expected));
    const names = defaultSheetNames('zh');
    const checked = await ask(page, 'snapshot');
    assert.ok(
      checked.sheets.some((s) => s.name === names.report),
      'no 检查报告 in the workbook',
    );
    const marks = await ask(page, 'marks', ROSTER);
    assert.ok(marks > 0, 'no highlights on the roster');
    assert.ok(await ask(page, 'restored'), 'screen updating or alerts left off');
    await page.screenshot({ path: join(OUT, 'wps-checked.png'), fullPage: true });
    log(
      `一键检查: findings equal the core's (${expected.findings.length}); report and ${marks} highlight formats written`,
    );
    await assertAccessible(page, 'the WPS pane after 一键检查', log);

    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByText(/^已清除本工具所做的 \d+ 处标色。$/).waitFor();
    assert.deepEqual(await ask(page, 'snapshot'), before, 'the workbook differs after 清除标记');
    assert.equal(await ask(page, 'marks', ROSTER), 0);
    log('清除标记 removed the highlights and the report: the workbook is as before the check');

    await page.getByRole('tab', { name: '设置' }).click();
    const mapping = page.getByRole('region', { name: '表格与列的对应' });
    await mapping.getByRole('button', { name: '重新识别' }).and(page.locator(':enabled')).waitFor();
    const tables = await mapping.locator('.fui-AccordionHeader').allTextContents();
    for (const sheet of new Set(expected.mappings.map((m) => m.sheet)))
      assert.ok(
        tables.some((x) => x.startsWith(`“${sheet}”`)),
        `the mapping does not list ${sheet}`,
      );
    log(`设置 lists the ${tables.length} detected tables`);
    // 重新识别 fades from its disabled grey once detection ends (a CSS transition): axe reads the
    // colours once it has finished, not mid-fade.
    await page.waitForFunction(() => document.getAnimations().length === 0);
    await assertAccessible(page, 'the WPS pane (设置)', log);

    await appraisalStep(page, expected, OUT, log);
    assert.ok(await ask(page, 'restored'), 'screen updating or alerts left off');
    await assertAccessible(page, 'the WPS pane (考核评议) after 生成评分表 and 汇总评分', log);
    await page.close();

    // A WPS older than the first line with add-ins: the notice, in Chinese first, and no pane.
    const old = await open(browser, server.origin, { sheets, version: '10.1.0.7698' }, problems);
    const notice = old.getByRole('alert');
    await notice.waitFor();
    const text = await notice.textContent();
    const want = t('wps.tooOld', 'zh', { version: '10.1.0.7698', minimum: MIN_VERSION });
    assert.ok(text?.startsWith(want), `the notice says: ${text ?? ''}`);
    assert.equal(await old.getByRole('button', { name: '一键检查' }).count(), 0);
    await old.screenshot({ path: join(OUT, 'wps-too-old.png'), fullPage: true });
    log('a WPS too old for add-ins gets the Chinese notice and no pane');
    await assertAccessible(old, 'the too-old notice', log);

    if (problems.length > 0) throw new Error(`the page reported problems:\n${problems.join('\n')}`);
  } finally {
    await browser?.close();
    await server?.close();
  }
}

runWithLimit('wps', TIME_LIMIT_MS, main, log);
