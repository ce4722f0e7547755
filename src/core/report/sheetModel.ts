/**
 * A workbook the product writes, as pure data. The CLI renders it with exceljs and the task pane
 * through the Excel adapter (src/excel), so both produce the same sheets (report, roster copy, appraisal forms).
 */

/** Named looks; each writer maps them to fills and fonts (report/styles.ts holds the colours). */
export type CellStyle =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'label'
  | 'violation'
  | 'pending'
  | 'info'
  | 'ok'
  | 'over'
  | 'input'
  | 'suggested'
  | 'signature';

export type NumberFormat =
  'integer' | 'decimal1' | 'decimal2' | 'percent' | 'percent1' | 'text' | 'hidden';

/** In-workbook link only: the report never links outside the workbook. */
export interface SheetLink {
  readonly sheet: string;
  readonly row: number;
  readonly col?: number;
}

export interface ModelCell {
  /** A value; strings are ALWAYS written as text, never parsed as formulas (`=SUM` stays text). */
  readonly value?: string | number | boolean | null;
  /** A formula without the leading `=`, in English function names and A1 references. */
  readonly formula?: string;
  readonly style?: CellStyle;
  readonly numFmt?: NumberFormat;
  readonly link?: SheetLink;
  readonly wrap?: boolean;
  readonly align?: 'left' | 'center' | 'right';
}

/** A rectangular block written as an Excel table (ListObject) with filter buttons. */
export interface ModelTable {
  readonly name: string;
  /** 1-based row of the header row, 1-based first column. */
  readonly headerRow: number;
  readonly firstCol: number;
  readonly columnCount: number;
  /** Data rows below the header (may be 0). */
  readonly rowCount: number;
  readonly showTotals?: false;
}

export interface ModelValidation {
  /** A1 range on this sheet, e.g. `E6:E20`. */
  readonly range: string;
  readonly type: 'decimal' | 'whole' | 'list';
  readonly min?: number;
  readonly max?: number;
  readonly list?: readonly string[];
  readonly prompt?: string;
  readonly error?: string;
}

export interface ModelDataBar {
  readonly range: string;
  readonly color: string;
  /** Value of an empty bar; default the range's smallest value. */
  readonly min?: number;
  /** Value of a full bar (e.g. a limit, or 1 for shares); larger values draw full. Default the range's largest value. */
  readonly max?: number;
}

export interface ModelPrint {
  readonly orientation: 'portrait' | 'landscape';
  readonly paper: 'A4';
  readonly fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. `5:5`. */
  readonly titleRows?: string;
  /** In inches, as Excel's page setup dialog shows them (the Excel adapter converts to points); default report/writerDefaults.ts. */
  readonly margins?: { top: number; bottom: number; left: number; right: number };
  /** The range printed, e.g. `A1:P63` (default: the used range). */
  readonly area?: string;
}

export interface ModelSheet {
  readonly name: string;
  /** rows[0] is Excel row 1; a missing cell is empty. */
  readonly rows: readonly (readonly (ModelCell | undefined)[])[];
  readonly columnWidths?: readonly number[];
  /**
   * Heights in points for rows whose wrapped text needs more than one line: neither LibreOffice nor
   * WPS grows a row on open, so the writer sets what report/rowHeights.ts estimated.
   */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly merges?: readonly string[];
  readonly tables?: readonly ModelTable[];
  readonly validations?: readonly ModelValidation[];
  readonly dataBars?: readonly ModelDataBar[];
  readonly freeze?: { readonly rows: number; readonly cols?: number };
  readonly print?: ModelPrint;
  /** Whole-row fills (e.g. the roster copy's ineligible rows): 1-based row → style. */
  readonly rowStyles?: Readonly<Record<number, CellStyle>>;
}

export interface WorkbookModel {
  readonly sheets: readonly ModelSheet[];
}
