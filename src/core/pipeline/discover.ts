import { applyOverrides, describeMissing, discoverTables } from '../discovery';
import type { MappingOverride } from '../discovery/types';
import { t, type Lang } from '../messages';
import type { SheetHead, TableMapping } from '../tables';
import { wideNotes } from './wideNotes';
import type { Issue } from '../issue';

export interface Discovery {
  /** Tables the check will read (those missing a required column are left out, with an issue). */
  readonly mappings: TableMapping[];
  /** Everything discovery found, usable or not, for the pane's column mapping. */
  readonly found: TableMapping[];
  readonly issues: Issue[];
}

/** The tables of one sheet, with the teacher's overrides applied; streaming readers call it per sheet. */
export function discoverSheet(
  head: SheetHead,
  overrides: readonly MappingOverride[] = [],
): TableMapping[] {
  return applyOverrides(discoverTables(head), overrides);
}

/**
 * Judges what was found across every sheet of every file: a workbook without a usable roster is an
 * input error; a grade or other table missing a required column is left out with a warning, so the
 * rest of the check still runs.
 */
export function reviewDiscovery(
  found: readonly TableMapping[],
  sheets: readonly SheetSeen[],
): Discovery {
  const issues: Issue[] = [];
  const mappings: TableMapping[] = [];
  for (const mapping of found) {
    if (mapping.missing.length === 0) {
      mappings.push(mapping);
      issues.push(...wideNotes(mapping));
      continue;
    }
    const severity = mapping.kind === 'roster' ? 'error' : 'warning';
    for (const issue of describeMissing(mapping)) issues.push({ ...issue, severity });
  }
  if (!found.some((m) => m.kind === 'roster')) issues.push(noRosterIssue(found, sheets));
  return { mappings, found: [...found], issues };
}

/** A sheet the reader went through, and whether it held any data at all. */
export interface SheetSeen {
  readonly file?: string;
  readonly sheet: string;
  readonly empty: boolean;
}

function sheetList(sheets: readonly SheetSeen[]): string {
  return sheets.map((s) => (s.file ? `${s.file}「${s.sheet}」` : `「${s.sheet}」`)).join('、');
}

/** No roster: say which sheets were read and what they held, so the teacher sees what was missed. */
function noRosterIssue(found: readonly TableMapping[], sheets: readonly SheetSeen[]): Issue {
  if (sheets.length === 0)
    return { severity: 'error', messageKey: 'input.noSheets', params: { sheets: '' } };
  if (sheets.every((s) => s.empty))
    return { severity: 'error', messageKey: 'input.noData', params: { sheets: sheetList(sheets) } };
  const kinds = (lang: Lang) =>
    found.map((m) => `「${m.sheet}」${t(`input.kind.${m.kind}`, lang)}`).join('、');
  return {
    severity: 'error',
    messageKey: 'input.noRoster',
    params: {
      sheets: sheetList(sheets),
      foundZh: found.length ? `识别出的表格：${kinds('zh')}。` : '',
      foundEn: found.length ? `Tables recognised: ${kinds('en')}. ` : '',
    },
  };
}

/** Discovery over sheet heads already in memory. */
export function discoverWorkbook(
  heads: readonly SheetHead[],
  overrides: readonly MappingOverride[] = [],
): Discovery {
  const found = heads.flatMap((head) => discoverSheet(head, overrides));
  return reviewDiscovery(
    found,
    heads.map((h) => ({
      ...(h.file !== undefined ? { file: h.file } : {}),
      sheet: h.sheet,
      empty: h.rows.every((r) => r.every((c) => c === null || c === undefined || c === '')),
    })),
  );
}
