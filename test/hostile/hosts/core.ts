import { specGrids } from '../../../scripts/hostile/grids';
import { columnLetter } from '../../../src/core/cells';
import { t } from '../../../src/core/messages';
import { checkSheets } from '../../../src/core/pipeline';
import { comparable, expected, observeOutcome } from '../observe';
import { policyFor } from '../policies';
import type { HostileCase, Outcome } from '../types';
import { check, type Check } from './check';

/**
 * The core alone: each workbook as the SheetGrids the pane hands the core (formulas as cached
 * results, dates as serial numbers), through discovery, the collector and evaluate.
 */
export function runCore(c: HostileCase, want: Outcome): Check[] {
  const grids = c.files().flatMap((f) => {
    if ('sheets' in f) return specGrids(f.sheets);
    if ('csv' in f) return specGrids([f.csv], f.name);
    throw new Error(`${c.id}: raw bytes need a reader; mark the core host skipped`);
  });
  const outcome = checkSheets(grids, policyFor(c.policy));
  const issues = outcome.ok ? outcome.value.issues : outcome.issues;
  // Every issue renders to a real message in both languages: no missing key or placeholder.
  const unrendered = issues.flatMap((i) =>
    (['zh', 'en'] as const)
      .map((lang) => t(i.messageKey, lang, i.params))
      .filter((text) => /^\[|\{[a-zA-Z]+\}/.test(text)),
  );
  // A message about a place names it: the sheet, and the row (and column letter) when it has them.
  const unplaced = issues.flatMap((i) => {
    const ref = i.ref as { sheet?: string; row?: number; col?: number } | undefined;
    if (!ref?.sheet) return [];
    const zh = t(i.messageKey, 'zh', i.params);
    const named =
      zh.includes(`「${ref.sheet}」`) &&
      (ref.row === undefined || zh.includes(`第 ${ref.row} 行`)) &&
      (ref.col === undefined || zh.includes(`${columnLetter(ref.col)} 列`));
    return named ? [] : [zh];
  });
  return [
    check('outcome', comparable(observeOutcome(outcome), want), expected(want)),
    check('messages render', unrendered, []),
    check('messages name their place', unplaced, []),
  ];
}
