import type { CellRef, RowRef } from './cells';
import type { Evidence } from './findings';
import type { MessageKey } from './messages';

/**
 * A problem with what the teacher gave: an input file, a policy file, appraisal settings or a
 * filled form. `error` stops the work (CLI exit 2); `warning` is reported and the work goes on.
 * Every host renders it the same way: the catalogue message `messageKey` with `params`.
 */
export interface Issue {
  readonly severity: 'error' | 'warning';
  readonly messageKey: MessageKey;
  readonly params: Evidence;
  /** Where in a workbook: file, sheet, row and (for a cell) column. */
  readonly ref?: RowRef | CellRef;
  /** Where in a settings or policy file, e.g. `rules.staff-total.max` or `dimensions[2].max`. */
  readonly path?: string;
}

/** The outcome of anything that can fail on the teacher's input: a value, or the issues why not. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** A success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failure with its issues. */
export function failed<T = never>(issues: readonly Issue[]): Result<T> {
  return { ok: false, issues };
}
