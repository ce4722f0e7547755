import type { MappingOverride } from '../discovery/types';
import type { Lang } from '../messages';
import { Collector, discoverWorkbook, evaluate, HEAD_ROWS } from '../pipeline';
import type { Policy } from '../policy/types';
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
 * same pipeline as `checkSheets`, keeping the attendance rows the 纪律作风 suggestion needs.
 */
export function buildAppraisalFromSheets(input: SheetsAppraisalInput): CheckAppraisalOutcome {
  const heads = input.sheets.map((s) => ({ ...s, rows: s.rows.slice(0, HEAD_ROWS) }));
  const discovery = discoverWorkbook(heads, input.overrides);
  const errors = discovery.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) return { ok: false, issues: errors };
  const collector = new Collector(input.policy, discovery.mappings);
  for (const sheet of input.sheets) {
    const first = sheet.firstRow ?? 1;
    sheet.rows.forEach((row, i) => collector.push(sheet.file, sheet.sheet, first + i, row));
  }
  const collected = collector.finish();
  const outcome = evaluate(collected, input.policy);
  if (!outcome.ok) return { ok: false, issues: outcome.issues };
  return buildAppraisalFromCheck({
    result: outcome.result,
    attendance: collected.attendance,
    settings: input.settings,
    lang: input.lang,
    ...(input.reservedSheetNames ? { reservedSheetNames: input.reservedSheetNames } : {}),
  });
}
