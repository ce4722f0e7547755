import { columnLetter, type RowRef } from '../../cells';
import type { Evidence } from '../../findings';
import type { MessageKey } from '../../messages';
import type { Issue } from '../../issue';

/** What a row reader returns: a record, or none for a blank, note or repeated-header row. */
export interface RowResult<T> {
  readonly record?: T;
  /** Shared and frozen when empty: most rows have no issue, and a million rows share one array. */
  readonly issues: readonly Issue[];
}

/** The shared empty issue list. */
export const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** An issue about one cell: params carry sheet, row, column letter and the value as found. */
export function cellIssue(
  messageKey: MessageKey,
  ref: RowRef,
  col: number,
  value: string,
  extra: Evidence = {},
  severity: Issue['severity'] = 'warning',
): Issue {
  return {
    severity,
    messageKey,
    params: {
      ...(ref.file !== undefined ? { file: ref.file } : {}),
      sheet: ref.sheet,
      row: ref.row,
      col: columnLetter(col),
      value,
      ...extra,
    },
    ref: { ...ref, col },
  };
}

/** An issue about a whole row. */
export function rowIssue(messageKey: MessageKey, ref: RowRef, extra: Evidence = {}): Issue {
  return {
    severity: 'warning',
    messageKey,
    params: {
      ...(ref.file !== undefined ? { file: ref.file } : {}),
      sheet: ref.sheet,
      row: ref.row,
      ...extra,
    },
    ref,
  };
}

/** Appends to a lazily created list, so issue-free rows allocate nothing. */
export function addIssue(list: Issue[] | undefined, issue: Issue): Issue[] {
  if (!list) return [issue];
  list.push(issue);
  return list;
}

/** `addIssue` of a `cellIssue`: the readers' one-line way to note a problem with a cell. */
export function noteCell(
  list: Issue[] | undefined,
  messageKey: MessageKey,
  ref: RowRef,
  col: number,
  value: string,
): Issue[] {
  return addIssue(list, cellIssue(messageKey, ref, col, value));
}
