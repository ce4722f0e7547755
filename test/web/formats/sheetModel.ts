import ExcelJS from 'exceljs';

/** A value as a school system's export holds it. */
export type Value = string | number | boolean | Date;

/** One cell of a sheet: its value, and how many columns it spans when it heads a merged area. */
export interface Cell {
  readonly value: Value;
  readonly span: number;
  /** Excel's number format, e.g. `@` (text) or `yyyy-mm-dd`. */
  readonly numFmt: string;
}

/** A sheet as the formats below write it: rows from row 1, `null` where a cell is empty or merged away. */
export interface Sheet {
  readonly name: string;
  readonly rows: readonly (readonly (Cell | null)[])[];
}

function valueOf(cell: ExcelJS.Cell): Value | null {
  const v = cell.value;
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date)
    return v;
  // The sample is plain values; a formula or rich text would need its own rendering here.
  throw new Error(
    `the sample holds a ${JSON.stringify(v)} at ${cell.address}: not written by the corpus`,
  );
}

/** The cell `cell` spans across, from the sheet's merges (only row-wise titles occur in the sample). */
function spans(ws: ExcelJS.Worksheet): Map<string, number> {
  const out = new Map<string, number>();
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  for (const range of merges) {
    const [from, to] = range.split(':');
    if (!from || !to) continue;
    const a = ws.getCell(from);
    const b = ws.getCell(to);
    if (Number(a.row) !== Number(b.row))
      throw new Error(`merge ${range} spans rows: not in the sample`);
    out.set(a.address, Number(b.col) - Number(a.col) + 1);
  }
  return out;
}

/** Every sheet of the workbook at `path`, in tab order, with what the writers need. */
export async function loadSheets(path: string): Promise<Sheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => {
    const merged = spans(ws);
    const rows: (Cell | null)[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const cells: (Cell | null)[] = [];
      ws.getRow(r).eachCell({ includeEmpty: true }, (cell, col) => {
        const isSlave = cell.isMerged && cell.master.address !== cell.address;
        const value = isSlave ? null : valueOf(cell);
        cells[col - 1] =
          value === null
            ? null
            : { value, span: merged.get(cell.address) ?? 1, numFmt: cell.numFmt ?? '' };
      });
      while (cells.length > 0 && cells[cells.length - 1] == null) cells.pop();
      rows.push(Array.from(cells, (c) => c ?? null));
    }
    return { name: ws.name, rows };
  });
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** What Excel shows for a value (and so what an HTML or text export writes). */
export function shown(cell: Cell): string {
  const { value } = cell;
  if (value instanceof Date) {
    // exceljs hands dates over as UTC midnight; the sample's formats are all yyyy-mm-dd.
    if (cell.numFmt !== 'yyyy-mm-dd') throw new Error(`date format ${cell.numFmt} not rendered`);
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** The sheets with every string cell passed through `change` (e.g. every 学号 made longer). */
export function mapStrings(sheets: readonly Sheet[], change: (s: string) => string): Sheet[] {
  return sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.rows.map((row) =>
      row.map((cell) =>
        cell && typeof cell.value === 'string' ? { ...cell, value: change(cell.value) } : cell,
      ),
    ),
  }));
}

/** The sheets as an .xlsx, as Excel saves them (merged titles merged, formats kept). */
export async function xlsxExport(sheets: readonly Sheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value = cell.value;
        if (cell.numFmt !== '') target.numFmt = cell.numFmt;
        if (cell.span > 1) ws.mergeCells(r + 1, c + 1, r + 1, c + cell.span);
      }),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
