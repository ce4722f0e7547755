import type { Lang } from '../../core/messages';
import { buildReport } from '../../core/report/buildReport';
import type { WorkbookModel } from '../../core/report/sheetModel';
import type { CheckResult } from '../../core/result';

/** 检查报告 as the command line writes it (runCheckCommand): with the copy of the roster. */
export function checkReport(result: CheckResult, lang: Lang, generatedAt: string): WorkbookModel {
  return buildReport(result, lang, { rosterCopy: true, generatedAt });
}
