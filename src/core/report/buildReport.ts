import type { Issue } from '../issue';
import type { RowRef } from '../cells';
import type { Finding } from '../findings';
import { t, type Lang } from '../messages';
import type { CheckResult } from '../result';
import { summarize } from '../summary';
import { departmentSheet } from './departmentSheet';
import { cutNotes, fitCellText } from './excelLimits';
import { findingText } from './findingText';
import { defaultSheetNames, type ReportSheetNames } from './names';
import { reportSheet } from './reportSheet';
import { rosterCopy, rowKey } from './rosterCopy';
import type { ModelSheet, SheetLink, WorkbookModel } from './sheetModel';
import type { ReportSheetOptions } from './reportSheet';

export interface ReportOptions {
  /** Include 名单标注, the annotated roster copy (the CLI does; the pane highlights in place). */
  readonly rosterCopy?: boolean;
  readonly names?: ReportSheetNames;
  /** Shown in the subtitle; the core has no clock, so the caller passes it. */
  readonly generatedAt?: string;
}

/**
 * Reasons a member is flagged, one line per finding in the summary's order (eligibility, then the
 * post, then notes such as a freshman's exemption), for the roster copy's 原因 column.
 */
function reasonsBy(result: CheckResult, lang: Lang): (studentId: string) => string {
  const byId = new Map<string, string[]>();
  for (const m of summarize(result).members) {
    const lines = [...m.reasons, ...m.posts, ...m.notes]
      .map((i) => result.findings[i])
      .filter((f): f is Finding => f !== undefined)
      .map((f) => {
        const text = findingText(f, lang, m.member);
        return `${text.rule}：${text.message}`;
      });
    for (const note of m.verdict?.academic?.notes ?? [])
      lines.push(t(note.messageKey, lang, note.params));
    byId.set(m.studentId, lines);
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
  const notes: Issue[] = [];
  let copy: ModelSheet | undefined;
  if (options.rosterCopy) {
    const made = rosterCopy(result, lang, names.roster, reasonsBy(result, lang));
    const fitted = fitCellText(made.sheet);
    copy = fitted.sheet;
    notes.push(...made.notes, ...cutNotes(names.roster, fitted.cut));
    linkOf = (ref) => {
      const row = made.rows.get(rowKey(ref));
      return row === undefined ? undefined : { sheet: names.roster, row };
    };
  }
  const departments = fitCellText(departmentSheet(result, lang, names.departments));
  notes.push(...cutNotes(names.departments, departments.cut));
  const report = fittedReport(result, lang, {
    name: names.report,
    linkOf,
    notes,
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
  });
  return { sheets: copy ? [report, copy, departments.sheet] : [report, departments.sheet] };
}

function headerRowOf(sheet: ModelSheet): number {
  return sheet.tables?.[0]?.headerRow ?? sheet.rows.length;
}

/**
 * 检查报告 with its own over-long cells cut and noted. The notes sit above the findings table, so
 * adding them moves the cells below: the first build finds the cells, the second places the notes,
 * and each cut cell below the notes is named at the row it moved to.
 */
function fittedReport(result: CheckResult, lang: Lang, opts: ReportSheetOptions): ModelSheet {
  const first = fitCellText(reportSheet(result, lang, opts));
  if (first.cut.length === 0) return first.sheet;
  const notes = opts.notes ?? [];
  // Each note is one row whatever it says, so a draft with the unmoved cells has the final layout.
  const draft = reportSheet(result, lang, {
    ...opts,
    notes: [...notes, ...cutNotes(opts.name, first.cut)],
  });
  const shift = headerRowOf(draft) - headerRowOf(first.sheet);
  const below = headerRowOf(first.sheet) - 2; // the blank row before the findings' subtitle
  const moved = first.cut.map((c) => (c.row >= below ? { ...c, row: c.row + shift } : c));
  const again = reportSheet(result, lang, {
    ...opts,
    notes: [...notes, ...cutNotes(opts.name, moved)],
  });
  return fitCellText(again).sheet;
}
