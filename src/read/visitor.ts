import type { Row } from '../core/cells';
import type { Issue } from '../core/issue';

/** Where a sheet comes from; `file` is the input's base name, as the teacher knows it. */
export interface SheetInfo {
  readonly file: string;
  readonly sheet: string;
  readonly hidden: boolean;
  /** Set by readers of displayed text (HTML tables, tab-separated text, CSV): IDs may have lost digits. */
  readonly displayed?: boolean;
}

/** Receives one sheet's non-empty rows in order, then `end()`. Rows are not kept by the reader. */
export interface SheetRowSink {
  /** `rowNumber` is the 1-based Excel row; `cells[0]` is column A; trailing empty cells are dropped. */
  row(rowNumber: number, cells: Row): void;
  end(): void;
}

/** Called once per worksheet, in tab order; returning `null` skips the sheet without parsing it. */
export interface WorkbookVisitor {
  beginSheet(info: SheetInfo): SheetRowSink | null;
  /** Hears a problem the reader worked around (e.g. bad bytes in a CSV), to show the teacher. */
  notice?(issue: Issue): void;
}
