/**
 * The hostile corpus against the core alone: each workbook as the SheetGrids the pane hands the
 * core (formulas as cached results, dates as serial numbers), through discovery, the collector and
 * evaluate. Files that are not workbooks (legacy .xls, damaged zips) are a reader's concern.
 */
import { specGrids } from '../../scripts/hostile/grids';
import { checkSheets } from '../../src/core/pipeline';
import { t } from '../../src/core/messages';
import { CASES, outcomeFor } from './manifest';
import { comparable, expected, observeOutcome } from './observe';
import { policyFor } from './policies';

const runs = CASES.map((c) => ({ id: c.id, c, want: outcomeFor(c, 'core') }));

describe.each(runs)('core: $id', ({ c, want }) => {
  if ('skip' in want) {
    it.skip(`not a core input: ${want.skip}`, () => undefined);
    return;
  }
  it(c.input.en, () => {
    const grids = c.files().flatMap((f) => {
      if ('sheets' in f) return specGrids(f.sheets);
      if ('csv' in f) return specGrids([f.csv], f.name);
      throw new Error(`${c.id}: raw bytes need a reader; mark the core host skipped`);
    });
    const outcome = checkSheets(grids, policyFor(c.policy));
    const observed = observeOutcome(outcome);
    expect(comparable(observed, want)).toEqual(expected(want));
    // Every issue renders to a real message in both languages, never a missing key.
    const issues = outcome.ok ? outcome.result.issues : outcome.issues;
    for (const i of issues)
      for (const lang of ['zh', 'en'] as const)
        expect(t(i.messageKey, lang, i.params)).not.toMatch(/^\[|\{[a-zA-Z]+\}/);
  });
});
