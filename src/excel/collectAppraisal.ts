import { collectFilled } from '../core/appraisal/collect/collect';
import { buildIssuesSheet } from '../core/appraisal/collect/issuesSheet';
import { summarySheetOf } from '../core/appraisal/storedConfig';
import { t, type Lang } from '../core/messages';
import { COLLECT_ISSUES_KEY, isAppraisalSheet, isGeneratedAppraisal } from './appraisalOwner';
import { takeInventory, keptSheets } from './inventory';
import { newToken } from '../core/marks';
import { readGrids } from './readGrids';
import { uniqueSheetName } from '../core/report/names';
import { writeTransaction } from './transaction';
import type { Issue } from '../core/issue';

export interface CollectAppraisalOptions {
  readonly lang: Lang;
  /** How problems name this workbook (本工作簿): the forms are its sheets, not separate files. */
  readonly file: string;
}

export type CollectAppraisalAnswer =
  | {
      readonly status: 'collected';
      readonly copies: number;
      readonly members: number;
      /** Missing, out-of-range and unreadable scores, forms nobody filled: by sheet and cell. */
      readonly issues: readonly Issue[];
      /** The generated 考核汇总, which computes from the forms as they are typed. */
      readonly summarySheet?: string;
      /** The 汇集问题 sheet written, when there were problems. */
      readonly issuesSheet?: string;
    }
  | { readonly status: 'rejected'; readonly issues: readonly Issue[] }
  /** The workbook holds no forms the product generated. */
  | { readonly status: 'no-forms' };

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
  const outcome = collectFilled([{ file: options.file, sheets: grids }], lang);
  if (!outcome.ok) return { status: 'rejected', issues: outcome.issues };
  const old = sheets.filter((s) => isAppraisalSheet(s) && !isGeneratedAppraisal(s));
  const kept = sheets.filter((s) => !old.includes(s));
  const taken = new Set(kept.map((s) => s.name.toUpperCase()));
  const name = uniqueSheetName(t('appraisal.sheet.issues', lang), taken);
  const issuesSheet = outcome.value.issues.length > 0 ? name : undefined;
  if (issuesSheet !== undefined || old.length > 0)
    await writeTransaction(ctx, {
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
      marks: [],
      replaceSheets: old.map((s) => s.ws),
      removeMarks: [],
      takenTables: new Set(kept.flatMap((s) => s.tables.map((x) => x.toUpperCase()))),
      kept: keptSheets(
        sheets,
        old.map((s) => s.ws),
      ),
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
