import { NUMBER_FORMAT_CODES as NUM_FMT } from '../../core/report/numberFormats';
import type { ModelCell, ModelSheet } from '../../core/report/sheetModel';
import { areaAddress } from '../address';
import { bytesOf, type Step } from './step';

/** Rows per write when a sheet is large: keeps each request small enough to split between syncs. */
const CHUNK_BYTES = 256 * 1024;

type Entry = string | number | boolean;

/**
 * A cell's entry for `Range.values` and its number format. Text is written into `@` cells so Excel
 * keeps it exactly ("0012", "=SUM(A1)" and "1/2" stay text); a formula goes in as `=…`.
 */
export function cellEntry(cell: ModelCell | undefined): { value: Entry; format: string } {
  const numFmt = cell?.numFmt ? NUM_FMT[cell.numFmt] : 'General';
  if (!cell) return { value: '', format: 'General' };
  if (cell.formula !== undefined)
    return {
      value: `=${cell.formula.replace(/^=/, '')}`,
      format: numFmt === '@' ? 'General' : numFmt,
    };
  const value = cell.value ?? (cell.link ? cell.link.sheet : null);
  if (value === null) return { value: '', format: numFmt };
  if (typeof value === 'string') return { value, format: '@' };
  return { value, format: numFmt };
}

/**
 * Whether a cell's formula names a sheet (`'评分-1'!B3`). Excel binds such a reference to the sheet
 * that carries the name when the formula is written, so these formulas are written only once every
 * sheet has its final name (see `linkedFormulaSteps`). A `!` inside a text constant only defers the
 * cell, which is harmless.
 */
export function namesSheet(cell: ModelCell | undefined): boolean {
  return cell?.formula?.includes('!') === true;
}

/** The sheet's width: its longest row. */
export function modelWidth(sheet: ModelSheet): number {
  return sheet.rows.reduce((w, row) => Math.max(w, row.length), 0);
}

/**
 * Values and number formats, written in row chunks (number formats first, so text stays text);
 * each chunk is built when it is taken.
 */
export function* cellSteps(sheet: ModelSheet): Generator<Step, void, undefined> {
  // Formulas that name a sheet are left empty here and written by linkedFormulaSteps.
  const entry = (cell: ModelCell | undefined) =>
    namesSheet(cell) ? { ...cellEntry(cell), value: '' } : cellEntry(cell);
  const width = modelWidth(sheet);
  if (width === 0) return;
  let start = 0;
  while (start < sheet.rows.length) {
    const values: Entry[][] = [];
    const formats: string[][] = [];
    let bytes = 0;
    let end = start;
    while (end < sheet.rows.length && (bytes < CHUNK_BYTES || end === start)) {
      const row = sheet.rows[end] ?? [];
      const line = Array.from({ length: width }, (_, c) => entry(row[c]));
      values.push(line.map((e) => e.value));
      formats.push(line.map((e) => e.format));
      bytes += bytesOf(line) - 120;
      end++;
    }
    const address = areaAddress(start + 1, 1, end, width);
    yield {
      bytes: bytes + 240,
      apply: ({ ws }) => {
        const range = ws.getRange(address);
        range.numberFormat = formats;
        range.values = values;
      },
    };
    start = end;
  }
}

/**
 * The formulas that name a sheet, as `Range.formulas` writes of the rows that hold them (null
 * leaves a cell as it is), in row chunks; to be queued after the sheets were renamed.
 */
export function* linkedFormulaSteps(sheet: ModelSheet): Generator<Step, void, undefined> {
  const width = modelWidth(sheet);
  const linked = (r: number) => (sheet.rows[r] ?? []).some(namesSheet);
  let start = 0;
  while (start < sheet.rows.length) {
    if (!linked(start)) {
      start++;
      continue;
    }
    const formulas: (string | null)[][] = [];
    let bytes = 0;
    let end = start;
    while (end < sheet.rows.length && linked(end) && (bytes < CHUNK_BYTES || end === start)) {
      const row = sheet.rows[end] ?? [];
      const line = Array.from({ length: width }, (_, c) =>
        namesSheet(row[c]) ? (cellEntry(row[c]).value as string) : null,
      );
      formulas.push(line);
      bytes += bytesOf(line) - 120;
      end++;
    }
    const address = areaAddress(start + 1, 1, end, width);
    yield {
      bytes: bytes + 240,
      apply: ({ ws }) => {
        ws.getRange(address).formulas = formulas;
      },
    };
    start = end;
  }
}
