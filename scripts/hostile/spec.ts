/**
 * A small description language for hostile workbooks: what a teacher's file holds, cell by cell,
 * with the features that trip readers up (merges, hidden rows and sheets, filters, formats, rich
 * text, formulas with cached results, error values). One spec drives both the .xlsx the generator
 * writes and the SheetGrids the core runner checks, so the hosts see the same input.
 */

/** One cell as a teacher's workbook holds it. */
export type SpecCell =
  | string
  | number
  | boolean
  | null
  | { readonly error: string }
  | { readonly formula: string; readonly result: string | number | boolean | { error: string } }
  | { readonly rich: readonly string[] }
  | { readonly serial: number; readonly numFmt: string }
  | { readonly text: string; readonly numFmt: '@' };

export interface SpecSheet {
  readonly name: string;
  /** rows[0] is Excel row 1. */
  readonly rows: readonly (readonly SpecCell[])[];
  readonly state?: 'hidden' | 'veryHidden';
  /** 1-based Excel rows hidden by hand or by a filter. */
  readonly hiddenRows?: readonly number[];
  /** A1 ranges, e.g. `A1:I1`. */
  readonly merges?: readonly string[];
  /** An AutoFilter range, e.g. `A3:I9`. */
  readonly autoFilter?: string;
  /** 1-based columns formatted as text (`@`) over the data rows. */
  readonly textColumns?: readonly number[];
  /** A formatted but empty cell far below the data: the used range reaches this row. */
  readonly formattedRow?: number;
}

/**
 * One generated input file: a workbook spec, a CSV of one sheet, raw bytes (legacy, not a zip), a
 * workbook cut off after `keep` bytes (a damaged download), or bytes built by the case.
 */
export type SpecFile =
  | { readonly name: string; readonly sheets: readonly SpecSheet[] }
  | { readonly name: string; readonly csv: SpecSheet; readonly encoding: 'gb18030' | 'utf8-bom' }
  | { readonly name: string; readonly bytes: Uint8Array }
  | { readonly name: string; readonly truncated: readonly SpecSheet[]; readonly keep: number }
  /**
   * Bytes a case builds itself (a zip with chosen members, a bomb, a huge file): a new class of
   * hostile input brings its own generator in its case file, without a new variant here.
   */
  | { readonly name: string; readonly build: () => Promise<Uint8Array> };

/** True when the file is a workbook spec (not raw bytes). */
export function isWorkbook(
  file: SpecFile,
): file is { readonly name: string; readonly sheets: readonly SpecSheet[] } {
  return 'sheets' in file;
}
