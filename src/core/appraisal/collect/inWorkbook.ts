import type { Issue } from '../../issue';
import { t, type Lang } from '../../messages';
import { uniqueSheetName } from '../../report/names';
import type { ModelSheet } from '../../report/sheetModel';
import type { SheetGrid } from '../../tables';
import { summarySheetOf } from '../storedConfig';
import { collectFilled } from './collect';
import { buildIssuesSheet } from './issuesSheet';

/** What 汇总评分 on an open workbook tells the teacher. */
export type CollectAnswer =
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

/** The answer, and the 汇集问题 sheet to write in place of the last one (none when all is well). */
export interface CollectInWorkbook {
  readonly answer: CollectAnswer;
  readonly issuesSheet?: ModelSheet;
}

/**
 * 汇总评分 on the open workbook, as both add-ins do it: the generated forms (`grids`, read as the
 * host computed them) checked by collect, and the 汇集问题 sheet named clear of `kept` (every sheet
 * that stays). The host writes the sheet; the forms are never rewritten.
 */
export function collectInWorkbook(
  file: string,
  grids: readonly SheetGrid[],
  kept: readonly string[],
  lang: Lang,
): CollectInWorkbook {
  const outcome = collectFilled([{ file, sheets: grids }], lang);
  if (!outcome.ok) return { answer: { status: 'rejected', issues: outcome.issues } };
  const { copies, members, issues } = outcome.value;
  const taken = new Set(kept.map((n) => n.toUpperCase()));
  const name =
    issues.length > 0 ? uniqueSheetName(t('appraisal.sheet.issues', lang), taken) : undefined;
  const summarySheet = summarySheetOf(grids);
  return {
    answer: {
      status: 'collected',
      copies,
      members,
      issues,
      ...(summarySheet !== undefined ? { summarySheet } : {}),
      ...(name !== undefined ? { issuesSheet: name } : {}),
    },
    ...(name !== undefined ? { issuesSheet: buildIssuesSheet(name, issues, lang) } : {}),
  };
}
