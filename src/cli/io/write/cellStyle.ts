import type ExcelJS from 'exceljs';
import { NUMBER_FORMAT_CODES as NUM_FMT } from '../../../core/report/numberFormats';
import type { CellStyle, NumberFormat } from '../../../core/report/sheetModel';
import { STYLE_SPECS, type StyleSpec } from '../../../core/report/styles';
import { DEFAULT_FONT, LINK_COLOUR } from '../../../core/report/writerDefaults';

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

/** Everything that decides one cell's look. */
export interface CellLook {
  readonly style?: CellStyle | undefined;
  /** The row's whole-row fill (`rowStyles`); the cell's own style wins where both set a property. */
  readonly rowStyle?: CellStyle | undefined;
  readonly numFmt?: NumberFormat | undefined;
  readonly link?: boolean | undefined;
  readonly wrap?: boolean | undefined;
  readonly align?: 'left' | 'center' | 'right' | undefined;
  /** Inside an Excel table: thin borders on all sides. */
  readonly bordered?: boolean | undefined;
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function mergedSpec(look: CellLook): StyleSpec {
  const row = look.rowStyle ? STYLE_SPECS[look.rowStyle] : {};
  const own = look.style ? STYLE_SPECS[look.style] : {};
  return {
    fill: own.fill ?? row.fill,
    font: own.font ?? row.font,
    bold: own.bold ?? row.bold,
    size: own.size ?? row.size,
  };
}

/** The exceljs style for a cell, or undefined when it needs none. Builds fresh objects each call. */
export function excelStyle(look: CellLook): Partial<ExcelJS.Style> | undefined {
  const spec = mergedSpec(look);
  const style: Partial<ExcelJS.Style> = {};
  const fontColour = spec.font ?? (look.link ? LINK_COLOUR : undefined);
  if (spec.bold || spec.size || fontColour || look.link) {
    style.font = {
      name: DEFAULT_FONT.name,
      family: DEFAULT_FONT.family,
      size: spec.size ?? DEFAULT_FONT.size,
      ...(spec.bold ? { bold: true } : {}),
      ...(fontColour ? { color: { argb: argb(fontColour) } } : {}),
      ...(look.link ? { underline: true } : {}),
    };
  }
  if (spec.fill)
    style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(spec.fill) } };
  if (look.bordered) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  // Table rows grow for wrapped text; every cell of the row then sits in the middle, not at the bottom.
  if (look.wrap || look.align || look.bordered) {
    style.alignment = {
      vertical: 'middle',
      ...(look.align ? { horizontal: look.align } : {}),
      ...(look.wrap ? { wrapText: true } : {}),
    };
  }
  if (look.numFmt) style.numFmt = NUM_FMT[look.numFmt];
  return Object.keys(style).length > 0 ? style : undefined;
}
