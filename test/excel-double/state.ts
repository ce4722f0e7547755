import type { Rect } from './rect';

/** A cell's stored value; errors are kept as their text (`#N/A`) with `error: true`. */
export type Scalar = string | number | boolean;

export interface FontState {
  color?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  name?: string;
  underline?: string;
}

export interface HyperlinkState {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

/** One cell: value, formula (with `=`), and its direct formatting. */
export interface CellState {
  value: Scalar | null;
  formula?: string;
  error?: boolean;
  numberFormat?: string;
  fill?: string;
  font?: FontState;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  hyperlink?: HyperlinkState;
}

/** A conditional format; `rects` are its areas (one CF may cover many areas). */
export interface CfState {
  readonly id: string;
  readonly type: string;
  rects: Rect[];
  formula?: string;
  fill?: string;
  fontColor?: string;
  barColor?: string;
  stopIfTrue: boolean;
}

export interface ValidationState {
  rect: Rect;
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

export interface TableState {
  readonly id: string;
  name: string;
  readonly sheetId: string;
  readonly rect: Rect;
  showTotals: boolean;
  showFilterButton: boolean;
  style: string;
}

export interface NameState {
  readonly name: string;
  readonly formula: string;
  visible: boolean;
  comment: string;
}

export interface PageState {
  orientation: string;
  paperSize: string;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows?: string;
}

export interface SheetState {
  readonly id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  deleted: boolean;
  /** row → column → cell; sparse. */
  readonly cells: Map<number, Map<number, CellState>>;
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  merges: Rect[];
  /** Index 0 is the top priority, as in Excel. */
  cfs: CfState[];
  validations: ValidationState[];
  freeze?: { rows: number; cols: number };
  page: PageState;
  /** Sheet-scoped names, keyed by upper-cased name. */
  readonly names: Map<string, NameState>;
}

export interface WorkbookState {
  sheets: SheetState[];
  activeSheetId: string;
  selection?: { sheetId: string; rect: Rect };
  readonly settings: Map<string, unknown>;
  tables: TableState[];
  nextId: number;
}

/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;

/** A fresh sheet with Excel's defaults. */
export function newSheet(id: string, name: string): SheetState {
  return {
    id,
    name,
    visibility: 'Visible',
    protected: false,
    deleted: false,
    cells: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    cfs: [],
    validations: [],
    page: {
      orientation: 'Portrait',
      paperSize: 'Letter',
      leftMargin: 50.4,
      rightMargin: 50.4,
      topMargin: 54,
      bottomMargin: 54,
      zoom: { scale: 100 },
    },
    names: new Map(),
  };
}

/** The cell at (row, col), if anything is stored there. */
export function cellAt(sheet: SheetState, row: number, col: number): CellState | undefined {
  return sheet.cells.get(row)?.get(col);
}

/** The cell at (row, col), created empty when absent. */
export function ensureCell(sheet: SheetState, row: number, col: number): CellState {
  let line = sheet.cells.get(row);
  if (!line) {
    line = new Map();
    sheet.cells.set(row, line);
  }
  let c = line.get(col);
  if (!c) {
    c = { value: null };
    line.set(col, c);
  }
  return c;
}

/** Whether a cell holds a value or a formula (what `getUsedRange(true)` looks at). */
export function hasValue(c: CellState): boolean {
  return c.formula !== undefined || (c.value !== null && c.value !== '');
}

/** Drops a cell that holds nothing at all, so the used range shrinks like Excel's. */
export function pruneCell(sheet: SheetState, row: number, col: number): void {
  const line = sheet.cells.get(row);
  const c = line?.get(col);
  if (!line || !c) return;
  const empty =
    !hasValue(c) &&
    c.numberFormat === undefined &&
    c.fill === undefined &&
    c.font === undefined &&
    c.hAlign === undefined &&
    c.vAlign === undefined &&
    c.wrap === undefined &&
    c.hyperlink === undefined;
  if (empty) line.delete(col);
  if (line.size === 0) sheet.cells.delete(row);
}

/** Bounding box of stored cells (all of them, or only those with values); null when none. */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
  let r1 = Infinity;
  let r2 = -Infinity;
  let c1 = Infinity;
  let c2 = -Infinity;
  for (const [row, line] of sheet.cells) {
    for (const [col, c] of line) {
      if (valuesOnly && !hasValue(c)) continue;
      if (row < r1) r1 = row;
      if (row > r2) r2 = row;
      if (col < c1) c1 = col;
      if (col > c2) c2 = col;
    }
  }
  return r1 === Infinity ? null : { r1, c1, r2, c2 };
}
