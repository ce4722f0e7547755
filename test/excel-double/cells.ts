import { RichApiError } from './errors';
import { bindFormula, unbindFormula } from './formulaLinks';
import { interpretEntry } from './input';
import { eachCell, type Rect } from './rect';
import {
  cellAt,
  ensureCell,
  generatedValue,
  pruneCell,
  type CellState,
  type SheetState,
} from './state';

type Matrix = (string | number | boolean)[][];

function read<V>(sheet: SheetState, r: Rect, f: (c: CellState | undefined) => V): V[][] {
  const out: V[][] = [];
  const generated = sheet.generated !== undefined;
  for (let row = r.r1; row <= r.r2; row++) {
    const line: V[] = [];
    const cells = sheet.cells.get(row);
    for (let col = r.c1; col <= r.c2; col++) {
      const stored = cells?.get(col);
      if (stored || !generated) line.push(f(stored));
      else {
        const value = generatedValue(sheet, row, col);
        line.push(f(value === null ? undefined : { value }));
      }
    }
    out.push(line);
  }
  return out;
}

/** `Range.values`: empty cells are "", errors their text, formulas their cached result. */
export function readValues(sheet: SheetState, r: Rect): Matrix {
  if (!sheet.generated) return read(sheet, r, (c) => c?.value ?? '');
  // A generated sheet is read a million rows at a time: no cell objects on the way.
  const out: Matrix = [];
  for (let row = r.r1; row <= r.r2; row++) {
    const line: Matrix[number] = [];
    const cells = sheet.cells.get(row);
    for (let col = r.c1; col <= r.c2; col++) {
      const stored = cells?.get(col);
      line.push(stored ? (stored.value ?? '') : (generatedValue(sheet, row, col) ?? ''));
    }
    out.push(line);
  }
  return out;
}

/** `Range.valueTypes`: what `values` cannot say, an error apart from the same text typed in. */
export function readValueTypes(sheet: SheetState, r: Rect): string[][] {
  return readValues(sheet, r).map((line, i) =>
    line.map((v, j) => {
      if (sheet.cells.get(r.r1 + i)?.get(r.c1 + j)?.error) return 'Error';
      if (v === '' || v === null) return 'Empty';
      if (typeof v === 'number') return 'Double';
      return typeof v === 'boolean' ? 'Boolean' : 'String';
    }),
  );
}

/** `Range.formulas`: the formula where there is one, else the value. */
export function readFormulas(sheet: SheetState, r: Rect): Matrix {
  return read(sheet, r, (c) => c?.formula ?? c?.value ?? '');
}

/** `Range.numberFormat`. */
export function readNumberFormats(sheet: SheetState, r: Rect): string[][] {
  return read(sheet, r, (c) => c?.numberFormat ?? 'General');
}

/** `Range.text`: a plain rendering (the double does not apply number formats). */
export function readText(sheet: SheetState, r: Rect): string[][] {
  return read(sheet, r, (c) =>
    c?.value === null || c?.value === undefined ? '' : String(c.value),
  );
}

/** Checks that `input` is a single entry or a matrix of exactly the range's size. */
function entryAt(input: unknown, r: Rect, row: number, col: number): unknown {
  if (!Array.isArray(input)) return input;
  return (input[row - r.r1] as unknown[] | undefined)?.[col - r.c1];
}

function checkShape(input: unknown, r: Rect): void {
  if (!Array.isArray(input)) return;
  const rows = r.r2 - r.r1 + 1;
  const cols = r.c2 - r.c1 + 1;
  const ok =
    input.length === rows && input.every((line) => Array.isArray(line) && line.length === cols);
  if (!ok)
    throw new RichApiError(
      'InvalidArgument',
      `The array does not match the range's dimensions (${rows}x${cols}).`,
    );
}

/** Writes `values` or `formulas`: Excel interprets each text entry; null leaves a cell unchanged. */
export function writeValues(sheet: SheetState, r: Rect, input: unknown): void {
  checkShape(input, r);
  eachCell(r, (row, col) => {
    const v = entryAt(input, r, row, col);
    if (v === null || v === undefined) return;
    const existing = cellAt(sheet, row, col);
    const parsed = interpretEntry(v, existing?.numberFormat);
    if (!parsed)
      throw new RichApiError('InvalidArgument', `Invalid cell value ${JSON.stringify(v)}.`);
    const c = ensureCell(sheet, row, col);
    c.value = parsed.value;
    if (parsed.error) c.error = true;
    else delete c.error;
    if (parsed.formula === undefined) {
      delete c.formula;
      unbindFormula(sheet, c);
    } else {
      c.formula = parsed.formula;
      bindFormula(sheet, c);
    }
    pruneCell(sheet, row, col);
  });
}

/** Writes `numberFormat`; "General" removes the format. */
export function writeNumberFormats(sheet: SheetState, r: Rect, input: unknown): void {
  checkShape(input, r);
  eachCell(r, (row, col) => {
    const v = entryAt(input, r, row, col);
    if (v === null || v === undefined) return;
    if (typeof v !== 'string')
      throw new RichApiError('InvalidArgument', `Invalid number format ${JSON.stringify(v)}.`);
    const c = ensureCell(sheet, row, col);
    if (v === 'General') delete c.numberFormat;
    else c.numberFormat = v;
    pruneCell(sheet, row, col);
  });
}
