/**
 * The pane with the keyboard alone, from a freshly opened pane: Tab to 一键检查 and press Enter,
 * enter the findings list, move with ↓, leave it with one Tab, come back to the same finding,
 * press Enter to select its row in the sheet; then open 设置 from the tab list and type a new
 * number of students served, which is saved in the workbook. No mouse event anywhere.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { SETTING_KEYS } from '../../../src/excel/settings';
import { HOOKS_GLOBAL, type PageHooks } from '../page/hooks';
import { describe, focused, tabTo, type Focused } from './focus';

type Log = (line: string) => void;

const SECTIONS = '功能页';
/** The primary action must be among the first stops: only the section tabs come before it. */
const MOST_TABS_TO_CHECK = 3;

const isFinding = (f: Focused) => f.finding !== null && f.tag === 'button';

/** The double's selection as `sheet!row`, the way a finding's data-ref names its row. */
async function selectedRow(page: Page): Promise<string | undefined> {
  const selection = await page.evaluate(
    (name) => (window as unknown as Record<string, PageHooks>)[name]!.selection(),
    HOOKS_GLOBAL,
  );
  const row = /(\d+)(?::[A-Z]*\d+)?$/.exec(selection?.address ?? '')?.[1];
  return selection && row ? `${selection.sheet}!${row}` : undefined;
}

/** 一键检查 reached with Tab and run with Enter; resolves when the check has finished. */
export async function checkByKeyboard(page: Page, log: Log): Promise<void> {
  const { presses } = await tabTo(
    page,
    '一键检查',
    (f) => f.tag === 'button' && f.name === '一键检查',
    MOST_TABS_TO_CHECK,
  );
  await page.keyboard.press('Enter');
  await page.getByRole('list', { name: '检查结果汇总' }).waitFor({ timeout: 60_000 });
  log(`keyboard: 一键检查 after ${presses} × Tab, run with Enter`);
}

/** Into the findings list, along it with ↓, out with one Tab, back, and Enter on a finding. */
export async function findingsByKeyboard(page: Page, log: Log): Promise<void> {
  const { presses, at: first } = await tabTo(page, 'the first finding', isFinding, 12);
  await page.keyboard.press('ArrowDown');
  const second = await focused(page);
  await page.keyboard.press('ArrowDown');
  const third = await focused(page);
  assert.ok(isFinding(second) && isFinding(third), `↓ left the list: ${describe(third)}`);
  assert.ok(
    Number(first.finding) !== Number(second.finding) &&
      Number(second.finding) !== Number(third.finding),
    '↓ did not move from finding to finding',
  );
  await page.keyboard.press('Tab');
  const after = await focused(page);
  assert.ok(
    !isFinding(after),
    `one Tab should leave the findings list, it is on ${describe(after)}`,
  );
  await page.keyboard.press('Shift+Tab');
  const back = await focused(page);
  assert.equal(back.finding, third.finding, 'Shift+Tab should come back to the same finding');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([name, ref]) => {
      const s = (window as unknown as Record<string, PageHooks>)[name]!.selection();
      return s !== null && ref.startsWith(`${s.sheet}!`);
    },
    [HOOKS_GLOBAL, third.ref ?? ''] as const,
  );
  assert.equal(await selectedRow(page), third.ref, 'Enter on a finding selects its row');
  log(
    `keyboard: findings list after ${presses} × Tab; ↓↓ to the 3rd finding, one Tab out and back, Enter selected ${third.ref}`,
  );
}

/** 设置 opened from the section tabs (arrows, then Enter), a number typed, saved in the workbook. */
export async function settingsByKeyboard(page: Page, log: Log): Promise<void> {
  await tabTo(page, 'the section tabs', (f) => f.tablist === SECTIONS, 40, 'Shift+Tab');
  await tabTo(page, '设置', (f) => f.tablist === SECTIONS && f.name === '设置', 3, 'ArrowRight');
  await page.keyboard.press('Enter');
  const tab = await focused(page);
  assert.ok(tab.selected, '设置 is not selected after Enter');
  await page.getByRole('tabpanel', { name: '设置' }).waitFor();
  const field = '联系服务学生人数';
  const { presses } = await tabTo(page, field, (f) => f.name.startsWith(field), 6);
  const served = 2345;
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(String(served));
  const stored = await page
    .waitForFunction(
      ([name, key, want]) => {
        const json = (window as unknown as Record<string, PageHooks>)[name]!.setting(key);
        const value =
          typeof json === 'string'
            ? (JSON.parse(json) as { studentsServed?: unknown }).studentsServed
            : undefined;
        return value === want ? value : false;
      },
      [HOOKS_GLOBAL, SETTING_KEYS.policy, served] as const,
      { timeout: 10_000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => undefined);
  assert.equal(stored, served, `typing ${served} in ${field} was not saved in the workbook`);
  log(
    `keyboard: 设置 opened with →/Enter; ${field} reached after ${presses} × Tab; ${served} saved`,
  );
}
