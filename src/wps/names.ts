import type { Lang } from '../core/messages';
import { ownsReport } from '../core/marks';
import { reportNamesBeside, type ReportSheetNames } from '../core/report/names';
import type { SheetInfo } from './inventory';

/** Whether a sheet is one of the check's report sheets (replaced by every check). */
export function isReport(info: SheetInfo): boolean {
  return ownsReport(info.owner);
}

/** The report's sheet names, kept clear of the teacher's own sheets. */
export function reportNames(sheets: readonly SheetInfo[], lang: Lang): ReportSheetNames {
  return reportNamesBeside(
    sheets.filter((s) => !isReport(s)).map((s) => s.name),
    lang,
  );
}

/** `YYYY-MM-DD HH:mm`, local time, for the report's subtitle. */
export function stamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
