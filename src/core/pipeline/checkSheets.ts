import type { MappingOverride } from '../discovery/types';
import type { Policy } from '../policy/types';
import type { CheckOutcome } from '../result';
import type { SheetGrid } from '../tables';
import { Collector } from './collector';
import { discoverWorkbook } from './discover';
import { evaluate } from './evaluate';

/** Rows of a sheet's head handed to discovery; title rows and notes rarely exceed a dozen. */
export const HEAD_ROWS = 60;

/** The whole check on sheets already in memory (tests, the pane after reading, small files). */
export function checkSheets(
  sheets: readonly SheetGrid[],
  policy: Policy,
  overrides: readonly MappingOverride[] = [],
): CheckOutcome {
  const heads = sheets.map((s) => ({ ...s, rows: s.rows.slice(0, HEAD_ROWS) }));
  const discovery = discoverWorkbook(heads, overrides);
  const errors = discovery.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) return { ok: false, issues: errors };
  const collector = new Collector(policy, discovery.mappings);
  for (const sheet of sheets) {
    const first = sheet.firstRow ?? 1;
    sheet.rows.forEach((row, i) => collector.push(sheet.file, sheet.sheet, first + i, row));
  }
  const outcome = evaluate(collector.finish(), policy);
  if (!outcome.ok) return outcome;
  return {
    ok: true,
    result: { ...outcome.result, issues: [...discovery.issues, ...outcome.result.issues] },
  };
}
