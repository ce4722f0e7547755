import ExcelJS from 'exceljs';
import type { CellValue } from '../../../../src/core/cells';
import { readXlsxRows } from '../../../../src/cli/io/readXlsx';

/** A workbook as both readers are compared: sheets in tab order, non-empty rows by row number. */
export interface WorkbookCells {
  readonly sheets: readonly SheetCells[];
}

/** One sheet's name, hidden state and rows (cells from column A, trailing empties dropped). */
export interface SheetCells {
  readonly name: string;
  readonly hidden: boolean;
  readonly rows: ReadonlyMap<number, readonly CellValue[]>;
}

/** Our streaming reader's view of the file. */
export async function ourCells(path: string): Promise<WorkbookCells> {
  const sheets: { name: string; hidden: boolean; rows: Map<number, CellValue[]> }[] = [];
  await readXlsxRows(path, {
    beginSheet(info) {
      const sheet = { name: info.sheet, hidden: info.hidden, rows: new Map<number, CellValue[]>() };
      sheets.push(sheet);
      return {
        // A hole in the row is an empty cell, as the visitor contract says.
        row: (row, cells) =>
          sheet.rows.set(
            row,
            Array.from(cells, (v) => v ?? null),
          ),
        end: () => undefined,
      };
    },
  });
  return { sheets };
}

type ExcelJsResult = ExcelJS.CellFormulaValue['result'];

function richText(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join('');
}

/**
 * The type mapping from exceljs' values to the core's `CellValue`, as the product promises it:
 * text as is ("" is an empty cell), numbers, booleans, Dates (exceljs and our reader both turn
 * date-formatted serial numbers into UTC Dates), rich text → its runs' text joined, hyperlink →
 * its text, formula → its cached result (none → empty), error → `{ error: '#N/A' }`; the other
 * cells of a merged range are empty, as in the file.
 */
export function fromExcelJs(value: ExcelJS.CellValue | ExcelJsResult): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if ('error' in value) return { error: value.error };
  if ('richText' in value) return fromExcelJs(richText(value));
  if ('hyperlink' in value) {
    const text = value.text as unknown;
    return typeof text === 'string'
      ? fromExcelJs(text)
      : fromExcelJs(richText(text as ExcelJS.CellRichTextValue));
  }
  if ('formula' in value || 'sharedFormula' in value) return fromExcelJs(value.result);
  throw new Error(`exceljs value of an unmapped shape: ${JSON.stringify(value)}`);
}

function trimmed(cells: CellValue[]): CellValue[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === null) end--;
  return cells.slice(0, end);
}

/** exceljs' non-streaming reader's view of the file, through `fromExcelJs`. */
export async function excelJsCells(path: string): Promise<WorkbookCells> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheets = wb.worksheets.map((ws): SheetCells => {
    const rows = new Map<number, CellValue[]>();
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // exceljs shows a merged range's value in every cell of it; the file holds it only in the first.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        while (cells.length < col - 1) cells.push(null);
        cells[col - 1] = fromExcelJs(cell.value);
      });
      const kept = trimmed(cells);
      if (kept.length > 0) rows.set(rowNumber, kept);
    });
    return { name: ws.name, hidden: ws.state !== 'visible', rows };
  });
  return { sheets };
}
