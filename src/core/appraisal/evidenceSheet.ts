import { t } from '../messages';
import type { Lang } from '../messages';
import type { ModelCell, ModelSheet } from '../report/sheetModel';
import { memberKey } from './memberKey';
import type { Suggestion } from './suggestions';
import type { AppraisalTemplate, AppraisedMember } from './types';

/**
 * The 建议分依据 sheet: for each suggested score, the evidence behind it (rank in the major, sign-in
 * count), so the panel can judge and overwrite it. Stands in for per-cell notes.
 */
export function buildEvidenceSheet(
  name: string,
  members: readonly AppraisedMember[],
  template: AppraisalTemplate,
  suggestions: ReadonlyMap<string, ReadonlyMap<number, Suggestion>>,
  lang: Lang,
): ModelSheet {
  const text = (value: string): ModelCell => ({ value, numFmt: 'text' });
  const rows: ModelCell[][] = [];
  for (const member of members) {
    const mine = suggestions.get(memberKey(member));
    if (!mine) continue;
    for (const [dim, suggestion] of [...mine.entries()].sort(([a], [b]) => a - b)) {
      rows.push([
        text(member.name),
        text(member.studentId),
        text(member.department),
        text(template.dimensions[dim]?.name ?? ''),
        { value: suggestion.points, numFmt: 'decimal1', style: 'suggested' },
        text(t(suggestion.basisKey, lang, suggestion.params)),
      ]);
    }
  }
  const headers = ['name', 'studentId', 'department', 'dimension', 'points', 'basis'] as const;
  return {
    name,
    rows: [
      [{ value: t('appraisal.evidence.title', lang), style: 'title' }],
      [{ value: t('appraisal.evidence.note', lang) }],
      [],
      headers.map((key): ModelCell => ({
        value: t(`appraisal.evidence.col.${key}`, lang),
        style: 'header',
      })),
      ...rows,
    ],
    columnWidths: [10, 16, 12, 12, 8, 40],
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, titleRows: '4:4' },
  };
}
