import type { ModelCell } from './sheetModel';

/** Points per line of 11-point text, with the cell's padding. */
const LINE = 15;

/** Display width in Excel's column units: CJK and full-width characters take two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return width;
}

function linesOf(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text
    .split('\n')
    .reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / usable)), 0);
}

/**
 * Row heights for rows whose wrapped cells need more than one line, keyed by 1-based row; widths may
 * differ per row where merged cells span several columns.
 */
export function fitRowHeights(
  rows: readonly (readonly (ModelCell | undefined)[])[],
  columnWidths: readonly number[] | ((row: number) => readonly number[]),
): Record<number, number> {
  const heights: Record<number, number> = {};
  rows.forEach((row, r) => {
    const widths = typeof columnWidths === 'function' ? columnWidths(r + 1) : columnWidths;
    let lines = 1;
    row.forEach((cell, c) => {
      if (!cell?.wrap || typeof cell.value !== 'string') return;
      lines = Math.max(lines, linesOf(cell.value, widths[c] ?? 8.43));
    });
    if (lines > 1) heights[r + 1] = lines * LINE;
  });
  return heights;
}
