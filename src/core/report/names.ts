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

/** The longest sheet name Excel and WPS accept. */
const MAX_NAME = 31;

/** A name Excel and WPS accept: no : \ / ? * [ ], no apostrophe at either end, at most 31 characters. */
export function cleanSheetName(wanted: string): string {
  const cleaned = wanted
    .replace(/[:\\/?*[\]]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, MAX_NAME)
    .trim();
  return cleaned === '' || cleaned.toLowerCase() === 'history' ? 'Sheet' : cleaned;
}

/**
 * `wanted`, or `wanted (2)`, `wanted (3)`, … when a sheet of that name exists (names compare
 * case-insensitively, as in Excel and WPS). The chosen name is added to `taken`.
 */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = cleanSheetName(wanted);
  let name = base;
  for (let n = 2; taken.has(name.toUpperCase()); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
  }
  taken.add(name.toUpperCase());
  return name;
}

/**
 * The report's sheet names: the language's defaults, or `名 (2)` where a sheet of the teacher's
 * (`taken`: every sheet but the old report's) has one.
 */
export function reportNamesBeside(taken: Iterable<string>, lang: Lang): ReportSheetNames {
  const names = new Set([...taken].map((n) => n.toUpperCase()));
  const wanted = defaultSheetNames(lang);
  return {
    report: uniqueSheetName(wanted.report, names),
    roster: uniqueSheetName(wanted.roster, names),
    departments: uniqueSheetName(wanted.departments, names),
  };
}
