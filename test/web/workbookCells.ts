import ExcelJS from 'exceljs';

/** Every cell of a workbook as text: sheet, address, value (formulas as formulas), number format. */
export async function workbookCells(bytes: Uint8Array): Promise<Map<string, string[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheets = new Map<string, string[]>();
  for (const ws of wb.worksheets) {
    const cells: string[] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) =>
        cells.push(`${cell.address}\t${JSON.stringify(cell.value)}\t${cell.numFmt ?? ''}`),
      ),
    );
    cells.push(`merges\t${JSON.stringify(ws.model.merges ?? [])}`);
    sheets.set(ws.name, cells);
  }
  return sheets;
}
