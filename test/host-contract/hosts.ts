/**
 * The two hosts behind the pane's contract, each over its strict double: the Excel gateway over
 * the Office.js double, the WPS gateway over the ET double. Scenarios see only what a teacher
 * would: the answers, the sheets, the painted cells, and whether the workbook is as it was.
 */
import { createExcelGateway } from '../../src/excel/gateway';
import type { PaneGateway } from '../../src/taskpane/gateway';
import { createWpsGateway } from '../../src/wps/gateway';
import { loadDoubleFromXlsx } from '../excel-double/fromXlsx';
import { loadWpsDouble } from '../wps-double';
import { letters } from '../wps-double/state';
import { doubleCells, type CellMap } from '../excel/appraisalCells';

export interface Host {
  readonly name: 'excel' | 'wps';
  readonly gateway: PaneGateway;
  /** Everything in the workbook, as plain data. */
  snapshot(): unknown;
  sheetNames(): string[];
  protect(sheet: string): void;
  /** The product's painted cells on a sheet: `row,col` → `#RRGGBB`. */
  painted(sheet: string): Map<string, string>;
  /** A sheet's cells as text: `A1 → number:3`, `string:…` or `=SUM(…)`; empty cells left out. */
  cells(sheet: string): CellMap;
  /** Types a value into a cell as a scorer would (null clears it). */
  type(sheet: string, address: string, value: number | string | null): void;
  /** A sheet's frozen rows and columns, null when not frozen. */
  frozen(sheet: string): { rows: number; cols: number } | null;
  /** The sheet the teacher sees. */
  shown(): string;
}

function shown(value: string | number | boolean | undefined): string {
  if (value === undefined || value === '') return '';
  return `${typeof value}:${String(value)}`;
}

const NOW = (): Date => new Date(2025, 11, 1, 9, 30);
const TAG = 'UnionCompliance|';

function cellsOf(
  rects: readonly { r1: number; c1: number; r2: number; c2: number }[],
  colour: string,
  into: Map<string, string>,
): void {
  for (const r of rects)
    for (let row = r.r1; row <= r.r2; row++)
      for (let col = r.c1; col <= r.c2; col++) into.set(`${row},${col}`, colour);
}

export async function excelHost(file: string): Promise<Host> {
  const double = await loadDoubleFromXlsx(file);
  return {
    name: 'excel',
    gateway: createExcelGateway(double.excelRun, {
      retry: { sleep: () => Promise.resolve() },
      now: NOW,
    }),
    snapshot: () => double.snapshot(),
    cells: (sheet) => doubleCells(double, sheet),
    type: (sheet, address, value) => double.setCell(sheet, address, { value }),
    sheetNames: () => double.state.sheets.filter((s) => !s.deleted).map((s) => s.name),
    frozen: (sheet) => {
      const f = double.sheet(sheet).freeze;
      return f ? { ...f } : null;
    },
    shown: () => double.state.sheets.find((s) => s.id === double.state.activeSheetId)?.name ?? '',
    protect: (sheet) => double.protect(sheet),
    painted: (sheet) => {
      const out = new Map<string, string>();
      // Formats are applied in order; the last added wins where they overlap, as in Excel.
      for (const cf of double
        .sheet(sheet)
        .cfs.filter((c) => c.formula?.includes(TAG))
        .reverse())
        cellsOf(cf.rects, (cf.fill ?? '').toUpperCase(), out);
      return out;
    },
  };
}

function hexOf(bgr: number | undefined): string {
  if (bgr === undefined) return '';
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

export async function wpsHost(file: string): Promise<Host> {
  const double = await loadWpsDouble(file);
  return {
    name: 'wps',
    gateway: createWpsGateway(double.app, { now: NOW }),
    snapshot: () => double.snapshot(),
    cells: (sheet) => {
      const out: CellMap = {};
      for (const [k, cell] of double.sheet(sheet).cells) {
        const [r, c] = k.split(',').map(Number) as [number, number];
        const text = cell.formula ?? shown(cell.value);
        if (text !== '') out[`${letters(c)}${r}`] = text;
      }
      return out;
    },
    type: (sheet, address, value) => double.setValue(sheet, address, value),
    sheetNames: () => double.sheets.map((s) => s.name),
    frozen: (sheet) => {
      const p = double.sheet(sheet).panes;
      return p.frozen ? { rows: p.splitRow, cols: p.splitColumn } : null;
    },
    shown: () => double.active,
    protect: (sheet) => double.protect(sheet),
    painted: (sheet) => {
      const out = new Map<string, string>();
      // WPS gives the newest rule priority, as Excel does.
      for (const cf of double.sheet(sheet).cfs.filter((c) => c.formula.includes(TAG)))
        cellsOf(cf.rects, hexOf(cf.fill), out);
      return out;
    },
  };
}
