/**
 * The pane in Office's light and dark themes. Excel has no theme-change event for add-ins (only
 * Outlook has OfficeThemeChanged): Office reopens the pane, which reads the theme when it starts.
 * So the dark half reloads the page with dark Office colours, then works it with the keyboard
 * alone and runs axe again (contrast in dark is a different set of colours).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { CheckResult } from '../../../src/core/result';
import { luminance, type OfficeThemeColours } from '../../../src/taskpane/theme/pickTheme';
import { assertAccessible } from '../a11y/axe';
import { checkByKeyboard, findingsByKeyboard, settingsByKeyboard } from '../a11y/keyboard';
import { OFFICE_THEME_GLOBAL } from '../page/hooks';

type Log = (line: string) => void;

/**
 * Colours as a dark Office theme reports them. No `isDarkTheme`: Office 2021 builds may not give
 * it, so the pane must tell dark from the colours.
 */
export const DARK_OFFICE: OfficeThemeColours = {
  bodyBackgroundColor: '#262626',
  bodyForegroundColor: '#FFFFFF',
  controlBackgroundColor: '#333333',
};

/** Screenshot names the user guide picks up (scripts/guide/pictures.ts). */
export const THEME_SHOTS = { light: 'theme-light.png', dark: 'theme-dark.png' } as const;

/** Luminance of the pane's own background (the FluentProvider), as the browser painted it. */
async function paneLuminance(page: Page): Promise<number> {
  const rgb = await page
    .locator('.fui-FluentProvider')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  const parts = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgb);
  assert.ok(parts, `unreadable pane background ${rgb}`);
  const hex = parts
    .slice(1, 4)
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('');
  return luminance(`#${hex}`)!;
}

/** The light pane right after a check: its background is light; the first screen is saved. */
export async function lightAfterCheck(page: Page, outDir: string, log: Log): Promise<void> {
  const light = await paneLuminance(page);
  assert.ok(light > 0.7, `the pane should be light without an Office theme, luminance ${light}`);
  await page.screenshot({ path: join(outDir, THEME_SHOTS.light) });
  log(`light theme (pane luminance ${light.toFixed(2)}): ${THEME_SHOTS.light}`);
}

/**
 * Reopens the pane under a dark Office theme and checks with the keyboard alone: the summary
 * agrees with the core, the pane is dark, axe passes on 检查 and 设置, and the findings list and
 * the settings work without a mouse.
 */
export async function darkPane(
  page: Page,
  expected: CheckResult,
  outDir: string,
  log: Log,
): Promise<void> {
  await page.addInitScript(
    ([name, colours]) => {
      (window as unknown as Record<string, unknown>)[name] = colours;
    },
    [OFFICE_THEME_GLOBAL, DARK_OFFICE] as const,
  );
  await page.reload();
  await page.getByRole('button', { name: '一键检查' }).and(page.locator(':enabled')).waitFor();
  const dark = await paneLuminance(page);
  assert.ok(dark < 0.05, `the pane should be dark under a dark Office theme, luminance ${dark}`);
  log(`pane reopened under a dark Office theme (pane luminance ${dark.toFixed(3)})`);

  await checkByKeyboard(page, log);
  const ineligible = expected.members.filter((m) => m.status === 'ineligible').length;
  assert.equal(
    await page.getByRole('listitem', { name: /^不符合条件 \d+$/ }).getAttribute('aria-label'),
    `不符合条件 ${ineligible}`,
  );
  await page.screenshot({ path: join(outDir, THEME_SHOTS.dark) });
  log(`dark theme after the check: ${THEME_SHOTS.dark}`);
  await assertAccessible(page, '检查 after a check (dark)', log);

  await findingsByKeyboard(page, log);
  await settingsByKeyboard(page, log);
  await assertAccessible(page, '设置 (dark)', log);
}
