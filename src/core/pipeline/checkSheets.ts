import type { MappingOverride } from '../discovery/types';
import type { Policy } from '../policy/types';
import type { CheckOutcome } from '../result';
import { startCheck } from '../session/checkSession';
import type { SheetGrid } from '../tables';

export { HEAD_ROWS } from '../session/sheetFeed';

/** The whole check on sheets already in memory (tests, small files). */
export function checkSheets(
  sheets: readonly SheetGrid[],
  policy: Policy,
  overrides: readonly MappingOverride[] = [],
): CheckOutcome {
  const session = startCheck(policy, overrides);
  for (const sheet of sheets) session.addSheet(sheet, sheet.rows, sheet.firstRow ?? 1);
  return session.finish();
}
