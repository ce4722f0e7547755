import { collectInWorkbook } from '../core/appraisal/collect/inWorkbook';
import { newToken } from '../core/marks';
import type { CollectAnswer, CollectRequest } from '../taskpane/gateway';
import { COLLECT_ISSUES_KEY, isAppraisalSheet, isGeneratedAppraisal } from './appraisalOwner';
import type { EtApplication } from './et';
import { readGrids } from './grids';
import { activeBook, listSheets } from './inventory';
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
  const old = sheets.filter((s) => isAppraisalSheet(s) && !isGeneratedAppraisal(s));
  const kept = sheets.filter((s) => !old.includes(s)).map((s) => s.name);
  const { answer, issuesSheet } = collectInWorkbook(options.file, grids, kept, lang);
  if (answer.status !== 'collected' || (issuesSheet === undefined && old.length === 0))
    return answer;
  await writeOrder(app, book, {
    token: newToken(),
    sheets: issuesSheet
      ? [{ model: issuesSheet, owner: COLLECT_ISSUES_KEY, finalName: issuesSheet.name }]
      : [],
    marks: new Map(),
    replaceSheets: old,
    unmark: [],
  });
  return answer;
}
