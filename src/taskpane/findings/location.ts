import type { RowRef } from '../../core/cells';
import { t, type Lang } from '../../core/messages';

/** A row reference as the teacher reads it: `成绩.xlsx › 成绩 第 12 行`. */
export function locationText(ref: RowRef, lang: Lang): string {
  const where = t('report.location', lang, { sheet: ref.sheet, row: ref.row });
  return ref.file ? `${ref.file} › ${where}` : where;
}

/** A compact key for a row reference (data attributes, the e2e comparison). */
export function refKey(ref: RowRef | undefined): string {
  if (!ref) return '';
  return `${ref.file ? `${ref.file}|` : ''}${ref.sheet}!${ref.row}`;
}
