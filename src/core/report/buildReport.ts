import type { RowRef } from '../cells';
import type { Finding } from '../findings';
import { t, type Lang } from '../messages';
import type { CheckResult } from '../result';
import { departmentSheet } from './departmentSheet';
import { findingText } from './findingText';
import { defaultSheetNames, type ReportSheetNames } from './names';
import { reportSheet } from './reportSheet';
import { rosterCopy, rowKey } from './rosterCopy';
import type { ModelSheet, SheetLink, WorkbookModel } from './sheetModel';

export interface ReportOptions {
  /** Include 名单标注, the annotated roster copy (the CLI does; the pane highlights in place). */
  readonly rosterCopy?: boolean;
  readonly names?: ReportSheetNames;
  /** Shown in the subtitle; the core has no clock, so the caller passes it. */
  readonly generatedAt?: string;
}

/** Reasons a member is flagged, one line per finding, for the roster copy's 原因 column. */
function reasonsBy(result: CheckResult, lang: Lang): (studentId: string) => string {
  const byId = new Map<string, string[]>();
  for (const v of result.members) {
    const lines = v.findingIndexes
      .map((i) => result.findings[i])
      .filter((f): f is Finding => f !== undefined && f.severity !== 'info')
      .map((f) => {
        const text = findingText(f, lang, v.member);
        return `${text.rule}：${text.message}`;
      });
    for (const note of v.academic?.notes ?? []) lines.push(t(note.messageKey, lang, note.params));
    byId.set(v.member.studentId, lines);
  }
  return (id) => (byId.get(id) ?? []).join('\n');
}

/**
 * The report workbook as data: 检查报告, optionally 名单标注, and 部门统计. The CLI and the pane
 * render this same model, so both show the same content.
 */
export function buildReport(
  result: CheckResult,
  lang: Lang,
  options: ReportOptions = {},
): WorkbookModel {
  const names = options.names ?? defaultSheetNames(lang);
  let linkOf: (ref: RowRef) => SheetLink | undefined = (ref) =>
    ref.file === undefined ? { sheet: ref.sheet, row: ref.row } : undefined;
  const sheets: ModelSheet[] = [];
  let copy: ModelSheet | undefined;
  if (options.rosterCopy) {
    const made = rosterCopy(result, lang, names.roster, reasonsBy(result, lang));
    copy = made.sheet;
    linkOf = (ref) => {
      const row = made.rows.get(rowKey(ref));
      return row === undefined ? undefined : { sheet: names.roster, row };
    };
  }
  sheets.push(
    reportSheet(result, lang, {
      name: names.report,
      linkOf,
      ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    }),
  );
  if (copy) sheets.push(copy);
  sheets.push(departmentSheet(result, lang, names.departments));
  return { sheets };
}
