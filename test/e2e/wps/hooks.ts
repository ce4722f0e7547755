import type { FixtureSheet } from '../sheetSpecs';

/** What the WPS runner puts on the page before it loads (Playwright init script, not a request). */
export interface WpsPageFixture {
  readonly sheets: readonly FixtureSheet[];
  /** Saved in the workbook's document properties before the pane starts, as a teacher would have. */
  readonly policyJson?: string;
  /** Application.Version the double reports (default: a WPS 2019 build that has add-ins). */
  readonly version?: string;
}

/** A cell as the runner reads it: the Excel hooks' snapshot shape, so shared steps read both. */
export interface WpsCell {
  readonly value?: string | number | boolean;
  readonly formula?: string;
}

/** What the WPS page lets the runner look at: the ET double's state. */
export interface WpsPageHooks {
  snapshot(): { sheets: { name: string; cells: Record<string, WpsCell> }[] };
  /** The product's highlight formats on a sheet (by their marker formula). */
  marks(sheet: string): number;
  /** Whether screen updating and alerts are back on (the adapter turns them off while writing). */
  restored(): boolean;
}
