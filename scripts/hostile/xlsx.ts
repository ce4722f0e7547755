import ExcelJS from 'exceljs';
import type { SpecCell, SpecSheet } from './spec';

/** A fixed clock so that two runs of the generator describe the same workbook. */
const STAMP = new Date(Date.UTC(2025, 8, 1));

function setCell(cell: ExcelJS.Cell, value: SpecCell): void {
  if (value === null) return;
  if (typeof value !== 'object') {
    cell.value = value;
    return;
  }
  if ('error' in value) cell.value = { error: value.error } as ExcelJS.CellErrorValue;
  else if ('formula' in value) {
    const result = value.result;
    cell.value = {
      formula: value.formula.replace(/^=/, ''),
      result: (typeof result === 'object' ? { error: result.error } : result) as NonNullable<
        ExcelJS.CellFormulaValue['result']
      >,
    };
  } else if ('rich' in value)
    cell.value = {
      richText: value.rich.map((text, i) => (i % 2 ? { text, font: { bold: true } } : { text })),
    };
  else if ('serial' in value) {
    cell.value = value.serial;
    cell.numFmt = value.numFmt;
  } else {
    cell.value = value.text;
    cell.numFmt = '@';
  }
}

function addSheet(wb: ExcelJS.Workbook, spec: SpecSheet): void {
  const ws = wb.addWorksheet(spec.name, spec.state ? { state: spec.state } : {});
  spec.rows.forEach((row, r) => {
    row.forEach((value, c) => setCell(ws.getCell(r + 1, c + 1), value));
  });
  // Only cells that hold text: touching every row would create a million cells on a long sheet.
  spec.rows.forEach((row, r) => {
    for (const col of spec.textColumns ?? [])
      if (typeof row[col - 1] === 'string') ws.getCell(r + 1, col).numFmt = '@';
  });
  for (const range of spec.merges ?? []) ws.mergeCells(range);
  for (const r of spec.hiddenRows ?? []) ws.getRow(r).hidden = true;
  if (spec.autoFilter) ws.autoFilter = spec.autoFilter;
  if (spec.formattedRow) {
    const cell = ws.getCell(spec.formattedRow, 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  }
}

/** The .xlsx bytes of a workbook spec, written with exceljs as Excel would save it. */
export async function xlsxBytes(sheets: readonly SpecSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'hostile corpus';
  wb.created = STAMP;
  wb.modified = STAMP;
  for (const sheet of sheets) addSheet(wb, sheet);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
