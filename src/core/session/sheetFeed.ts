import type { Row } from '../cells';
import type { TableMapping } from '../tables';

/** Rows of a sheet handed to discovery; title rows and notes rarely exceed a dozen. */
export const HEAD_ROWS = 60;

/** A sheet as a host sees it before reading its rows. */
export interface SheetInfo {
  readonly file?: string;
  readonly sheet: string;
  readonly hidden?: boolean;
  /** Cells hold the text a program displayed (HTML, tab-separated, CSV exports): see TableMapping. */
  readonly displayed?: boolean;
}

/**
 * Where one sheet's rows go. The first rows are held until the sheet's tables are found (after
 * HEAD_ROWS rows, at `end`, or when the host asks for `tables`), then every row passes straight
 * through to the collector and is not kept.
 */
export interface SheetFeed {
  /** One row; row numbers rise within a sheet and may skip empty rows. */
  row(rowNumber: number, cells: Row): void;
  /** Consecutive rows: `rows[i]` is row `firstRow + i`. */
  rows(firstRow: number, rows: readonly Row[]): void;
  /** The sheet's tables, found now from the rows given so far if not yet found. */
  tables(): readonly TableMapping[];
  /** No more rows for this sheet. */
  end(): void;
}

/** What a feed needs from its session. */
export interface FeedTarget {
  discover(info: SheetInfo, rows: readonly Row[], firstRow: number): readonly TableMapping[];
  push(info: SheetInfo, rowNumber: number, cells: Row): void;
  /** Told of every row until it answers false: whether it still needs to hear of rows. */
  seeing(cells: Row): boolean;
}

/**
 * The hold-back of one sheet. The held rows are laid out densely from the first row held, so a row
 * number far beyond the head (a stray value at row 1,048,576) never sizes an array: the head is
 * discovered first and that row passes through like any other.
 */
export function sheetFeed(info: SheetInfo, target: FeedTarget): SheetFeed {
  const held: { row: number; cells: Row }[] = [];
  let looking = true;
  let found: readonly TableMapping[] | undefined;

  const discover = (): readonly TableMapping[] => {
    if (found) return found;
    const first = held[0]?.row ?? 1;
    const last = held[held.length - 1]?.row ?? first - 1;
    const rows: Row[] = Array.from({ length: last - first + 1 }, () => []);
    for (const h of held) rows[h.row - first] = h.cells;
    found = target.discover(info, rows, first);
    for (const h of held) target.push(info, h.row, h.cells);
    held.length = 0;
    return found;
  };

  const row = (rowNumber: number, cells: Row): void => {
    if (looking) looking = target.seeing(cells);
    if (found) {
      target.push(info, rowNumber, cells);
      return;
    }
    const first = held[0]?.row ?? rowNumber;
    if (rowNumber - first >= HEAD_ROWS) {
      discover();
      target.push(info, rowNumber, cells);
      return;
    }
    held.push({ row: rowNumber, cells });
    if (rowNumber - first + 1 >= HEAD_ROWS) discover();
  };

  return {
    row,
    rows: (firstRow, rows) => rows.forEach((cells, i) => row(firstRow + i, cells)),
    tables: discover,
    end: () => void discover(),
  };
}
