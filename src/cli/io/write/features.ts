import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../core/cells';
import type { ModelPrint, ModelSheet, ModelValidation } from '../../../core/report/sheetModel';
import {
  A4_PAPER_CODE,
  DEFAULT_MARGINS,
  HEADER_FOOTER_MARGIN,
} from '../../../core/report/writerDefaults';
import { decodeRange } from './range';

function numberRule(v: ModelValidation): Pick<ExcelJS.DataValidation, 'operator' | 'formulae'> {
  if (v.min !== undefined && v.max !== undefined)
    return { operator: 'between', formulae: [v.min, v.max] };
  if (v.min !== undefined) return { operator: 'greaterThanOrEqual', formulae: [v.min] };
  if (v.max !== undefined) return { operator: 'lessThanOrEqual', formulae: [v.max] };
  throw new Error(`Validation on ${v.range} needs a min or a max`);
}

function listRule(v: ModelValidation): Pick<ExcelJS.DataValidation, 'formulae'> {
  const items = v.list ?? [];
  // Excel keeps an inline list as one quoted, comma-separated formula of at most 255 characters.
  const formula = `"${items.map((item) => item.replace(/"/g, '""')).join(',')}"`;
  if (items.length === 0 || items.some((item) => item.includes(',')) || formula.length > 257) {
    throw new Error(`List validation on ${v.range} must have 1+ items, no commas, ≤255 characters`);
  }
  return { formulae: [formula] };
}

// exceljs has range validations (`worksheet.dataValidations`) but leaves them out of its typings.
interface RangeValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** Data validations: number ranges (decimal/whole) and drop-down lists, with prompt and error. */
export function addValidations(ws: ExcelJS.Worksheet, sheet: ModelSheet): void {
  const { dataValidations } = ws as unknown as RangeValidations;
  for (const v of sheet.validations ?? []) {
    dataValidations.add(v.range, {
      type: v.type,
      allowBlank: true,
      ...(v.type === 'list' ? listRule(v) : numberRule(v)),
      ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
      ...(v.error ? { showErrorMessage: true, errorStyle: 'stop', error: v.error } : {}),
    });
  }
}

/** Column widths, row heights, merges and frozen panes. */
export function addLayout(ws: ExcelJS.Worksheet, sheet: ModelSheet): void {
  sheet.columnWidths?.forEach((width, i) => {
    if (width > 0) ws.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {}))
    ws.getRow(Number(row)).height = height;
  for (const range of sheet.merges ?? []) {
    const { top, left, bottom, right } = decodeRange(range);
    const master = ws.getCell(top, left);
    ws.mergeCellsWithoutStyle(top, left, bottom, right);
    // Cells of the merge without a look of their own take the top-left cell's (its fill, borders).
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const cell = ws.getCell(r, c);
        if (cell !== master && Object.keys(cell.style).length === 0) cell.style = master.style;
      }
    }
  }
  if (sheet.freeze) {
    const { rows, cols = 0 } = sheet.freeze;
    ws.views = [
      {
        state: 'frozen',
        xSplit: cols,
        ySplit: rows,
        topLeftCell: `${columnLetter(cols + 1)}${rows + 1}`,
      },
    ];
  }
}

/** A4 print setup: orientation, fit to one page wide, margins (inches) and repeated title rows. */
export function addPrint(ws: ExcelJS.Worksheet, print: ModelPrint | undefined): void {
  if (!print) return;
  const margins = print.margins ?? DEFAULT_MARGINS;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4_PAPER_CODE,
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    ...(print.fitToWidth ? { fitToWidth: 1, fitToHeight: 0 } : {}),
    margins: { ...margins, header: HEADER_FOOTER_MARGIN, footer: HEADER_FOOTER_MARGIN },
    ...(print.titleRows ? { printTitlesRow: print.titleRows.replace(/\$/g, '') } : {}),
    ...(print.area ? { printArea: print.area } : {}),
  };
}
