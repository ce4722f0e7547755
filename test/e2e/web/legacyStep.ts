/**
 * An old .xls in the browser: the page's worker loads the legacy reader's chunks only when such a
 * file arrives, so the .xlsx steps never load them. The sample saved as a real .xls by LibreOffice
 * is picked alone and checked; the page must show the summary the engine gives for that file.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { libreOfficeConvert } from '../../read/legacy/convert';
import { openChooser } from './chooser';
import { expectedTiles } from './expected';

type Log = (line: string) => void;

export async function legacyStep(page: Page, sample: string, log: Log): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'uc-web-xls-'));
  const source = join(dir, '教务导出.xlsx');
  copyFileSync(sample, source);
  const xls = libreOfficeConvert(source, 'xls', 'xls');
  const tiles = await expectedTiles([xls]);

  await page.getByRole('tab', { name: '检查' }).click();
  await page.getByRole('button', { name: '全部移除' }).click();
  const chooser = await openChooser(page, () =>
    page.getByRole('button', { name: '选择文件' }).click(),
  );
  await chooser.setFiles([xls]);
  await page.getByRole('button', { name: '检查', exact: true }).click();
  // Findings name their file (the list of picked files does too, so only a finding counts).
  const finding = page.locator('[data-finding]').filter({ hasText: '教务导出.xls' }).first();
  const failure = page.getByText(/出现意外错误|无法读取/).first();
  await Promise.race([
    finding.waitFor({ timeout: 120_000 }),
    failure.waitFor({ timeout: 120_000 }).then(async () => {
      throw new Error(`the page could not check the .xls: ${await failure.textContent()}`);
    }),
  ]);
  const shown = await page
    .getByRole('list', { name: '检查结果汇总' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label') ?? ''));
  assert.deepEqual(shown, tiles, 'the page checks a real .xls as the engine does');
  log(`old .xls (LibreOffice BIFF8) checked in the page: ${shown.join(', ')}`);
}
