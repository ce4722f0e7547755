/**
 * Saves the WPS double's workbook as .xlsx with exceljs (values, formulas without cached results,
 * number formats, merges, frozen panes, custom document properties), so LibreOffice can open what
 * the WPS adapter wrote and compute it.
 * Node-only; for tests that prove the written formulas, not a model of WPS's own saving.
 */
import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import { DoubleMisuse } from './errors';
import { a1Of, letters, type SheetState } from './state';
import type { WpsDouble } from './workbook';
import { withCustomProperties } from './customXml';

function fillSheet(ws: ExcelJS.Worksheet, s: SheetState): void {
  for (const [k, cell] of s.cells) {
    const [r, c] = k.split(',').map(Number) as [number, number];
    const target = ws.getCell(r, c);
    if (cell.formula !== undefined) target.value = { formula: cell.formula.replace(/^=/, '') };
    else if (cell.value !== undefined) target.value = cell.value;
    if (cell.numberFormat !== undefined) target.numFmt = cell.numberFormat;
  }
  for (const m of s.merges) ws.mergeCells(a1Of(m));
  const p = s.panes;
  if (p.frozen) {
    if (p.scrollRow !== 1 || p.scrollColumn !== 1)
      throw new DoubleMisuse(`${s.name}: panes frozen while scrolled are not modelled`);
    ws.views = [
      {
        state: 'frozen',
        xSplit: p.splitColumn,
        ySplit: p.splitRow,
        topLeftCell: `${letters(p.splitColumn + 1)}${p.splitRow + 1}`,
      },
    ];
  }
}

/** Writes every sheet (except those `skip` names) to `path`. */
export async function saveWpsDouble(
  double: WpsDouble,
  path: string,
  skip: readonly string[] = [],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of double.sheets) if (!skip.includes(s.name)) fillSheet(wb.addWorksheet(s.name), s);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  await writeFile(path, await withCustomProperties(bytes, double.properties));
}
