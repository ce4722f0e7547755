import { columnLetter } from '../../cells';
import { t } from '../../messages';
import type { Lang } from '../../messages';
import type { ModelCell, ModelSheet } from '../../report/sheetModel';
import type { Issue } from '../../issue';

/** Where an issue points, as the teacher reads it: file, sheet, cell (or row). */
export function issuePlace(issue: Issue): { file: string; sheet: string; cell: string } {
  const ref = issue.ref;
  if (!ref) return { file: '', sheet: '', cell: '' };
  const cell = 'col' in ref ? `${columnLetter(ref.col)}${ref.row}` : String(ref.row);
  return { file: ref.file ?? '', sheet: ref.sheet, cell };
}

/** The 汇集问题 sheet: every problem found while collecting, by file, sheet and cell. */
export function buildIssuesSheet(name: string, issues: readonly Issue[], lang: Lang): ModelSheet {
  const text = (value: string): ModelCell => ({ value, numFmt: 'text' });
  const rows = issues.map((issue): ModelCell[] => {
    const place = issuePlace(issue);
    return [
      text(place.file),
      text(place.sheet),
      text(place.cell),
      { ...text(t(issue.messageKey, lang, issue.params)), wrap: true },
    ];
  });
  const header = (['file', 'sheet', 'cell', 'problem'] as const).map((key): ModelCell => ({
    value: t(`appraisal.issues.${key}`, lang),
    style: 'header',
  }));
  return {
    name,
    rows: [[{ value: t('appraisal.issues.title', lang), style: 'title' }], [], header, ...rows],
    columnWidths: [24, 18, 8, 80],
    tables:
      rows.length > 0
        ? [
            {
              name: 'AppraisalCollectIssues',
              headerRow: 3,
              firstCol: 1,
              columnCount: 4,
              rowCount: rows.length,
            },
          ]
        : [],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: '3:3' },
  };
}
