import type ExcelJS from 'exceljs';
import type { CellValue, Row } from '../../core/cells';
import type { SheetGrid } from '../../core/tables';
import { fromExcelJsValue } from '../../cli/io/cellValue';

/** The part of the exceljs module the reader needs (the browser build in the pane, Node in tests). */
export interface ExcelJsModule {
  readonly Workbook: new () => ExcelJS.Workbook;
}

function sheetRows(worksheet: ExcelJS.Worksheet): Row[] {
  const rows: Row[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // The covered cells of a merge repeat the top-left value in exceljs; Excel shows it once.
      if (cell.isMerged && cell.master !== cell) return;
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = fromExcelJsValue(cell.value);
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows.push(cells);
  });
  return rows;
}

/** Every worksheet of an .xlsx file, values converted as the command line converts them. */
export async function parseXlsx(
  excelJs: ExcelJsModule,
  fileName: string,
  bytes: ArrayBuffer,
): Promise<SheetGrid[]> {
  const workbook = new excelJs.Workbook();
  await workbook.xlsx.load(bytes);
  return workbook.worksheets.map((worksheet) => ({
    file: fileName,
    sheet: worksheet.name,
    rows: sheetRows(worksheet),
    firstRow: 1,
    hidden: worksheet.state !== 'visible',
  }));
}
