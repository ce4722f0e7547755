/**
 * The browser scenario's appraisal step: 生成评分表 on the sample workbook writes exactly the sheets
 * the core builds for it (every value and formula in place), and 汇总评分 on forms nobody has
 * filled says so instead of writing anything.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildAppraisalFromCheck } from '../../src/core/appraisal/fromCheck';
import { columnLetter } from '../../src/core/cells';
import type { WorkbookModel } from '../../src/core/report/sheetModel';
import type { CheckResult } from '../../src/core/result';
import { defaultDraft, resolveDraft } from '../../src/taskpane/appraisal/draft';
import type { SheetSnapshot } from '../excel-double';
import { snapshot } from './pageQueries';

type Log = (line: string) => void;

/** The core's appraisal of the checked workbook with the tab's default choices. */
function expectedModel(result: CheckResult, reserved: readonly string[]): WorkbookModel {
  const settings = resolveDraft(defaultDraft(), 'zh');
  if (!settings.ok) throw new Error('the default appraisal settings must resolve');
  const built = buildAppraisalFromCheck({
    result,
    attendance: result.attendance,
    settings: settings.value,
    lang: 'zh',
    reservedSheetNames: reserved,
  });
  if (!built.ok) throw new Error(`the sample cannot be appraised: ${JSON.stringify(built.issues)}`);
  return built.value.build.model;
}

/** Every cell the model gives a value or formula, as the double must hold it. */
function assertSheet(model: WorkbookModel['sheets'][number], sheet: SheetSnapshot): number {
  let count = 0;
  model.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || (cell.formula === undefined && (cell.value ?? '') === '')) return;
      const address = `${columnLetter(c + 1)}${r + 1}`;
      const got = sheet.cells[address];
      const want =
        cell.formula !== undefined ? { formula: `=${cell.formula}` } : { value: cell.value };
      const seen = cell.formula !== undefined ? { formula: got?.formula } : { value: got?.value };
      assert.deepEqual(seen, want, `${sheet.name}!${address}`);
      count++;
    }),
  );
  return count;
}

/** Runs the step; `expected` is the core's check of the fixture (what the pane reads). */
export async function appraisalStep(
  page: Page,
  expected: CheckResult,
  outDir: string,
  log: Log,
): Promise<void> {
  await page.getByRole('tab', { name: '考核评议' }).click();
  const generate = page.getByRole('button', { name: '生成评分表' });
  await generate.and(page.locator(':enabled')).waitFor();
  const before = (await snapshot(page)).sheets.map((s) => s.name);
  await generate.click();
  await page.getByRole('region', { name: '生成评分表' }).waitFor({ timeout: 30_000 });
  const after = await snapshot(page);
  const model = expectedModel(expected, before);
  const added = after.sheets.map((s) => s.name).filter((n) => !before.includes(n));
  assert.deepEqual(
    added,
    model.sheets.map((s) => s.name),
  );
  let cells = 0;
  for (const sheet of model.sheets)
    cells += assertSheet(
      sheet,
      after.sheets.find((s) => s.name === sheet.name)!,
    );
  await page.screenshot({ path: join(outDir, 'pane-appraisal.png'), fullPage: true });
  log(`生成评分表 wrote the ${added.length} sheets the core builds (${cells} cells compared)`);

  await page.getByRole('button', { name: '汇总评分' }).click();
  await page.getByText('没有完成汇总').waitFor();
  await page.getByText(/张评分表，但都还没有填写分数/).waitFor();
  const unchanged = (await snapshot(page)).sheets.map((s) => s.name);
  assert.deepEqual(
    unchanged,
    after.sheets.map((s) => s.name),
  );
  log('汇总评分 on blank forms says nothing is filled yet and writes nothing');
}
