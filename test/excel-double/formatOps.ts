import { MAX_COLS } from './limits';
import { eachCell, type Rect } from './rect';
import {
  cellAt,
  DEFAULT_COLUMN_WIDTH,
  ensureCell,
  pruneCell,
  type CellState,
  type FontState,
  type SheetState,
} from './state';

/** Sets (or with `undefined` clears) one direct-format attribute on every cell of the areas. */
export function setCellAttr<K extends 'fill' | 'hAlign' | 'vAlign' | 'wrap'>(
  sheet: SheetState,
  rects: readonly Rect[],
  key: K,
  value: CellState[K] | undefined,
): void {
  for (const r of rects)
    eachCell(r, (row, col) => {
      const c = ensureCell(sheet, row, col);
      if (value === undefined) delete c[key];
      else c[key] = value;
      pruneCell(sheet, row, col);
    });
}

/** Sets one font attribute on every cell of the areas. */
export function setFontAttr<K extends keyof FontState>(
  sheet: SheetState,
  rects: readonly Rect[],
  key: K,
  value: FontState[K],
): void {
  for (const r of rects)
    eachCell(r, (row, col) => {
      const c = ensureCell(sheet, row, col);
      c.font = { ...c.font, [key]: value };
    });
}

/** The attribute when every cell agrees, else null (Excel's answer for mixed ranges). */
export function uniform<V>(
  sheet: SheetState,
  rects: readonly Rect[],
  f: (c: CellState | undefined) => V,
): V | null {
  let first = true;
  let seen: V | null = null;
  for (const r of rects) {
    for (let row = r.r1; row <= r.r2; row++)
      for (let col = r.c1; col <= r.c2; col++) {
        const v = f(cellAt(sheet, row, col));
        if (first) {
          seen = v;
          first = false;
        } else if (v !== seen) return null;
      }
  }
  return seen;
}

const DEFAULT_ROW_HEIGHT = 15;

/** Column width in points of the areas' columns, or null when they differ. */
export function columnWidthOf(sheet: SheetState, rects: readonly Rect[]): number | null {
  const widths = new Set<number>();
  for (const r of rects)
    for (let col = r.c1; col <= Math.min(r.c2, MAX_COLS); col++)
      widths.add(sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH);
  return widths.size === 1 ? [...widths][0]! : null;
}

/** Sets the width of every column the areas touch. */
export function setColumnWidth(sheet: SheetState, rects: readonly Rect[], points: number): void {
  for (const r of rects)
    for (let col = r.c1; col <= r.c2; col++) sheet.columnWidths.set(col, points);
}

/** Row height in points of the areas' rows, or null when they differ (15 = Excel's default). */
export function rowHeightOf(sheet: SheetState, rects: readonly Rect[]): number | null {
  const heights = new Set<number>();
  for (const r of rects)
    for (let row = r.r1; row <= Math.min(r.r2, r.r1 + 10_000); row++)
      heights.add(sheet.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT);
  return heights.size === 1 ? [...heights][0]! : null;
}

/** Sets the height of every row the areas touch. */
export function setRowHeight(sheet: SheetState, rects: readonly Rect[], points: number): void {
  for (const r of rects) for (let row = r.r1; row <= r.r2; row++) sheet.rowHeights.set(row, points);
}
