import { rectA1 } from './a1';
import type { CellState, PageState, SheetState, WorkbookState } from './state';

/** Everything a teacher could see or that the product may leave behind, as plain data. */
export interface SheetSnapshot {
  readonly id: string;
  readonly name: string;
  readonly visibility: string;
  readonly protected: boolean;
  readonly cells: Readonly<Record<string, CellState>>;
  readonly columnWidths: Readonly<Record<number, number>>;
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly merges: readonly string[];
  readonly conditionalFormats: readonly unknown[];
  readonly validations: readonly unknown[];
  readonly freeze: { rows: number; cols: number } | null;
  readonly page: PageState;
  readonly names: readonly unknown[];
  readonly tables: readonly unknown[];
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly activeSheet: string | null;
  readonly settings: Readonly<Record<string, unknown>>;
}

function copy<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function sheetSnapshot(wb: WorkbookState, s: SheetState): SheetSnapshot {
  const cells: Record<string, CellState> = {};
  const rows = [...s.cells.keys()].sort((a, b) => a - b);
  for (const row of rows) {
    const line = s.cells.get(row)!;
    for (const col of [...line.keys()].sort((a, b) => a - b))
      cells[rectA1({ r1: row, c1: col, r2: row, c2: col })] = copy(line.get(col)!);
  }
  return {
    id: s.id,
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
    cells,
    columnWidths: Object.fromEntries([...s.columnWidths].sort((a, b) => a[0] - b[0])),
    rowHeights: Object.fromEntries([...s.rowHeights].sort((a, b) => a[0] - b[0])),
    merges: s.merges.map(rectA1).sort(),
    conditionalFormats: s.cfs.map((cf) => copy({ ...cf, rects: cf.rects.map(rectA1) })),
    validations: s.validations.map((v) => copy({ ...v, rect: rectA1(v.rect) })),
    freeze: s.freeze ? { ...s.freeze } : null,
    page: copy(s.page),
    names: [...s.names.values()].map(copy),
    tables: wb.tables
      .filter((t) => t.sheetId === s.id)
      .map((t) => copy({ ...t, rect: rectA1(t.rect) })),
  };
}

/** A deep, comparable copy of the workbook (`expect(after).toEqual(before)`). */
export function snapshotOf(wb: WorkbookState): WorkbookSnapshot {
  const active = wb.sheets.find((s) => s.id === wb.activeSheetId);
  return {
    sheets: wb.sheets.map((s) => sheetSnapshot(wb, s)),
    activeSheet: active?.name ?? null,
    settings: copy(Object.fromEntries(wb.settings)),
  };
}
