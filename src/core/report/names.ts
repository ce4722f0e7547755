import { t, type Lang } from '../messages';

/** Names of the sheets the check writes; the pane may be handed other names when a teacher's sheet has one. */
export interface ReportSheetNames {
  readonly report: string;
  readonly roster: string;
  readonly departments: string;
}

export function defaultSheetNames(lang: Lang): ReportSheetNames {
  return {
    report: t('report.sheet.report', lang),
    roster: t('report.sheet.roster', lang),
    departments: t('report.sheet.departments', lang),
  };
}
