import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../../src/core/tables';
import { HEAD_ROWS } from '../../../src/core/pipeline';
import { createInPageReader } from '../../../src/taskpane/importer/createReader';
import { readImport } from '../../../src/taskpane/importer/readImport';
import type { HeldImport, ImportFailure, PickedFile } from '../../../src/taskpane/importer/types';

/** Files as the pane holds them after 导入成绩文件: heads only, and the File. */
export async function holdImports(
  files: readonly PickedFile[],
): Promise<{ held: HeldImport[]; failures: ImportFailure[] }> {
  const results = await createInPageReader()(files, { keepRows: HEAD_ROWS });
  const held: HeldImport[] = [];
  const failures: ImportFailure[] = [];
  results.forEach((r, i) => {
    const picked = files[i];
    if (!r.ok) failures.push(r.failure);
    else if (picked) held.push({ picked, heads: r.file.sheets, headRows: HEAD_ROWS });
  });
  return { held, failures };
}

/** Every sheet of the held files, read whole (what a test compares the check with). */
export async function wholeSheets(held: readonly HeldImport[]): Promise<SheetGrid[]> {
  const sheets: SheetGrid[] = [];
  for (const h of held) {
    const read = await readImport(h.picked);
    if (!read.ok) throw new Error(`${h.picked.name}: ${read.failure.messageKey}`);
    sheets.push(...read.file.sheets);
  }
  return sheets;
}

/** A grid as the file a teacher would import: CSV text for `.csv`, else an .xlsx workbook. */
export async function gridFile(name: string, grid: SheetGrid): Promise<PickedFile> {
  if (name.endsWith('.csv')) {
    const text = grid.rows.map((row) =>
      row.map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')).join(','),
    );
    return { name, blob: new Blob([text.join('\r\n')]) };
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheet);
  grid.rows.forEach(
    (row, i) => (ws.getRow(i + 1).values = row.map((v) => v ?? null) as ExcelJS.CellValue[]),
  );
  return { name, blob: new Blob([new Uint8Array(await wb.xlsx.writeBuffer())]) };
}
