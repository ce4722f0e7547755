import { failedCourseText } from '../academic/failedText';
import type { AcademicRecord } from '../academic/types';
import { t, type Lang } from '../messages';
import { averageText } from '../rules/rank';

/** A member's academic record in three cells a teacher can check by hand against the grade sheet. */
export interface AcademicText {
  /** Credit-weighted average over the window, two decimals; empty when nothing counted. */
  readonly average: number | '';
  /** `12/30（40%）`, or the school's percentage; empty when no rank. */
  readonly rank: string;
  /** Failed courses with the grade shown, e.g. `高等数学（52）`. */
  readonly failed: string;
}

/** The record as text; `undefined` (no grade rows at all) gives empty cells. */
export function academicText(record: AcademicRecord | undefined, lang: Lang): AcademicText {
  if (!record) return { average: '', rank: '', failed: '' };
  const r = record.rank;
  const percent = r ? Math.round(r.percent * 10) / 10 : 0;
  const figure = !r
    ? ''
    : r.rank !== undefined && r.cohortSize !== undefined
      ? t('report.rankOf', lang, { rank: r.rank, size: r.cohortSize, percent })
      : t('report.rankPercent', lang, { percent });
  // Where the rank came from, as the rank finding says it: the school's column or our computation.
  let from = '';
  if (r?.source === 'school') from = t('report.rankFrom.school', lang);
  else if (r && record.average !== undefined)
    from = t('report.rankFrom.computed', lang, {
      average: averageText(record.average),
      cohort: r.cohortLabel,
      size: r.cohortSize ?? '',
    });
  const rank = figure + from;
  return {
    average: record.average === undefined ? '' : Math.round(record.average * 100) / 100,
    rank,
    failed: record.failed.map(failedCourseText).join('、'),
  };
}
