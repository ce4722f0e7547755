import { buildAppraisalFromCheck } from '../core/appraisal/fromCheck';
import type { AppraisalSettings } from '../core/appraisal/types';
import type { Lang } from '../core/messages';
import type { WorkbookModel } from '../core/report/sheetModel';
import type { CheckOutcome } from '../core/result';
import type { Issue, Result } from '../core/issue';

/** What 生成评分表 needs built where the engine runs. */
export interface AppraisalOrder {
  readonly settings: AppraisalSettings;
  readonly lang: Lang;
  /** Names the teacher's sheets keep: forms are named around them. */
  readonly reservedSheetNames: readonly string[];
}

/** The forms and summary to write, with what the pane reports about them; or why not. */
export interface AppraisalForms {
  readonly model: WorkbookModel;
  readonly forms: number;
  /** Distinct members appraised (one may sit on several forms). */
  readonly members: number;
  readonly warnings: readonly Issue[];
  /** The check's notes on the roster (discovery's first). */
  readonly inputIssues: readonly Issue[];
}

export type AppraisalFinished = Result<AppraisalForms>;

/** The appraisal workbook built from a check's outcome (pure: runs in the pane's worker too). */
export function appraisalFrom(outcome: CheckOutcome, order: AppraisalOrder): AppraisalFinished {
  if (!outcome.ok) return { ok: false, issues: outcome.issues };
  const built = buildAppraisalFromCheck({
    result: outcome.value,
    attendance: outcome.value.attendance,
    settings: order.settings,
    lang: order.lang,
    reservedSheetNames: order.reservedSheetNames,
  });
  if (!built.ok) return { ok: false, issues: built.issues };
  const { model, layouts } = built.value.build;
  const members = new Set(layouts.flatMap((l) => l.members.map((m) => `${m.studentId}|${m.name}`)));
  return {
    ok: true,
    value: {
      model,
      forms: layouts.length,
      members: members.size,
      warnings: built.value.warnings,
      inputIssues: outcome.value.issues,
    },
  };
}
