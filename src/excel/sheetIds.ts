import type { SheetOwner } from '../core/marks';

/**
 * The product's sheets by Worksheet.id, kept in the workbook's settings beside the markers. A
 * teacher's copy of a product sheet (移动或复制) carries the same marker under a new id: the list
 * tells the original from the copy, so a copy of 检查报告 or of a form is never deleted or
 * overwritten. The list rides in the renaming sync, and the ids of the sheets just created
 * (loaded by that sync) in the write's next sync when it has one (linked formulas, old
 * highlights), else in one small sync of their own: a copy made right after the write is told
 * from its original. Until listed (only if that sync failed), a new sheet is named by its marker,
 * unique to its run.
 */
export const SHEET_IDS_KEY = 'UnionCompliance.sheetIds';

/** The stored list: ids of the product's sheets, and the runs (tokens) those sheets came from. */
export interface SheetIds {
  readonly ids: readonly string[];
  readonly tokens: readonly string[];
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The stored list; an absent or unreadable setting lists nothing. */
export function parseSheetIds(value: unknown): SheetIds {
  if (typeof value !== 'string') return { ids: [], tokens: [] };
  try {
    const parsed = JSON.parse(value) as { ids?: unknown; tokens?: unknown };
    return { ids: strings(parsed.ids), tokens: strings(parsed.tokens) };
  } catch {
    return { ids: [], tokens: [] };
  }
}

/** A marked sheet as the inventory found it. */
export interface MarkedSheet {
  readonly id: string;
  readonly owner: SheetOwner;
}

/** What the list must hold after a write: the product's sheets, and the runs copies came from. */
export interface KeptSheets {
  readonly own: readonly MarkedSheet[];
  /** Tokens of teachers' copies: listed, so a copy never passes for a new sheet of its run. */
  readonly copyTokens: readonly string[];
}

/** Whether the list has anything to say (an empty one is not written). */
export function listsAnything(kept: KeptSheets): boolean {
  return kept.own.length > 0 || kept.copyTokens.length > 0;
}

/** The setting's value. */
export function sheetIdsValue(kept: KeptSheets): string {
  return JSON.stringify({
    ids: kept.own.map((s) => s.id),
    tokens: [...new Set([...kept.own.map((s) => s.owner.token), ...kept.copyTokens])],
  });
}

/**
 * Whether a marked sheet is the product's own: listed by id; or of a run not yet listed whose
 * marker no other sheet carries. A sheet of a listed run that is not listed itself, or one of two
 * carrying the same marker before either was listed, is a copy: left alone.
 */
export function isOwnSheet(
  sheet: MarkedSheet,
  all: readonly MarkedSheet[],
  list: SheetIds,
): boolean {
  if (list.ids.includes(sheet.id)) return true;
  if (list.tokens.includes(sheet.owner.token)) return false;
  const same = all.filter(
    (s) => s.owner.key === sheet.owner.key && s.owner.token === sheet.owner.token,
  );
  return same.length === 1;
}
