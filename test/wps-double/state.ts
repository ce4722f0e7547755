import { DoubleMisuse } from './errors';

export type Scalar = string | number | boolean;

export interface CellState {
  value?: Scalar | undefined;
  formula?: string;
  /** Interior.Color as WPS keeps it (BGR number). */
  fill?: number;
  fontColor?: number;
  bold?: boolean;
  numberFormat?: string;
  wrap?: boolean;
  align?: number;
  /** Text typed with a leading apostrophe. */
  quoted?: boolean;
  link?: string;
}

export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface CfState {
  id: number;
  type: number;
  formula: string;
  rects: Rect[];
  fill?: number;
}

export interface NameState {
  name: string;
  refersTo: string;
  visible: boolean;
}

/** A data validation as the sheet keeps it. */
export interface ValidationState {
  rects: Rect[];
  type: number;
  operator: number;
  formula1: string;
  formula2?: string;
  input?: string;
  error?: string;
}

export interface SheetState {
  name: string;
  visible: -1 | 0 | 2;
  cells: Map<string, CellState>;
  cfs: CfState[];
  names: NameState[];
  merges: Rect[];
  colWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  protectContents: boolean;
  validations: ValidationState[];
  /** PageSetup properties as set (Orientation, PaperSize, PrintTitleRows, …). */
  page: Record<string, unknown>;
  /** The window's panes on this sheet (WPS keeps them per sheet, set through ActiveWindow). */
  panes: PaneState;
}

/** Split and scroll as the window keeps them for one sheet. */
export interface PaneState {
  /** First row and column shown (in the bottom-right pane when frozen). */
  scrollRow: number;
  scrollColumn: number;
  /** Rows above and columns left of the split, counted from the first shown; 0 for none. */
  splitRow: number;
  splitColumn: number;
  frozen: boolean;
}

export function newPanes(): PaneState {
  return { scrollRow: 1, scrollColumn: 1, splitRow: 0, splitColumn: 0, frozen: false };
}

/** Error values as VBA's Value2 hands them over (CVErr numbers). */
export const CV_ERRORS: Readonly<Record<string, number>> = {
  '#NULL!': -2146826288,
  '#DIV/0!': -2146826281,
  '#VALUE!': -2146826273,
  '#REF!': -2146826265,
  '#NAME?': -2146826259,
  '#NUM!': -2146826252,
  '#N/A': -2146826246,
};

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export const key = (r: number, c: number): string => `${r},${c}`;

function colOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function letters(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** One area: `A1`, `$A$1:$C$9`, `A:C` (whole columns), `3:5` (whole rows). */
function area(text: string): Rect {
  const t = text.trim().replace(/\$/g, '');
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(t);
  if (m) {
    const c1 = colOf(m[1]!);
    const r1 = Number(m[2]);
    const c2 = m[3] ? colOf(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) : r1;
    const rect = {
      r1: Math.min(r1, r2),
      c1: Math.min(c1, c2),
      r2: Math.max(r1, r2),
      c2: Math.max(c1, c2),
    };
    if (rect.r1 < 1 || rect.r2 > MAX_ROWS || rect.c2 > MAX_COLS)
      throw new DoubleMisuse(`address out of the sheet: ${text}`);
    return rect;
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(t);
  if (m) return { r1: 1, r2: MAX_ROWS, c1: colOf(m[1]!), c2: colOf(m[2]!) };
  m = /^(\d+):(\d+)$/.exec(t);
  if (m) return { r1: Number(m[1]), r2: Number(m[2]), c1: 1, c2: MAX_COLS };
  throw new DoubleMisuse(`not an address the double reads: ${text}`);
}

/**
 * The areas of an address. Like VBA's Range(), WPS refuses an address string longer than 255
 * characters; the double refuses it too so the adapter must split long lists.
 */
export function parseAddress(address: string): Rect[] {
  if (address.length > 255)
    throw new DoubleMisuse(`Range() address over 255 characters (${address.length})`);
  return address.split(',').map(area);
}

export function a1Of(r: Rect): string {
  const first = `${letters(r.c1)}${r.r1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? first : `${first}:${letters(r.c2)}${r.r2}`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function newSheet(name: string): SheetState {
  return {
    name,
    visible: -1,
    cells: new Map(),
    cfs: [],
    names: [],
    merges: [],
    colWidths: new Map(),
    rowHeights: new Map(),
    protectContents: false,
    validations: [],
    page: {},
    panes: newPanes(),
  };
}
