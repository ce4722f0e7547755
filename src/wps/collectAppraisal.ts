import { collectFilled } from '../core/appraisal/collect/collect';
import { buildIssuesSheet } from '../core/appraisal/collect/issuesSheet';
import { summarySheetOf } from '../core/appraisal/storedConfig';
import { newToken } from '../core/marks';
import { t } from '../core/messages';
import type { CollectAnswer, CollectRequest } from '../taskpane/gateway';
import { COLLECT_ISSUES_KEY, isAppraisalSheet, isGeneratedAppraisal } from './appraisalOwner';
import type { EtApplication } from './et';
import { readGrids } from './grids';
import { activeBook, listSheets } from './inventory';
import { uniqueSheetName } from '../core/report/names';
import { writeOrder } from './write';

/**
 * 汇总评分 on the open workbook, as the Excel adapter does it (src/excel/collectAppraisal.ts): the
 * generated forms read as WPS computed them, every score checked by the core's collect, and the
 * 汇集问题 sheet written (replacing the last one, or removed when all is well). The forms are never
 * rewritten: they are what the scorers typed, and the generated 考核汇总 reads them live.
 */
export async function runCollectAppraisal(
  app: EtApplication,
  options: CollectRequest,
): Promise<CollectAnswer> {
  const { lang } = options;
  const book = activeBook(app);
  const sheets = listSheets(book);
  const generated = sheets.filter(isGeneratedAppraisal);
  if (generated.length === 0) return { status: 'no-forms' };
  const grids = await readGrids(generated, options.file);
  const outcome = collectFilled([{ file: options.file, sheets: grids }], lang);
  if (!outcome.ok) return { status: 'rejected', issues: outcome.issues };
  const old = sheets.filter((s) => isAppraisalSheet(s) && !isGeneratedAppraisal(s));
  const taken = new Set(sheets.filter((s) => !old.includes(s)).map((s) => s.name.toUpperCase()));
  const name = uniqueSheetName(t('appraisal.sheet.issues', lang), taken);
  const issuesSheet = outcome.value.issues.length > 0 ? name : undefined;
  if (issuesSheet !== undefined || old.length > 0)
    await writeOrder(app, book, {
      token: newToken(),
      sheets: issuesSheet
        ? [
            {
              model: buildIssuesSheet(issuesSheet, outcome.value.issues, lang),
              owner: COLLECT_ISSUES_KEY,
              finalName: issuesSheet,
            },
          ]
        : [],
      marks: new Map(),
      replaceSheets: old,
      unmark: [],
    });
  const summarySheet = summarySheetOf(grids);
  return {
    status: 'collected',
    copies: outcome.value.copies,
    members: outcome.value.members,
    issues: outcome.value.issues,
    ...(summarySheet !== undefined ? { summarySheet } : {}),
    ...(issuesSheet !== undefined ? { issuesSheet } : {}),
  };
}
