import { ownsReport, reportOwner } from '../core/marks';
import { keptSheets } from './inventory';
import type { Lang } from '../core/messages';
import { reportNamesBeside, type ReportSheetNames } from '../core/report/names';
import type { WorkbookModel } from '../core/report/sheetModel';
import type { CheckResult } from '../core/result';
import { GatewayError } from './errors';
import { MARK_COLOURS, MARK_ORDER, planHighlights } from './highlightPlan';
import type { SheetInfo } from './inventory';
import type { MarksToAdd, SheetToWrite, WritePlan } from './transaction';

/** Whether a sheet is one of the check's own report sheets (replaced by every check). */
export function isReportSheet(info: SheetInfo): boolean {
  return ownsReport(info.owner);
}

/** The report's sheet names: the language's defaults, or `名 (2)` where a teacher's sheet has one. */
export function reportNames(sheets: readonly SheetInfo[], lang: Lang): ReportSheetNames {
  return reportNamesBeside(
    sheets.filter((s) => !isReportSheet(s)).map((s) => s.name),
    lang,
  );
}

/**
 * What a check writes: the report sheets (built under `reportNames`, possibly by the engine's
 * worker), the highlights on the teacher's roster, and the previous run's report sheets and
 * highlights to remove. A protected roster stops the write before anything is queued.
 */
export function reportPlan(
  result: CheckResult,
  sheets: readonly SheetInfo[],
  report: { readonly names: ReportSheetNames; readonly model: WorkbookModel },
  token: string,
): WritePlan {
  const replaced = sheets.filter(isReportSheet);
  const kept = sheets.filter((s) => !isReportSheet(s));
  const { names, model } = report;
  const toWrite: SheetToWrite[] = model.sheets.map((s) => ({
    model: s,
    owner: reportOwner(names, s.name),
    finalName: s.name,
  }));
  const lockedWithMarks = sheets.find((s) => s.protected && s.marks.length > 0);
  if (lockedWithMarks)
    throw new GatewayError('excel.sheetProtected', { sheet: lockedWithMarks.name });
  const marks: MarksToAdd[] = [];
  for (const h of planHighlights(result)) {
    const info = sheets.find((s) => s.name === h.sheet);
    const any = MARK_ORDER.some((k) => h.lists[k].length > 0);
    if (!info || !any) continue;
    if (info.protected) throw new GatewayError('excel.sheetProtected', { sheet: info.name });
    for (const kind of MARK_ORDER)
      if (h.lists[kind].length > 0)
        marks.push({ ws: info.ws, kind, color: MARK_COLOURS[kind], lists: h.lists[kind] });
  }
  return {
    token,
    sheets: toWrite,
    marks,
    replaceSheets: replaced.map((s) => s.ws),
    removeMarks: sheets.flatMap((s) => s.marks),
    takenTables: new Set(kept.flatMap((s) => s.tables.map((t) => t.toUpperCase()))),
    kept: keptSheets(
      sheets,
      replaced.map((s) => s.ws),
    ),
  };
}
