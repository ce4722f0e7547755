import type { FixtureSheet } from '../sheetSpecs';
import type { WorkbookSnapshot } from '../../excel-double';

/** What the runner puts on the page before it loads (Playwright init script, not a request). */
export interface PageFixture {
  readonly sheets: readonly FixtureSheet[];
  /** Stored in the workbook's settings before the pane starts, as a teacher would have saved it. */
  readonly policyJson?: string;
}

/** What the page lets the runner look at: the double's state. */
export interface PageHooks {
  snapshot(): WorkbookSnapshot;
  selection(): { sheet: string; address: string } | null;
}

export const FIXTURE_GLOBAL = '__UC_FIXTURE__';
export const HOOKS_GLOBAL = '__ucE2E';
