import type { MappingOverride } from '../discovery/types';
import type { Lang } from '../messages';
import type { Policy } from '../policy/types';
import { startCheck } from '../session/checkSession';
import type { SheetGrid } from '../tables';
import { buildAppraisalFromCheck } from './fromCheck';
import type { CheckAppraisalOutcome } from './fromCheck';
import type { AppraisalSettings } from './types';

export interface SheetsAppraisalInput {
  readonly sheets: readonly SheetGrid[];
  readonly policy: Policy;
  readonly settings: AppraisalSettings;
  readonly lang: Lang;
  /** The teacher's column mapping from the pane, if any. */
  readonly overrides?: readonly MappingOverride[];
  readonly reservedSheetNames?: readonly string[];
}

/**
 * The appraisal workbook from sheets already in memory (the task pane after reading, tests): the
 * check's session; its result keeps the attendance rows the 纪律作风 suggestion needs.
 */
export function buildAppraisalFromSheets(input: SheetsAppraisalInput): CheckAppraisalOutcome {
  const session = startCheck(input.policy, input.overrides);
  for (const sheet of input.sheets) session.addSheet(sheet, sheet.rows, sheet.firstRow ?? 1);
  const outcome = session.finish();
  if (!outcome.ok) return { ok: false, issues: outcome.issues };
  return buildAppraisalFromCheck({
    result: outcome.value,
    attendance: outcome.value.attendance,
    settings: input.settings,
    lang: input.lang,
    ...(input.reservedSheetNames ? { reservedSheetNames: input.reservedSheetNames } : {}),
  });
}
