import type { Lang } from '../core/messages';
import { defaultSheetNames, type ReportSheetNames } from '../core/report/names';
import type { SheetInfo } from './inventory';

/** WPS, like Excel, allows at most 31 characters and none of : \ / ? * [ ] in a sheet name. */
function legal(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31);
  return cleaned === '' ? 'Sheet' : cleaned;
}

/** `wanted`, else `wanted (2)`, `wanted (3)`, …; names compare without case. Adds the choice to `taken`. */
export function freeName(wanted: string, taken: Set<string>): string {
  const base = legal(wanted);
  let name = base;
  for (let n = 2; taken.has(name.toUpperCase()); n++) {
    const tail = ` (${n})`;
    name = `${base.slice(0, 31 - tail.length).trimEnd()}${tail}`;
  }
  taken.add(name.toUpperCase());
  return name;
}

/** Whether a sheet is one of the check's report sheets (replaced by every check). */
export function isReport(info: SheetInfo): boolean {
  return info.owner?.key.startsWith('report:') === true;
}

/** The report's sheet names, kept clear of the teacher's own sheets. */
export function reportNames(sheets: readonly SheetInfo[], lang: Lang): ReportSheetNames {
  const taken = new Set(sheets.filter((s) => !isReport(s)).map((s) => s.name.toUpperCase()));
  const d = defaultSheetNames(lang);
  return {
    report: freeName(d.report, taken),
    roster: freeName(d.roster, taken),
    departments: freeName(d.departments, taken),
  };
}

/** `YYYY-MM-DD HH:mm`, local time, for the report's subtitle. */
export function stamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
