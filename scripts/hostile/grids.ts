import type { CellValue, Row } from '../../src/core/cells';
import type { SheetGrid } from '../../src/core/tables';
import type { SpecCell, SpecSheet } from './spec';

/**
 * A cell as Excel hands it to the add-in: formulas as their cached result, rich text as plain
 * text, dates as serial numbers, errors as CellError.
 */
export function coreCell(value: SpecCell): CellValue {
  if (value === null || typeof value !== 'object') return value;
  if ('error' in value) return { error: value.error };
  if ('formula' in value) return coreCell(value.result);
  if ('rich' in value) return value.rich.join('');
  if ('serial' in value) return value.serial;
  return value.text;
}

/** A cell's text as a CSV or another sheet would show it. */
export function cellString(value: SpecCell): string {
  const v = coreCell(value);
  if (v === null) return '';
  if (typeof v === 'object') return v instanceof Date ? v.toISOString() : v.error;
  return String(v);
}

function rowsOf(spec: SpecSheet): Row[] {
  const rows: Row[] = spec.rows.map((r) => r.map(coreCell));
  // Merged cells other than the top-left one are empty, as Excel reports them.
  for (const range of spec.merges ?? []) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m) continue;
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const [c1, r1, c2, r2] = [col(m[1]!), Number(m[2]), col(m[3]!), Number(m[4])];
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) {
        const row = rows[r - 1];
        if ((r !== r1 || c !== c1) && row && c - 1 < row.length)
          rows[r - 1] = row.map((v, i) => (i === c - 1 ? null : v));
      }
  }
  return rows;
}

/** The workbook's sheets as the core's in-memory input (what the pane hands it after reading). */
export function specGrids(sheets: readonly SpecSheet[], file?: string): SheetGrid[] {
  return sheets.map((s) => ({
    ...(file !== undefined ? { file } : {}),
    sheet: s.name,
    rows: rowsOf(s),
    ...(s.state ? { hidden: true } : {}),
    ...(s.formattedRow ? { lastRow: s.formattedRow } : {}),
  }));
}
