import { parseA1, rectA1 } from './a1';
import {
  DoubleContext,
  emptyStats,
  type DoubleHost,
  type DoubleStats,
  type Fault,
} from './context';
import { DoubleMisuse } from './errors';
import { attachSheet, externalLinks } from './formulaLinks';
import { resolvedSlot, strict } from './proxy';
import { workbookGrids } from './grid';
import { snapshotOf, type WorkbookSnapshot } from './snapshot';
import {
  ensureCell,
  newSheet,
  pruneCell,
  type CellState,
  type CfState,
  type Scalar,
  type SheetState,
  type WorkbookState,
} from './state';
import { WorkbookP } from './workbook';
import type { Rect } from './rect';
import type { SheetGrid } from '../../src/core/tables';

/** A sheet to build: rows[0] lands on `startRow` (default 1); strings stay strings (no parsing). */
export interface SheetSpec {
  readonly name: string;
  readonly rows?: readonly (readonly (Scalar | null | undefined)[])[];
  readonly startRow?: number;
  readonly visibility?: SheetState['visibility'];
  readonly protected?: boolean;
}

/** A sheet whose values are computed: `value(row, col)` for every cell of rows 1..rows, cols 1..cols. */
export interface GeneratedSheetSpec {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  /** Must be deterministic (the same cell always gives the same value); null for an empty cell. */
  readonly value: (row: number, col: number) => Scalar | null;
}

/** What a batch function really receives: `context.workbook` and `context.sync()`, nothing else. */
interface DoubleRequestContext {
  readonly workbook: WorkbookP;
  sync<T>(passThrough?: T): Promise<T>;
}

function requestContext(ctx: DoubleContext): DoubleRequestContext {
  const workbook = strict(new WorkbookP(ctx, resolvedSlot(ctx.host.state)));
  const api: DoubleRequestContext = { workbook, sync: (p) => ctx.sync(p) };
  return new Proxy(api, {
    get(t, prop) {
      if (typeof prop === 'symbol' || prop in t) return Reflect.get(t, prop) as unknown;
      if (prop === 'then') return undefined;
      throw new DoubleMisuse(`RequestContext.${prop} is not modelled`);
    },
  });
}

/** An in-memory workbook behind a strict double of the Excel JavaScript API. */
export class DoubleWorkbook implements DoubleHost {
  readonly state: WorkbookState = {
    sheets: [],
    activeSheetId: '',
    settings: new Map(),
    tables: [],
    nextId: 1,
  };
  stats: DoubleStats = emptyStats();
  readonly faults: Fault[] = [];
  writesSinceFault = 0;
  /** See DoubleHost.roundTrip; a browser page sets it to a macrotask. */
  roundTrip?: () => Promise<void>;
  /** See DoubleHost.requestLimit. */
  requestLimit?: number;

  /** A workbook holding these sheets; the first visible one is active. */
  static fromSheets(specs: readonly SheetSpec[]): DoubleWorkbook {
    const wb = new DoubleWorkbook();
    for (const spec of specs) wb.addSheet(spec);
    return wb;
  }

  newId(prefix: string): string {
    const n = this.state.nextId++;
    return `{${prefix.toUpperCase()}-${String(n).padStart(8, '0')}}`;
  }

  /** Adds a sheet directly (not through the API: not counted). */
  addSheet(spec: SheetSpec): SheetState {
    const sheet = newSheet(this.newId('sheet'), spec.name);
    sheet.visibility = spec.visibility ?? 'Visible';
    sheet.protected = spec.protected ?? false;
    this.state.sheets.push(sheet);
    attachSheet(this.state, sheet);
    const start = spec.startRow ?? 1;
    spec.rows?.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v !== null && v !== undefined && v !== '')
          ensureCell(sheet, start + i, j + 1).value = v;
      }),
    );
    if (!this.state.activeSheetId && sheet.visibility === 'Visible')
      this.state.activeSheetId = sheet.id;
    return sheet;
  }

  /**
   * Adds a generated sheet: values computed on every read, never stored, so a 1,048,576-row sheet
   * costs no memory; reads still go through the same loads, limits and counters as stored cells.
   */
  addGeneratedSheet(spec: GeneratedSheetSpec): SheetState {
    const sheet = this.addSheet({ name: spec.name });
    sheet.generated = { rect: { r1: 1, c1: 1, r2: spec.rows, c2: spec.cols }, value: spec.value };
    return sheet;
  }

  /**
   * The teacher's 移动或复制 (create a copy) on the sheet tab, not through the API (not counted):
   * cells, formats, highlights and sheet-scoped names (the product's marker too) under a new id
   * and the name Excel gives a copy, 名 (2), placed after the original.
   */
  copySheet(name: string, newName = `${name} (2)`): SheetState {
    const from = this.sheet(name);
    const { generated, ...rest } = from;
    const copy: SheetState = {
      ...structuredClone(rest),
      id: this.newId('sheet'),
      name: newName,
      ...(generated ? { generated } : {}),
    };
    this.state.sheets.splice(this.state.sheets.indexOf(from) + 1, 0, copy);
    attachSheet(this.state, copy);
    return copy;
  }

  /** The sheet with this name; a misuse when absent. */
  sheet(name: string): SheetState {
    const s = this.state.sheets.find((x) => x.name === name);
    if (!s) throw new DoubleMisuse(`no sheet '${name}'`);
    return s;
  }

  private rect(address: string): Rect {
    const parsed = parseA1(address);
    if (!parsed) throw new DoubleMisuse(`bad address ${address}`);
    return parsed.rect;
  }

  /** Patches one cell directly (value, formula, formats). */
  setCell(sheetName: string, address: string, patch: Partial<CellState>): void {
    const { r1, c1 } = this.rect(address);
    const sheet = this.sheet(sheetName);
    Object.assign(ensureCell(sheet, r1, c1), patch);
    pruneCell(sheet, r1, c1);
  }

  /** Outside workbooks the formulas link to: names that matched no sheet when a formula was written. */
  externalLinks(): string[] {
    return externalLinks(this.state);
  }

  /** Makes loading a sheet's conditional formats fail as Excel sometimes does (see SheetState). */
  breakConditionalFormats(sheetName: string, code = 'GeneralException'): void {
    this.sheet(sheetName).cfLoadFails = code;
  }

  /** Adds a conditional format directly (a teacher's own), at the lowest priority. */
  addConditionalFormat(
    sheetName: string,
    cf: Omit<CfState, 'id' | 'rects' | 'stopIfTrue'> & { ranges: readonly string[] },
  ): CfState {
    const { ranges, ...rest } = cf;
    const state: CfState = {
      id: this.newId('cf'),
      stopIfTrue: false,
      ...rest,
      rects: ranges.map((a) => this.rect(a)),
    };
    this.sheet(sheetName).cfs.push(state);
    return state;
  }

  /** Protects or unprotects a sheet. */
  protect(sheetName: string, on = true): void {
    this.sheet(sheetName).protected = on;
  }

  /** Makes a later sync fail (see Fault). */
  injectFault(fault: Fault): void {
    this.writesSinceFault = 0;
    this.faults.push({ ...fault });
  }

  resetStats(): void {
    this.stats = emptyStats();
  }

  snapshot(): WorkbookSnapshot {
    return snapshotOf(this.state);
  }

  /** The active sheet and the range last selected through the API (`A5:C5`, `5:5`), if any. */
  selection(): { sheet: string; address: string } | null {
    const sel = this.state.selection;
    const sheet = sel && this.state.sheets.find((s) => s.id === sel.sheetId);
    return sel && sheet ? { sheet: sheet.name, address: rectA1(sel.rect) } : null;
  }

  grids(): SheetGrid[] {
    return workbookGrids(this.state);
  }

  /** `Excel.run(batch)`: pending actions are synced when the batch resolves; the context then ends. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    if (typeof batch !== 'function') throw new DoubleMisuse('only Excel.run(batch) is modelled');
    this.stats.runs++;
    const ctx = new DoubleContext(this);
    try {
      const result = await batch(requestContext(ctx) as unknown as Excel.RequestContext);
      if (ctx.pending > 0) await ctx.sync();
      return result;
    } finally {
      ctx.closed = true;
    }
  };

  /** The double's `run` typed as `Excel.run`, for code written against the real API. */
  get excelRun(): typeof Excel.run {
    return this.run as unknown as typeof Excel.run;
  }
}
