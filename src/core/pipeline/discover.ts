import { applyOverrides, describeMissing, discoverTables } from '../discovery';
import type { MappingOverride } from '../discovery/types';
import type { InputIssue } from '../findings';
import type { SheetHead, TableMapping } from '../tables';

export interface Discovery {
  /** Tables the check will read (those missing a required column are left out, with an issue). */
  readonly mappings: TableMapping[];
  /** Everything discovery found, usable or not, for the pane's column mapping. */
  readonly found: TableMapping[];
  readonly issues: InputIssue[];
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
  sheetNames: readonly string[],
): Discovery {
  const issues: InputIssue[] = [];
  const mappings: TableMapping[] = [];
  for (const mapping of found) {
    if (mapping.missing.length === 0) {
      mappings.push(mapping);
      continue;
    }
    const severity = mapping.kind === 'roster' ? 'error' : 'warning';
    for (const issue of describeMissing(mapping)) issues.push({ ...issue, severity });
  }
  if (!found.some((m) => m.kind === 'roster')) {
    issues.push({
      severity: 'error',
      messageKey: sheetNames.length === 0 ? 'input.noSheets' : 'input.noRoster',
      params: { sheets: sheetNames.join('、') },
    });
  }
  return { mappings, found: [...found], issues };
}

/** Discovery over sheet heads already in memory. */
export function discoverWorkbook(
  heads: readonly SheetHead[],
  overrides: readonly MappingOverride[] = [],
): Discovery {
  const found = heads.flatMap((head) => discoverSheet(head, overrides));
  return reviewDiscovery(
    found,
    heads.map((h) => h.sheet),
  );
}
