/** What the scenario reads from the page: findings on screen, the double's state, highlights. */
import type { Page } from 'playwright-core';
import type { SheetSnapshot, WorkbookSnapshot } from '../excel-double';
import { findingKey } from './expected';
import { HOOKS_GLOBAL, type PageHooks } from './page/hooks';

interface ShownFinding {
  code: string;
  severity: string;
  subject: string;
  ref: string;
  message: string;
}

/** The findings on screen, as their data attributes and message text. */
function shownFindings(page: Page): Promise<ShownFinding[]> {
  return page.$$eval('[data-finding]', (elements) =>
    elements.map((e) => {
      const el = e as HTMLElement;
      return {
        code: el.dataset.code ?? '',
        severity: el.dataset.severity ?? '',
        subject: el.dataset.subject ?? '',
        ref: el.dataset.ref ?? '',
        message: el.querySelector('[data-role="message"]')?.textContent ?? '',
      };
    }),
  );
}

/** Every finding the pane shows, by member then by department, as sorted comparable keys. */
export async function bothViews(page: Page, between?: () => Promise<unknown>): Promise<string[]> {
  await page.getByRole('tab', { name: /^按成员/ }).click();
  const byMember = await shownFindings(page);
  await page.getByRole('tab', { name: /^按部门/ }).click();
  await between?.();
  const byDepartment = await shownFindings(page);
  await page.getByRole('tab', { name: /^按成员/ }).click();
  return [...byMember, ...byDepartment].map(findingKey).sort();
}

/** The double's state, read in the page. */
export function snapshot(page: Page): Promise<WorkbookSnapshot> {
  return page.evaluate(
    (name) => (window as unknown as Record<string, PageHooks>)[name]!.snapshot(),
    HOOKS_GLOBAL,
  );
}

/** Rows covered by A1 ranges such as `A5:M5` or `A5:M7`. */
function rowsOf(ranges: readonly string[]): Set<number> {
  const rows = new Set<number>();
  for (const range of ranges) {
    for (const part of range.split(',')) {
      const m = /^\$?[A-Z]+\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?$/.exec(part.trim());
      if (!m) throw new Error(`unexpected highlight range ${part}`);
      const first = Number(m[1]);
      const last = Number(m[2] ?? m[1]);
      for (let r = first; r <= last; r++) rows.add(r);
    }
  }
  return rows;
}

/** Rows a sheet's product highlights of one colour cover. */
export function highlightedRows(sheet: SheetSnapshot, fill: string): Set<number> {
  const ranges: string[] = [];
  for (const cf of sheet.conditionalFormats as {
    fill?: string;
    formula?: string;
    rects: string[];
  }[]) {
    if (cf.fill?.toUpperCase() === fill.toUpperCase() && cf.formula?.includes('UnionCompliance')) {
      ranges.push(...cf.rects);
    }
  }
  return rowsOf(ranges);
}

/** Numbers in ascending order. */
export function sorted(values: Iterable<number>): number[] {
  return [...values].sort((a, b) => a - b);
}

/** Clicks 一键检查 and waits until the check has finished (the button is back). */
export async function check(page: Page): Promise<void> {
  await page.getByRole('button', { name: '一键检查' }).click();
  await page
    .getByRole('button', { name: '一键检查' })
    .and(page.locator(':enabled'))
    .waitFor({ timeout: 60_000 });
  await page.getByRole('list', { name: '检查结果汇总' }).waitFor();
}
