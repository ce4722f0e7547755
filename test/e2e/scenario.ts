/**
 * The browser scenario: 一键检查 on the sample workbook, findings equal the core's, highlights and
 * the report are in the double, 清除标记 restores the workbook; axe on every tab; last, the pane
 * reopened in a dark Office theme and worked with the keyboard alone. Each step throws on a mismatch.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { t } from '../../src/core/messages';
import { defaultSheetNames } from '../../src/core/report/names';
import { HIGHLIGHT } from '../../src/core/report/styles';
import type { CheckResult } from '../../src/core/result';
import type { SheetGrid } from '../../src/core/tables';
import { assertAccessible } from './a11y/axe';
import { appraisalStep } from './appraisalStep';
import { expectedFindingKeys } from './expected';
import { HOOKS_GLOBAL, type PageHooks } from './page/hooks';
import { bothViews, check, highlightedRows, snapshot, sorted } from './pageQueries';
import { darkPane, lightAfterCheck } from './theme/themeStep';

type Log = (line: string) => void;

/** Files the import step picks, and what Node's reading of them says the pane must list. */
export interface ImportProbe {
  readonly paths: readonly string[];
  readonly lines: readonly string[];
  readonly sheets: readonly SheetGrid[];
}

/** Picks files with 导入成绩文件 (read in the Web Worker) and checks the pane lists them. */
async function importFiles(page: Page, probe: ImportProbe, log: Log): Promise<void> {
  await page.getByTestId('import-input').setInputFiles([...probe.paths]);
  const list = page.getByRole('list', { name: '已导入的文件' });
  await list.waitFor();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[aria-label="已导入的文件"] li').length === n,
    probe.lines.length,
  );
  const shown = await list
    .locator('li')
    .evaluateAll((items) => items.map((li) => li.querySelector('span')?.textContent ?? ''));
  assert.deepEqual(shown, probe.lines);
  log(`导入成绩文件 read in the worker: ${shown.join('; ')}`);
}

/**
 * Runs the scenario; writes the screenshots under `outDir`. `withImports` is the core's result
 * for the workbook plus the probe's files.
 */
export async function runScenario(
  page: Page,
  expected: CheckResult,
  withImports: CheckResult,
  outDir: string,
  probe: ImportProbe,
  log: Log,
): Promise<void> {
  await page.getByRole('button', { name: '一键检查' }).waitFor();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('button')].some(
      (b) => b.textContent === '一键检查' && !b.disabled,
    ),
  );
  const before = await snapshot(page);
  log('pane loaded; settings read from the workbook');

  await check(page);
  log('一键检查 finished');

  const summary = (label: string) =>
    page.getByRole('listitem', { name: new RegExp(`^${label} \\d+$`) }).getAttribute('aria-label');
  const count = (status: string) => expected.members.filter((m) => m.status === status).length;
  assert.equal(await summary('检查人数'), `检查人数 ${expected.members.length}`);
  assert.equal(await summary('不符合条件'), `不符合条件 ${count('ineligible')}`);
  assert.equal(await summary('待核实'), `待核实 ${count('pending')}`);
  const over = expected.departments.filter((d) => d.breaksLimits).length;
  assert.equal(await summary('人数不符合规定的部门'), `人数不符合规定的部门 ${over}`);
  log(
    `summary matches the core: ${expected.members.length} checked, ${count('ineligible')} ineligible, ${count('pending')} pending, ${over} over limit`,
  );

  await lightAfterCheck(page, outDir, log);
  // For the user guide: one member's findings, close up.
  await page
    .locator('[data-group]')
    .first()
    .screenshot({ path: join(outDir, 'finding-card.png') });
  await assertAccessible(page, '检查 after a check (light)', log);

  await page.screenshot({ path: join(outDir, 'pane-after-check.png'), fullPage: true });
  await page.screenshot({ path: join(outDir, 'pane-first-screen.png') });
  const shown = await bothViews(page, () =>
    page.screenshot({ path: join(outDir, 'pane-by-department.png'), fullPage: true }),
  );
  assert.deepEqual(shown, expectedFindingKeys(expected));
  log(`findings shown equal checkSheets: ${shown.length}`);

  const after = await snapshot(page);
  const rosterRef = expected.members[0]!.member.ref;
  const roster = after.sheets.find((s) => s.name === rosterRef.sheet)!;
  const rowsWith = (status: string) =>
    sorted(expected.members.filter((m) => m.status === status).map((m) => m.member.ref.row));
  assert.deepEqual(sorted(highlightedRows(roster, HIGHLIGHT.ineligible)), rowsWith('ineligible'));
  assert.deepEqual(sorted(highlightedRows(roster, HIGHLIGHT.pending)), rowsWith('pending'));
  log(
    `roster highlights: ${rowsWith('ineligible').length} ineligible and ${rowsWith('pending').length} pending rows, as the core says`,
  );

  const report = after.sheets.find(
    (s) =>
      !before.sheets.some((b) => b.name === s.name) && s.name === t('report.sheet.report', 'zh'),
  );
  assert.ok(report, `no sheet ${t('report.sheet.report', 'zh')} was written`);
  const reportText = Object.values(report.cells).map((c) => String(c.value ?? ''));
  assert.ok(reportText.includes(t('report.title', 'zh')), 'the report has no title');
  for (const m of expected.members.filter((v) => v.status === 'ineligible')) {
    assert.ok(
      reportText.includes(m.member.studentId),
      `the report does not list ${m.member.studentId}`,
    );
  }
  log(`report sheet “${report.name}” written with ${Object.keys(report.cells).length} cells`);

  const first = expected.findings.find((f) => f.subject.kind === 'member' && f.ref && !f.ref.file)!;
  await page.locator(`[data-ref="${first.ref!.sheet}!${first.ref!.row}"]`).first().click();
  const selection = await page.evaluate(
    (name) => (window as unknown as Record<string, PageHooks>)[name]!.selection(),
    HOOKS_GLOBAL,
  );
  assert.equal(selection?.sheet, first.ref!.sheet);
  assert.match(
    selection?.address ?? '',
    new RegExp(`^([A-Z]+)?${first.ref!.row}(:([A-Z]+)?${first.ref!.row})?$`),
  );
  log(`clicking a finding selected ${selection?.sheet}!${selection?.address}`);

  await page.getByRole('button', { name: '清除标记' }).click();
  await page.getByText(/^已清除本工具所做的 \d+ 处标色。$/).waitFor();
  const cleared = await snapshot(page);
  // The teacher's sheets, the workbook's settings and the sheet list are all as before the check;
  // only the active sheet may differ (clicking a finding went to the roster).
  assert.deepEqual(
    cleared.sheets.map((s) => s.name),
    before.sheets.map((s) => s.name),
  );
  for (const sheet of before.sheets) {
    assert.deepEqual(
      cleared.sheets.find((s) => s.id === sheet.id),
      sheet,
      `sheet ${sheet.name} differs after 清除标记`,
    );
  }
  assert.deepEqual(cleared.settings, before.settings);
  log('清除标记 removed the highlights and the report: the workbook is as before the check');

  await importFiles(page, probe, log);
  const sheetsBefore = before.sheets.map((s) => s.name);
  await check(page);
  assert.deepEqual(await bothViews(page), expectedFindingKeys(withImports));
  const added = (await snapshot(page)).sheets
    .map((s) => s.name)
    .filter((n) => !sheetsBefore.includes(n));
  const names = defaultSheetNames('zh');
  const productSheets = [names.report, names.roster, names.departments];
  assert.ok(added.includes(names.report), 'no report after the second check');
  for (const name of added)
    assert.ok(productSheets.includes(name), `sheet ${name} was added to the workbook`);
  log(
    `checked with the imported files (not written into the workbook): findings equal checkSheets, ${withImports.findings.length}`,
  );

  await page.getByRole('tab', { name: '设置' }).click();
  const mapping = page.getByRole('region', { name: '表格与列的对应' });
  await mapping.getByRole('button', { name: '重新识别' }).and(page.locator(':enabled')).waitFor();
  const tables = await mapping.locator('.fui-AccordionHeader').allTextContents();
  const sheetsWithTables = [...new Set(expected.mappings.map((m) => m.sheet))];
  for (const sheet of sheetsWithTables) {
    assert.ok(
      tables.some((text) => text.startsWith(`“${sheet}”`)),
      `the mapping does not list ${sheet}`,
    );
  }
  await page.screenshot({ path: join(outDir, 'pane-settings.png'), fullPage: true });
  await page.screenshot({ path: join(outDir, 'pane-settings-top.png') });
  log(`settings list the ${tables.length} detected tables`);
  await assertAccessible(page, '设置 (light)', log);

  await appraisalStep(page, expected, outDir, log);
  await assertAccessible(page, '考核评议 after 生成评分表 and 汇总评分 (light)', log);

  await darkPane(page, expected, outDir, log);
}
