import { collectInWorkbook, type CollectAnswer } from '../core/appraisal/collect/inWorkbook';
import type { Lang } from '../core/messages';
import { COLLECT_ISSUES_KEY, isAppraisalSheet, isGeneratedAppraisal } from './appraisalOwner';
import { takeInventory, keptSheets } from './inventory';
import { newToken } from '../core/marks';
import { readGrids } from './readGrids';
import { writeTransaction } from './transaction';

export interface CollectAppraisalOptions {
  readonly lang: Lang;
  /** How problems name this workbook (本工作簿): the forms are its sheets, not separate files. */
  readonly file: string;
}

/** What 汇总评分 tells the teacher: the core's answer (see collectInWorkbook). */
export type CollectAppraisalAnswer = CollectAnswer;

/**
 * 汇总评分 on the open workbook in one Excel.run: reads the generated forms (2 syncs of inventory,
 * then their values), checks every score with the core's collect, and writes the 汇集问题 sheet
 * (replacing the last one, or removing it when all is well). The forms themselves are never
 * rewritten: they are what the scorers typed, and the generated 考核汇总 already reads them live.
 */
export async function runCollectAppraisal(
  ctx: Excel.RequestContext,
  options: CollectAppraisalOptions,
): Promise<CollectAppraisalAnswer> {
  const { lang } = options;
  const sheets = await takeInventory(ctx, { used: true, tables: true });
  const generated = sheets.filter(isGeneratedAppraisal);
  if (generated.length === 0) return { status: 'no-forms' };
  const grids = await readGrids(ctx, generated, options.file);
  const old = sheets.filter((s) => isAppraisalSheet(s) && !isGeneratedAppraisal(s));
  const kept = sheets.filter((s) => !old.includes(s));
  const { answer, issuesSheet } = collectInWorkbook(
    options.file,
    grids,
    kept.map((s) => s.name),
    lang,
  );
  if (answer.status !== 'collected' || (issuesSheet === undefined && old.length === 0))
    return answer;
  await writeTransaction(ctx, {
    token: newToken(),
    sheets: issuesSheet
      ? [{ model: issuesSheet, owner: COLLECT_ISSUES_KEY, finalName: issuesSheet.name }]
      : [],
    marks: [],
    replaceSheets: old.map((s) => s.ws),
    removeMarks: [],
    takenTables: new Set(kept.flatMap((s) => s.tables.map((x) => x.toUpperCase()))),
    kept: keptSheets(
      sheets,
      old.map((s) => s.ws),
    ),
  });
  return answer;
}
