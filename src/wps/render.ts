import { columnLetter } from '../core/cells';
import type {
  CellStyle,
  ModelCell,
  ModelPrint,
  ModelSheet,
  ModelValidation,
  NumberFormat,
} from '../core/report/sheetModel';
import { STYLE_SPECS } from '../core/report/styles';
import { DEFAULT_MARGINS } from '../core/report/writerDefaults';
import { a1 } from './address';
import {
  XL_OPERATOR,
  XL_ORIENTATION,
  XL_PAPER_A4,
  XL_VALID_ALERT_STOP,
  XL_VALIDATE,
  type EtWorksheet,
} from './et';

/** `#RRGGBB` as the BGR number Interior.Color and Font.Color take (VBA's RGB()). */
export function bgr(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return ((n >> 16) & 0xff) + (n & 0xff00) + (n & 0xff) * 0x10000;
}

const FORMATS: Readonly<Record<NumberFormat, string>> = {
  integer: '0',
  decimal1: '0.0',
  decimal2: '0.00',
  percent: '0%',
  percent1: '0.0%',
  text: '@',
  hidden: ';;;',
};

const ALIGN = { left: -4131, center: -4108, right: -4152 } as const;

/**
 * A string WPS would read as something else when assigned (a formula, a number, a date): written
 * with the apostrophe prefix, which WPS keeps as "text" and does not show.
 */
export function textValue(s: string): string {
  return /^[=+\-@']/.test(s) || /^[\d\s.,:/%$¥()eE年月日]+$/.test(s) ? `'${s}` : s;
}

/** Runs of equal keys along a row: [from col, to col, key]. */
function runs<K>(row: readonly (ModelCell | undefined)[], key: (c: ModelCell) => K | undefined) {
  const out: [number, number, K][] = [];
  row.forEach((cell, i) => {
    const k = cell ? key(cell) : undefined;
    if (k === undefined) return;
    const last = out[out.length - 1];
    if (last && last[1] === i && last[2] === k) last[1] = i + 1;
    else out.push([i + 1, i + 1, k]);
  });
  return out;
}

/**
 * Whether a cell's formula names a sheet (`'评分-1'!J14`). WPS, like Excel, binds such a reference
 * to the sheet carrying the name when the formula is written (and asks for a file when none does),
 * so these are written by renderLinked once every sheet has its final name. A `!` inside a text
 * constant only defers the cell, which is harmless.
 */
export function namesSheet(cell: ModelCell | undefined): boolean {
  return cell?.formula?.includes('!') === true;
}

/** The formulas renderSheet left out (those that name a sheet), one by one; returns how many. */
export function renderLinked(ws: EtWorksheet, sheet: ModelSheet): number {
  let written = 0;
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.formula === undefined || !namesSheet(cell)) return;
      ws.Range(a1({ r1: r + 1, c1: c + 1, r2: r + 1, c2: c + 1 })).Formula = `=${cell.formula}`;
      written++;
    }),
  );
  return written;
}

/**
 * Writes one ModelSheet into an empty worksheet: values in one Value2 call, formulas one by one
 * (live, in English function names as WPS's Formula takes them) except those naming a sheet (see
 * namesSheet), then looks in runs of equal style.
 * Validations and print setup follow; tables and data bars are not written (see docs). Frozen
 * panes are a window setting in WPS, set once every sheet is written (freezePanes in panes.ts).
 */
export function renderSheet(ws: EtWorksheet, sheet: ModelSheet): void {
  const height = sheet.rows.length;
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  if (height > 0 && width > 0) {
    const grid = sheet.rows.map((row) =>
      Array.from({ length: width }, (_, i) => {
        const v = row[i]?.value;
        if (row[i]?.formula !== undefined || v === undefined || v === null) return '';
        return typeof v === 'string' ? textValue(v) : v;
      }),
    );
    ws.Range(a1({ r1: 1, c1: 1, r2: height, c2: width })).Value2 = grid;
  }
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell?.formula !== undefined && !namesSheet(cell))
        ws.Range(a1({ r1: r + 1, c1: c + 1, r2: r + 1, c2: c + 1 })).Formula = `=${cell.formula}`;
    });
    const at = (c1: number, c2: number) => ws.Range(a1({ r1: r + 1, c1, r2: r + 1, c2 }));
    for (const [c1, c2, style] of runs<CellStyle>(row, (c) => c.style)) paint(at(c1, c2), style);
    for (const [c1, c2, f] of runs<NumberFormat>(row, (c) => c.numFmt))
      at(c1, c2).NumberFormat = FORMATS[f];
    for (const [c1, c2] of runs(row, (c) => (c.wrap ? true : undefined)))
      at(c1, c2).WrapText = true;
    for (const [c1, c2, al] of runs(row, (c) => c.align))
      at(c1, c2).HorizontalAlignment = ALIGN[al];
    row.forEach((cell, c) => {
      if (!cell?.link) return;
      const anchor = at(c + 1, c + 1);
      const target = `'${cell.link.sheet.replace(/'/g, "''")}'!${columnLetter(cell.link.col ?? 1)}${cell.link.row}`;
      anchor.Hyperlinks.Add(anchor, '', target);
    });
  });
  for (const [r, style] of Object.entries(sheet.rowStyles ?? {}))
    if (width > 0) paint(ws.Range(a1({ r1: Number(r), c1: 1, r2: Number(r), c2: width })), style);
  sheet.columnWidths?.forEach((w, i) => {
    if (w > 0) ws.Range(`${columnLetter(i + 1)}1`).ColumnWidth = w;
  });
  for (const [r, h] of Object.entries(sheet.rowHeights ?? {})) ws.Range(`A${r}`).RowHeight = h;
  for (const m of sheet.merges ?? []) ws.Range(m).Merge();
  for (const v of sheet.validations ?? []) validate(ws, v);
  if (sheet.print) printSetup(ws, sheet.print);
}

/** A score range's rule, as the Excel adapter writes it (src/excel/render/features.ts). */
function validate(ws: EtWorksheet, v: ModelValidation): void {
  const dv = ws.Range(v.range).Validation;
  if (v.type === 'list')
    dv.Add(XL_VALIDATE.list, XL_VALID_ALERT_STOP, XL_OPERATOR.between, (v.list ?? []).join(','));
  else {
    const both = v.min !== undefined && v.max !== undefined;
    const operator = both
      ? XL_OPERATOR.between
      : v.min !== undefined
        ? XL_OPERATOR.atLeast
        : XL_OPERATOR.atMost;
    const first = String(v.min ?? v.max ?? 0);
    if (both) dv.Add(XL_VALIDATE[v.type], XL_VALID_ALERT_STOP, operator, first, String(v.max));
    else dv.Add(XL_VALIDATE[v.type], XL_VALID_ALERT_STOP, operator, first);
  }
  if (v.prompt) {
    dv.InputMessage = v.prompt;
    dv.ShowInput = true;
  }
  if (v.error) {
    dv.ErrorMessage = v.error;
    dv.ShowError = true;
  }
}

/**
 * A4, orientation, margins (points, as VBA takes them), one page wide, header rows on every page:
 * the forms are printed and signed, so they print as the Excel and CLI writers' do.
 */
function printSetup(ws: EtWorksheet, print: ModelPrint): void {
  const page = ws.PageSetup;
  const m = print.margins ?? DEFAULT_MARGINS;
  page.Orientation = XL_ORIENTATION[print.orientation];
  page.PaperSize = XL_PAPER_A4;
  page.TopMargin = m.top * 72;
  page.BottomMargin = m.bottom * 72;
  page.LeftMargin = m.left * 72;
  page.RightMargin = m.right * 72;
  if (print.fitToWidth) {
    page.Zoom = false;
    page.FitToPagesWide = 1;
    page.FitToPagesTall = false;
  }
  if (print.titleRows)
    page.PrintTitleRows = print.titleRows
      .split(':')
      .map((r) => `$${r.replace(/\$/g, '')}`)
      .join(':');
  if (print.area) page.PrintArea = print.area;
}

function paint(range: ReturnType<EtWorksheet['Range']>, style: CellStyle): void {
  const spec = STYLE_SPECS[style];
  if (spec.fill) range.Interior.Color = bgr(spec.fill);
  if (spec.font) range.Font.Color = bgr(spec.font);
  if (spec.bold) range.Font.Bold = true;
}
