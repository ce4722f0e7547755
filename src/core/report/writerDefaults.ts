/**
 * What both writers (the command line's exceljs one, src/cli/io/write, and the Excel adapter's,
 * src/excel/render) put where the model says nothing, so a report looks the same from either.
 */

/** Hyperlink text colour (Excel's own), when the cell's style sets no font colour. */
export const LINK_COLOUR = '#0563C1';

/** The font of a styled cell; column widths in characters assume it (Calibri 11). */
export const DEFAULT_FONT = { name: 'Calibri', family: 2, size: 11 } as const;

/** Page margins in inches when the model's print setup gives none (Excel's "Normal"). */
export const DEFAULT_MARGINS = { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 } as const;

/** Header and footer margins in inches. */
export const HEADER_FOOTER_MARGIN = 0.3;

/** Excel's paper-size code for A4 (the only paper the model asks for). */
export const A4_PAPER_CODE = 9;

/** Excel column width in points for a width in characters of DEFAULT_FONT. */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
