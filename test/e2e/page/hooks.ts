import type { FixtureSheet } from '../sheetSpecs';
import type { DoubleStats, WorkbookSnapshot } from '../../excel-double';
import type { SchoolOptions } from '../../excel/school';

/** What the runner puts on the page before it loads (Playwright init script, not a request). */
export interface PageFixture {
  readonly sheets: readonly FixtureSheet[];
  /** Stored in the workbook's settings before the pane starts, as a teacher would have saved it. */
  readonly policyJson?: string;
  /** Instead of `sheets`: the generated university workbook (test/excel/school.ts). */
  readonly school?: SchoolOptions;
}

/** What the page lets the runner look at: the double's state. */
export interface PageHooks {
  snapshot(): WorkbookSnapshot;
  selection(): { sheet: string; address: string } | null;
  /** One workbook setting as stored (cheap: no snapshot of the sheets). */
  setting(key: string): unknown;
  /** The double's counters (syncs, bytes, cells). */
  stats(): DoubleStats;
}

export const FIXTURE_GLOBAL = '__UC_FIXTURE__';
/**
 * Office's theme colours as `Office.context.officeTheme` would give them (absent = Office gives
 * none). The runner sets it before a (re)load: Excel has no theme-change event, it reopens the pane.
 */
export const OFFICE_THEME_GLOBAL = '__UC_OFFICE_THEME__';
export const HOOKS_GLOBAL = '__ucE2E';
