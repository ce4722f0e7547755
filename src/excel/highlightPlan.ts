import type { CheckResult } from '../core/result';
import { HIGHLIGHT } from '../core/report/styles';
import { MARK_ORDER, planMarks, type MarkKind } from '../core/marks';
import { addressLists } from './address';

/** The colour of each highlight kind (report/styles.ts). */
export const MARK_COLOURS: Readonly<Record<MarkKind, string>> = HIGHLIGHT;

export { MARK_ORDER };

/** Highlights of one sheet: address lists per kind, each list under the getRanges limit. */
export interface SheetHighlights {
  readonly sheet: string;
  readonly lists: Readonly<Record<MarkKind, readonly string[]>>;
}

/** The core's plan of marks (src/core/marks/plan.ts) as the address lists Excel's getRanges takes. */
export function planHighlights(result: CheckResult): SheetHighlights[] {
  return [...planMarks(result)].map(([sheet, areas]) => ({
    sheet,
    lists: {
      ineligible: addressLists(areas.ineligible),
      pending: addressLists(areas.pending),
      overLimit: addressLists(areas.overLimit),
    },
  }));
}
