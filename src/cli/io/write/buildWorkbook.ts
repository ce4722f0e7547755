import ExcelJS from 'exceljs';
import type { ModelDataBar, ModelSheet, WorkbookModel } from '../../../core/report/sheetModel';
import { applyExcelJsFixes } from './exceljsFixes';
import { addLayout, addPrint, addValidations } from './features';
import { assertSheetNames } from './names';
import { writeSheetCells } from './sheetCells';
import { addTables } from './tables';

// The model → exceljs half of the writer, apart from the file output so the browser page (src/web)
// renders reports with the very same code; nothing here needs Node.

function barEnd(value: number | undefined, end: 'min' | 'max'): ExcelJS.Cvfo {
  return value === undefined ? { type: end } : { type: 'num', value };
}

/** Data bars as conditional formatting, from the model's bounds or the range's own min and max. */
function addDataBars(ws: ExcelJS.Worksheet, bars: readonly ModelDataBar[]): void {
  bars.forEach((bar, i) => {
    ws.addConditionalFormatting({
      ref: bar.range,
      rules: [
        {
          type: 'dataBar',
          priority: i + 1,
          // A gradient bar needs no Excel 2010 extension block, which older readers mishandle.
          gradient: true,
          cfvo: [barEnd(bar.min, 'min'), barEnd(bar.max, 'max')],
          color: { argb: `FF${bar.color.replace('#', '').toUpperCase()}` },
        } as ExcelJS.DataBarRuleType,
      ],
    });
  });
}

function renderSheet(
  wb: ExcelJS.Workbook,
  sheet: ModelSheet,
  sheetNames: ReadonlySet<string>,
  tableNames: Set<string>,
): void {
  const ws = wb.addWorksheet(sheet.name);
  writeSheetCells(ws, sheet, sheetNames);
  addTables(ws, sheet, tableNames);
  addLayout(ws, sheet);
  addValidations(ws, sheet);
  addDataBars(ws, sheet.dataBars ?? []);
  addPrint(ws, sheet.print);
}

/** Builds the exceljs workbook for a model; invalid sheet or table names throw (programmer errors). */
export function buildWorkbook(model: WorkbookModel): ExcelJS.Workbook {
  assertSheetNames(model.sheets.map((s) => s.name));
  const wb = new ExcelJS.Workbook();
  // Formulas are written without cached results; this makes Excel compute them all on opening.
  wb.calcProperties.fullCalcOnLoad = true;
  const sheetNames = new Set(model.sheets.map((s) => s.name));
  const tableNames = new Set<string>();
  for (const sheet of model.sheets) renderSheet(wb, sheet, sheetNames, tableNames);
  applyExcelJsFixes(wb);
  return wb;
}
