import ExcelJS from 'exceljs';

/** A cell as a plain value: a formula's cached result, rich text as text, '' for an empty result. */
export function plain(cell: ExcelJS.Cell): string | number | boolean | { error: string } | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && 'formula' in v) {
    const r = (v as ExcelJS.CellFormulaValue).result;
    if (r === undefined || r === null) return '';
    if (typeof r === 'object' && 'error' in r) return { error: String(r.error) };
    return r instanceof Date ? r.toISOString() : r;
  }
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((p) => p.text).join('');
  if (typeof v === 'object' && 'error' in v) return { error: String(v.error) };
  if (v instanceof Date) return v.toISOString();
  return v as string | number | boolean;
}

/** Reads an .xlsx file. */
export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A cell's plain value as text (errors as their code). */
export function plainText(cell: ExcelJS.Cell): string {
  const v = plain(cell);
  if (v === null) return '';
  return typeof v === 'object' ? v.error : String(v);
}
