/* eslint-disable @typescript-eslint/no-this-alias -- object literals with getters and setters (as WPS objects have) reach the double through a named alias */
import type {
  EtApplication,
  EtDocumentProperties,
  EtDocumentProperty,
  EtNames,
  EtWorkbook,
  EtWorksheet,
  EtWorksheets,
} from '../../src/wps/et';
import {
  DoubleMisuse,
  protectedBook,
  protectedSheet,
  refused,
  subscript,
  unsupported,
} from './errors';
import { RangeDouble, type RangeHost } from './range';
import { deletedIn, renamedIn } from './sheetRefs';
import { newSheet, parseAddress, type Rect, type SheetState } from './state';
import { windowDouble } from './window';

/** A custom document property as the file keeps it. */
export interface PropertyState {
  name: string;
  value: string;
}

/** Office and WPS keep at most 255 characters in a text document property. */
export const PROPERTY_CHARS = 255;

/**
 * A strict double of the ET API subset in src/wps/et.ts: synchronous, 1-based collections, Value2
 * as WPS returns it (a row-major 2-D array, a bare value for one cell, undefined for empty), the
 * errors WPS raises (下标越界 for a missing index or name, 1004 for a protected sheet or workbook),
 * and the dialog WPS would show when a sheet is deleted with DisplayAlerts on (a test failure).
 */
export class WpsDouble {
  sheets: SheetState[] = [];
  properties: PropertyState[] = [];
  protectStructure = false;
  screenUpdating = true;
  displayAlerts = true;
  calls = 0;
  selection: { sheet: string; address: string } | null = null;
  active = '';
  version = '11.1.0.11704';
  /**
   * Members this WPS lacks (`Window.FreezePanes`, `Application.ActiveWindow`) or one assignment it
   * refuses (`Window.FreezePanes=true`): they raise 438.
   */
  lacking = new Set<string>();
  /** Members whose activation this WPS skips: `Worksheet.Activate`, `Worksheets.Add` (shows the new sheet). */
  inert = new Set<string>();
  private cfIds = 0;
  private added = 0;

  sheet(name: string): SheetState {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new DoubleMisuse(`no sheet ${name}`);
    return s;
  }

  addSheet(name: string): SheetState {
    const s = newSheet(name);
    this.sheets.push(s);
    return s;
  }

  /** Types a value into one cell as a teacher would (number, text, or null to clear it). */
  setValue(sheet: string, address: string, value: string | number | null): void {
    const [rect] = parseAddress(address);
    if (!rect) throw new DoubleMisuse(`no address ${address}`);
    const cells = this.sheet(sheet).cells;
    const k = `${rect.r1},${rect.c1}`;
    const { value: _v, formula: _f, quoted: _q, ...looks } = cells.get(k) ?? {};
    cells.set(k, value === null ? looks : { ...looks, value });
  }

  protect(name: string, on = true): void {
    this.sheet(name).protectContents = on;
  }

  /** Workbook contents as plain data, for "restored exactly" comparisons. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({
        sheets: this.sheets.map((s) => ({
          ...s,
          cells: [...s.cells].sort(),
          colWidths: [...s.colWidths],
          rowHeights: [...s.rowHeights],
          cfs: s.cfs.map(({ id: _id, ...cf }) => cf),
        })),
        properties: this.properties,
      }),
    ) as unknown;
  }

  /** Applies `change` to every formula of a sheet (what WPS does on a rename or a deletion). */
  rewriteFormulas(s: SheetState, change: (formula: string) => string): void {
    for (const [k, cell] of s.cells)
      if (cell.formula !== undefined) {
        const next = change(cell.formula);
        if (next !== cell.formula) s.cells.set(k, { ...cell, formula: next });
      }
  }

  private host(s: SheetState): RangeHost {
    return {
      sheet: s,
      nextCfId: () => ++this.cfIds,
      select: (sheet, address) => {
        if (this.active !== sheet) throw new DoubleMisuse('Select on a sheet that is not active');
        this.selection = { sheet, address };
      },
      count: () => void this.calls++,
      hasSheet: (name) => this.sheets.some((x) => x.name.toUpperCase() === name.toUpperCase()),
    };
  }

  private worksheet(s: SheetState): EtWorksheet {
    const d = this;
    const alive = (): SheetState => {
      if (!d.sheets.includes(s)) throw new DoubleMisuse(`sheet ${s.name} used after Delete`);
      return s;
    };
    const range = (rects: Rect[]) => new RangeDouble(d.host(alive()), rects);
    return {
      get Name() {
        return alive().name;
      },
      set Name(n: string) {
        if (d.protectStructure) throw protectedBook();
        if (n.length > 31 || /[:\\/?*[\]]/.test(n) || n === '')
          throw refused(`工作表名称无效: ${n}`);
        if (d.sheets.some((x) => x !== s && x.name.toUpperCase() === n.toUpperCase()))
          throw refused(`工作表名称已存在: ${n}`);
        const old = alive().name;
        for (const other of d.sheets) d.rewriteFormulas(other, (f) => renamedIn(f, old, n));
        if (d.active === old) d.active = n;
        s.name = n;
      },
      get Index() {
        return d.sheets.indexOf(alive()) + 1;
      },
      get Visible() {
        return alive().visible;
      },
      set Visible(v) {
        alive().visible = v;
      },
      get UsedRange() {
        const st = alive();
        let r1 = Infinity;
        let c1 = Infinity;
        let r2 = 0;
        let c2 = 0;
        for (const [k, cell] of st.cells) {
          if (cell.value === undefined && cell.formula === undefined && cell.fill === undefined)
            continue;
          const [r, c] = k.split(',').map(Number) as [number, number];
          r1 = Math.min(r1, r);
          c1 = Math.min(c1, c);
          r2 = Math.max(r2, r);
          c2 = Math.max(c2, c);
        }
        return range(r2 === 0 ? [{ r1: 1, c1: 1, r2: 1, c2: 1 }] : [{ r1, c1, r2, c2 }]);
      },
      get Cells() {
        return range([{ r1: 1, c1: 1, r2: 1_048_576, c2: 16_384 }]);
      },
      get ProtectContents() {
        return alive().protectContents;
      },
      get Names(): EtNames {
        const st = alive();
        const wrap = (i: number) => {
          const n = st.names[i]!;
          return {
            get Name() {
              return `${st.name}!${n.name}`;
            },
            get RefersTo() {
              return n.refersTo;
            },
            get Visible() {
              return n.visible;
            },
            set Visible(v: boolean) {
              n.visible = v;
            },
            Delete: () => {
              st.names = st.names.filter((x) => x !== n);
            },
          } as unknown as ReturnType<EtNames['Item']>;
        };
        return {
          get Count() {
            return st.names.length;
          },
          Item(i) {
            const at = typeof i === 'number' ? i - 1 : st.names.findIndex((n) => n.name === i);
            if (at < 0 || at >= st.names.length) throw subscript(`Names(${String(i)})`);
            return wrap(at);
          },
          Add(name, refersTo, visible = true) {
            if (!refersTo.startsWith('=')) throw refused('RefersTo must start with =');
            st.names = st.names.filter((n) => n.name !== name);
            st.names.push({ name, refersTo, visible });
            return wrap(st.names.length - 1);
          },
        };
      },
      get PageSetup() {
        const page = alive().page;
        const prop = <T>(name: string, fallback: T) => ({
          get: () => (page[name] ?? fallback) as T,
          set: (v: T) => {
            if (d.sheets.includes(s) && s.protectContents) throw protectedSheet(s.name);
            page[name] = v;
          },
        });
        const out = {};
        for (const [name, fallback] of Object.entries({
          Orientation: 1,
          PaperSize: 1,
          PrintTitleRows: '',
          PrintArea: '',
          Zoom: 100,
          FitToPagesWide: 1,
          FitToPagesTall: 1,
          TopMargin: 54,
          BottomMargin: 54,
          LeftMargin: 50.4,
          RightMargin: 50.4,
        }))
          Object.defineProperty(out, name, { ...prop(name, fallback), enumerable: true });
        return out as EtWorksheet['PageSetup'];
      },
      Range(address: string) {
        return range(parseAddress(address));
      },
      Activate() {
        const name = alive().name;
        if (!d.inert.has('Worksheet.Activate')) d.active = name;
      },
      Delete() {
        if (d.protectStructure) throw protectedBook();
        if (d.displayAlerts)
          throw new DoubleMisuse('Delete with DisplayAlerts on: WPS would ask the teacher');
        if (d.sheets.filter((x) => x.visible === -1).length <= 1 && s.visible === -1)
          throw refused('工作簿中至少要有一张可见的工作表');
        const at = d.sheets.indexOf(alive());
        d.sheets = d.sheets.filter((x) => x !== s);
        // Deleting the shown sheet shows the next visible one (the one before, at the end).
        if (d.active === s.name) {
          const shown = [...d.sheets.slice(at), ...d.sheets.slice(0, at).reverse()];
          d.active = shown.find((x) => x.visible === -1)?.name ?? '';
        }
        for (const other of d.sheets) d.rewriteFormulas(other, (f) => deletedIn(f, s.name));
      },
    };
  }

  private get worksheets(): EtWorksheets {
    const d = this;
    return {
      get Count() {
        return d.sheets.length;
      },
      Item(i: number | string) {
        d.calls++;
        const s =
          typeof i === 'number'
            ? Number.isInteger(i)
              ? d.sheets[i - 1]
              : undefined
            : d.sheets.find((x) => x.name.toUpperCase() === i.toUpperCase());
        if (!s) throw subscript(`Worksheets(${String(i)})`);
        return d.worksheet(s);
      },
      Add(before?: EtWorksheet, after?: EtWorksheet, count?: number) {
        if (d.protectStructure) throw protectedBook();
        if (count !== undefined && count !== 1) throw new DoubleMisuse('Add with Count');
        let name = '';
        do name = `Sheet${++d.added}`;
        while (d.sheets.some((x) => x.name === name));
        const s = newSheet(name);
        const at = before ? before.Index - 1 : after ? after.Index : 0;
        d.sheets.splice(at, 0, s);
        if (!d.inert.has('Worksheets.Add')) d.active = name;
        return d.worksheet(s);
      },
    };
  }

  private get documentProperties(): EtDocumentProperties {
    const d = this;
    const wrap = (p: PropertyState): EtDocumentProperty => ({
      get Name() {
        return p.name;
      },
      get Value() {
        return p.value;
      },
      set Value(v) {
        p.value = String(v);
      },
      Delete: () => {
        d.properties = d.properties.filter((x) => x !== p);
      },
    });
    return {
      get Count() {
        return d.properties.length;
      },
      Item(i: number | string) {
        const p =
          typeof i === 'number' ? d.properties[i - 1] : d.properties.find((x) => x.name === i);
        if (!p) throw subscript(`CustomDocumentProperties(${String(i)})`);
        return wrap(p);
      },
      Add(name, linkToContent, type, value) {
        if (linkToContent) throw new DoubleMisuse('linked properties are not modelled');
        if (Number(type) !== 4 || typeof value !== 'string')
          throw new DoubleMisuse('only text properties are modelled');
        if (d.properties.some((p) => p.name === name)) throw refused(`属性已存在: ${name}`);
        if (value.length > PROPERTY_CHARS) throw refused(`属性值超过 ${PROPERTY_CHARS} 个字符`);
        const p = { name, value };
        d.properties.push(p);
        return wrap(p);
      },
    };
  }

  /** The `window.Application` the adapter is handed. */
  get app(): EtApplication {
    const d = this;
    const book: EtWorkbook = {
      Name: 'double.xlsx',
      get Worksheets() {
        return d.worksheets;
      },
      get ProtectStructure() {
        return d.protectStructure;
      },
      get CustomDocumentProperties() {
        return d.documentProperties;
      },
    };
    const window = windowDouble({
      panes: () => d.sheet(d.active).panes,
      lacks: (member) => d.lacking.has(member),
    });
    return {
      ActiveWorkbook: book,
      get ActiveSheet() {
        const s = d.sheets.find((x) => x.name === d.active);
        if (!s) throw new DoubleMisuse('no active sheet: set double.active');
        return d.worksheet(s);
      },
      get ActiveWindow() {
        if (d.lacking.has('Application.ActiveWindow')) throw unsupported('ActiveWindow');
        return window;
      },
      get ScreenUpdating() {
        return d.screenUpdating;
      },
      set ScreenUpdating(v: boolean) {
        d.screenUpdating = v;
      },
      get DisplayAlerts() {
        return d.displayAlerts;
      },
      set DisplayAlerts(v: boolean) {
        d.displayAlerts = v;
      },
      get Version() {
        return d.version;
      },
      Build: 11704,
    };
  }
}
