import { columnLetter, type CellRef, type RowRef } from '../../core/cells';
import { t, type Lang } from '../../core/messages';
import type { Wording } from '../i18n/LangContext';
import type { Issue } from '../../core/issue';

/** Core messages written for the command line, said the pane's way (no flags). */
const PANE_WORDING: Wording = {
  'appraisal.aggregate.needsWeights': 'ui.appraisal.needsWeights',
  'appraisal.noMembers': 'ui.appraisal.noMembers',
  'appraisal.collect.nothingFilled': 'ui.appraisal.nothingFilled',
};

/** `dimensions[2].max` as the teacher sees it: 第3个维度. */
function placeText(path: string, lang: Lang): string {
  const item = /^(dimensions|groups)\[(\d+)\]/.exec(path);
  if (item)
    return t(
      item[1] === 'groups' ? 'ui.appraisal.path.group' : 'ui.appraisal.path.dimension',
      lang,
      {
        n: Number(item[2]) + 1,
      },
    );
  return path;
}

/** The issue's sentence in the pane's language and words. */
export function issueText(issue: Issue, lang: Lang): string {
  const key = PANE_WORDING[issue.messageKey] ?? issue.messageKey;
  const params = { ...issue.params };
  if (typeof params.path === 'string') params.path = placeText(params.path, lang);
  return t(key, lang, params);
}

/** The cell an issue points at, when it points at a cell (the pane can select it). */
export function issueCell(issue: Issue): CellRef | undefined {
  const ref: RowRef | CellRef | undefined = issue.ref;
  return ref && 'col' in ref ? ref : undefined;
}

/** `评分-秘书处!E7`, or `评分-秘书处 第 7 行` for a row. */
export function refText(ref: RowRef | CellRef, lang: Lang): string {
  if ('col' in ref) return `${ref.sheet}!${columnLetter(ref.col)}${ref.row}`;
  return t('report.location', lang, { sheet: ref.sheet, row: ref.row });
}
