import type { MappingOverride } from '../../core/discovery/types';
import type { Policy } from '../../core/policy/types';
import type { CheckOutcome } from '../../core/result';
import { startCheck } from '../../core/session';
import type { ImportedFile } from '../../taskpane/importer/types';

/**
 * Checks the picked files together, as `checkFiles` does for the command line: one session, every
 * sheet of every file in the order given, the readers' notes first.
 */
export function checkPicked(
  files: readonly ImportedFile[],
  policy: Policy,
  overrides: readonly MappingOverride[] = [],
): CheckOutcome {
  const session = startCheck(policy, overrides);
  for (const file of files) {
    for (const notice of file.notices ?? []) session.notice(notice);
    for (const grid of file.sheets) {
      const info = {
        file: file.name,
        sheet: grid.sheet,
        ...(grid.hidden !== undefined ? { hidden: grid.hidden } : {}),
        ...(grid.displayed ? { displayed: true } : {}),
      };
      session.addSheet(info, grid.rows, grid.firstRow ?? 1);
    }
  }
  return session.finish();
}
