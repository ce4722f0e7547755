import type { CellState, SheetState, WorkbookState } from './state';

/**
 * Excel binds a formula's sheet references to sheet objects when the formula is written, not by
 * name when it is calculated: renaming a sheet rewrites every formula that points at it, deleting
 * it turns the reference into #REF!, and a name that matches no sheet at write time becomes a link
 * to an outside workbook (Excel's `[1]` link, shown as #REF! until a file of that name is found).
 * Adding a sheet of that name afterwards does not repair it. The double keeps the same model so
 * that an adapter writing cross-sheet formulas before the sheets carry their final names fails.
 */

/** One piece of a bound formula: literal text, or a reference to a sheet (by id) or outside. */
type Piece =
  { readonly text: string } | { readonly sheetId: string } | { readonly external: string };

interface Bound {
  readonly pieces: readonly Piece[];
}

const books = new WeakMap<SheetState, WorkbookState>();
const bound = new WeakMap<WorkbookState, Map<CellState, Bound>>();

/** Records which workbook a sheet belongs to, so writes on its cells can resolve sheet names. */
export function attachSheet(wb: WorkbookState, sheet: SheetState): void {
  books.set(sheet, wb);
}

/** Characters that end an unquoted sheet name in a formula. */
const STOP = /[\s'"!(),=+\-*/&<>:;^%{}]/;

/** Splits a formula into literal text and sheet references (`'a b'!`, `Sheet1!`); strings are skipped. */
function split(formula: string): { text: string; sheet?: string }[] {
  const out: { text: string; sheet?: string }[] = [];
  let text = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"'))
        j += formula[j] === '"' ? 2 : 1;
      text += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = '';
      while (j < formula.length && !(formula[j] === "'" && formula[j + 1] !== "'")) {
        name += formula[j];
        j += formula[j] === "'" ? 2 : 1;
      }
      if (formula[j + 1] === '!') {
        out.push({ text }, { text: '', sheet: name });
        text = '';
        i = j + 2;
        continue;
      }
      text += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!STOP.test(ch) && (i === 0 || STOP.test(formula[i - 1]!))) {
      let j = i;
      while (j < formula.length && !STOP.test(formula[j]!)) j++;
      if (formula[j] === '!' && !formula.slice(i, j).startsWith('[')) {
        out.push({ text }, { text: '', sheet: formula.slice(i, j) });
        text = '';
        i = j + 1;
        continue;
      }
      text += formula.slice(i, j);
      i = j;
      continue;
    }
    text += ch;
    i++;
  }
  out.push({ text });
  return out.filter((p) => p.sheet !== undefined || p.text !== '');
}

function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** The formula's text as Excel shows it now; `broken` when a reference points nowhere. */
function render(wb: WorkbookState, b: Bound): { formula: string; broken: boolean } {
  let broken = false;
  let formula = '';
  for (const p of b.pieces) {
    if ('text' in p) formula += p.text;
    else if ('external' in p) {
      broken = true;
      formula += quoted(`[1]${p.external}`);
    } else {
      const sheet = wb.sheets.find((s) => s.id === p.sheetId);
      if (sheet) formula += quoted(sheet.name);
      else {
        broken = true;
        // Excel replaces the whole reference, cell address included, with #REF!.
        formula += '#REF!';
      }
    }
  }
  formula = formula.replace(/#REF!\$?[A-Z]{0,3}\$?\d*(:\$?[A-Z]{0,3}\$?\d*)?/g, '#REF!');
  return { formula, broken };
}

function apply(wb: WorkbookState, c: CellState, b: Bound): void {
  const { formula, broken } = render(wb, b);
  c.formula = formula;
  if (broken) {
    c.value = '#REF!';
    c.error = true;
  }
}

/**
 * Binds the sheet references of a formula just written into `c` on `sheet`. Without references
 * (or on a sheet the double does not know the workbook of) the cell is left as written.
 */
export function bindFormula(sheet: SheetState, c: CellState): void {
  const wb = books.get(sheet);
  if (!wb) return;
  const cells = bound.get(wb) ?? new Map<CellState, Bound>();
  bound.set(wb, cells);
  cells.delete(c);
  if (c.formula === undefined) return;
  const parts = split(c.formula);
  if (!parts.some((p) => p.sheet !== undefined)) return;
  const pieces: Piece[] = parts.map((p) => {
    if (p.sheet === undefined) return { text: p.text };
    const target = wb.sheets.find((s) => s.name.toUpperCase() === p.sheet!.toUpperCase());
    return target ? { sheetId: target.id } : { external: p.sheet };
  });
  const b = { pieces };
  cells.set(c, b);
  apply(wb, c, b);
}

/** Forgets a cell's binding (its formula was replaced by a value). */
export function unbindFormula(sheet: SheetState, c: CellState): void {
  const wb = books.get(sheet);
  if (wb) bound.get(wb)?.delete(c);
}

/** After a sheet was renamed or deleted: every bound formula shows the sheet's new name or #REF!. */
export function relink(wb: WorkbookState): void {
  for (const [c, b] of bound.get(wb) ?? []) if (c.formula !== undefined) apply(wb, c, b);
}

/** Names of the outside workbooks the formulas link to (what Excel lists under Edit Links). */
export function externalLinks(wb: WorkbookState): string[] {
  const names = new Set<string>();
  for (const [c, b] of bound.get(wb) ?? [])
    if (c.formula !== undefined)
      for (const p of b.pieces) if ('external' in p) names.add(p.external);
  return [...names];
}
