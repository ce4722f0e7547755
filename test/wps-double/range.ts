/* eslint-disable @typescript-eslint/no-this-alias -- object literals with getters and setters (as WPS objects have) reach the double through a named alias */
import type {
  EtFont,
  EtFormatCondition,
  EtFormatConditions,
  EtHyperlinks,
  EtInterior,
  EtRange,
  EtValidation,
} from '../../src/wps/et';
import { DoubleMisuse, protectedSheet, subscript } from './errors';
import { referencedSheets } from './sheetRefs';
import {
  a1Of,
  key,
  overlaps,
  parseAddress,
  type CellState,
  type Rect,
  type Scalar,
  type SheetState,
  type ValidationState,
} from './state';

/** What a range needs from its workbook. */
export interface RangeHost {
  readonly sheet: SheetState;
  nextCfId(): number;
  select(sheet: string, address: string): void;
  /** Counts each call into the API, for the budgets. */
  count(): void;
  /** Whether a sheet of this name exists (names compare without case). */
  hasSheet(name: string): boolean;
}

/** Reading a whole column or row is a test bug here: real WPS would hand over a million rows. */
const MAX_READ = 2_000_000;

/** What WPS makes of a value assigned to a cell: text that looks like a number becomes one. */
function typed(v: unknown): { value?: Scalar; formula?: string; quoted?: boolean } {
  if (v === undefined || v === null || v === '') return {};
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (typeof v !== 'string') throw new DoubleMisuse(`Value2 given ${typeof v}`);
  if (v.startsWith("'")) return { value: v.slice(1), quoted: true };
  if (v.startsWith('=')) return { formula: v };
  const n = Number(v.trim());
  if (v.trim() !== '' && Number.isFinite(n)) return { value: n };
  return { value: v };
}

export class RangeDouble implements EtRange {
  constructor(
    private readonly host: RangeHost,
    readonly rects: Rect[],
  ) {}

  private get first(): Rect {
    return this.rects[0]!;
  }

  private write(): SheetState {
    this.host.count();
    const s = this.host.sheet;
    if (s.protectContents) throw protectedSheet(s.name);
    return s;
  }

  private each(fn: (r: number, c: number) => void): void {
    for (const rect of this.rects)
      for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) fn(r, c);
  }

  private patch(p: Partial<CellState>): void {
    const s = this.write();
    this.each((r, c) => {
      const k = key(r, c);
      s.cells.set(k, { ...s.cells.get(k), ...p });
    });
  }

  get Value2(): string | unknown[] {
    this.host.count();
    const { r1, c1, r2, c2 } = this.first;
    if ((r2 - r1 + 1) * (c2 - c1 + 1) > MAX_READ) throw new DoubleMisuse('Value2 of a huge range');
    const cell = (r: number, c: number): unknown => this.host.sheet.cells.get(key(r, c))?.value;
    if (r1 === r2 && c1 === c2) return cell(r1, c1) as string;
    const rows: unknown[][] = [];
    for (let r = r1; r <= r2; r++) {
      const row: unknown[] = [];
      for (let c = c1; c <= c2; c++) row.push(cell(r, c));
      rows.push(row);
    }
    return rows;
  }

  set Value2(v: string | unknown[]) {
    const s = this.write();
    if (this.rects.length > 1) throw new DoubleMisuse('Value2 set on a multi-area range');
    const { r1, c1, r2, c2 } = this.first;
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) {
        const src = Array.isArray(v) ? (v[r - r1] as unknown[] | undefined)?.[c - c1] : v;
        const k = key(r, c);
        const old = s.cells.get(k) ?? {};
        const { value: _v, formula: _f, quoted: _q, ...looks } = old;
        s.cells.set(k, { ...looks, ...typed(src) });
      }
  }

  get Formula(): string {
    this.host.count();
    const c = this.host.sheet.cells.get(key(this.first.r1, this.first.c1));
    return c?.formula ?? (c?.value === undefined ? '' : String(c.value));
  }

  set Formula(f: string) {
    if (!f.startsWith('=')) throw new DoubleMisuse('Formula set without =');
    // WPS binds a sheet reference when the formula is written; a name no sheet carries makes it
    // look for another workbook (a file dialog in front of the teacher).
    const missing = referencedSheets(f).find((name) => !this.host.hasSheet(name));
    if (missing !== undefined)
      throw new DoubleMisuse(`Formula names sheet ${missing}, which does not exist (yet)`);
    this.patch({ formula: f, value: undefined });
  }

  get NumberFormat(): string {
    return this.host.sheet.cells.get(key(this.first.r1, this.first.c1))?.numberFormat ?? 'General';
  }
  set NumberFormat(f: string) {
    this.patch({ numberFormat: f });
  }
  get WrapText(): boolean {
    return this.host.sheet.cells.get(key(this.first.r1, this.first.c1))?.wrap ?? false;
  }
  set WrapText(w: boolean) {
    this.patch({ wrap: w });
  }
  get HorizontalAlignment(): number {
    return this.host.sheet.cells.get(key(this.first.r1, this.first.c1))?.align ?? 1;
  }
  set HorizontalAlignment(a: number | boolean) {
    this.patch({ align: Number(a) });
  }
  get ColumnWidth(): number {
    return this.host.sheet.colWidths.get(this.first.c1) ?? 8.38;
  }
  set ColumnWidth(w: number) {
    const s = this.write();
    for (let c = this.first.c1; c <= this.first.c2; c++) s.colWidths.set(c, w);
  }
  get RowHeight(): number {
    return this.host.sheet.rowHeights.get(this.first.r1) ?? 13.5;
  }
  set RowHeight(h: number) {
    const s = this.write();
    for (let r = this.first.r1; r <= this.first.r2; r++) s.rowHeights.set(r, h);
  }
  get Row(): number {
    return this.first.r1;
  }
  get Column(): number {
    return this.first.c1;
  }
  get Rows(): { readonly Count: number } {
    return { Count: this.first.r2 - this.first.r1 + 1 };
  }
  get Columns(): { readonly Count: number } {
    return { Count: this.first.c2 - this.first.c1 + 1 };
  }

  get Interior(): EtInterior {
    const self = this;
    return {
      get Color(): number {
        return self.host.sheet.cells.get(key(self.first.r1, self.first.c1))?.fill ?? 16777215;
      },
      set Color(v: number) {
        self.patch({ fill: v });
      },
    };
  }

  get Font(): EtFont {
    const self = this;
    const at = () => self.host.sheet.cells.get(key(self.first.r1, self.first.c1));
    return {
      get Bold(): boolean {
        return at()?.bold ?? false;
      },
      set Bold(b: boolean) {
        self.patch({ bold: b });
      },
      get Color(): number {
        return at()?.fontColor ?? 0;
      },
      set Color(v: number) {
        self.patch({ fontColor: v });
      },
    };
  }

  get FormatConditions(): EtFormatConditions {
    const host = this.host;
    const rects = this.rects;
    const mine = () =>
      host.sheet.cfs.filter((cf) => cf.rects.some((a) => rects.some((b) => overlaps(a, b))));
    const wrap = (id: number): EtFormatCondition => formatCondition(host, id);
    return {
      get Count() {
        host.count();
        return mine().length;
      },
      Item(i: number) {
        host.count();
        const cf = mine()[i - 1];
        if (!Number.isInteger(i) || !cf) throw subscript(`FormatConditions(${i})`);
        return wrap(cf.id);
      },
      Add(type, _operator, formula1) {
        host.count();
        if (host.sheet.protectContents) throw protectedSheet(host.sheet.name);
        if (Number(type) !== 2 || typeof formula1 !== 'string')
          throw new DoubleMisuse('only xlExpression formats with a formula are modelled');
        const id = host.nextCfId();
        host.sheet.cfs.push({
          id,
          type: 2,
          formula: formula1,
          rects: rects.map((r) => ({ ...r })),
        });
        return wrap(id);
      },
    };
  }

  get Hyperlinks(): EtHyperlinks {
    return {
      Add: (anchor: EtRange, address: string, sub?: string) => {
        (anchor as RangeDouble).patch({ link: sub ?? address });
        return {};
      },
    };
  }

  get Validation(): EtValidation {
    const self = this;
    let added: ValidationState | undefined;
    const state = (): ValidationState => {
      if (!added) throw new DoubleMisuse('Validation property set before Validation.Add');
      return added;
    };
    return {
      Add(type, alertStyle, operator, formula1, formula2) {
        const s = self.write();
        if (s.validations.some((v) => v.rects.some((a) => self.rects.some((b) => overlaps(a, b)))))
          // WPS, like Excel, refuses Add where a rule exists (Delete first): a test bug here.
          throw new DoubleMisuse('Validation.Add over an existing rule');
        if (Number(alertStyle) !== 1 || typeof formula1 !== 'string')
          throw new DoubleMisuse('only stop alerts with a Formula1 text are modelled');
        added = {
          rects: self.rects.map((r) => ({ ...r })),
          type: Number(type),
          operator: Number(operator),
          formula1,
          ...(typeof formula2 === 'string' ? { formula2 } : {}),
        };
        s.validations.push(added);
      },
      get InputMessage() {
        return state().input ?? '';
      },
      set InputMessage(m: string) {
        state().input = m;
      },
      get ErrorMessage() {
        return state().error ?? '';
      },
      set ErrorMessage(m: string) {
        state().error = m;
      },
      get ShowInput() {
        return state().input !== undefined;
      },
      set ShowInput(_b: boolean) {
        state();
      },
      get ShowError() {
        return state().error !== undefined;
      },
      set ShowError(_b: boolean) {
        state();
      },
    };
  }

  Address(): string {
    return this.rects.map(a1Of).join(',');
  }

  Select(): boolean {
    this.host.select(this.host.sheet.name, this.Address());
    return true;
  }

  Merge(): void {
    const s = this.write();
    s.merges.push(...this.rects.map((r) => ({ ...r })));
  }
}

function formatCondition(host: RangeHost, id: number): EtFormatCondition {
  const state = () => {
    const cf = host.sheet.cfs.find((c) => c.id === id);
    if (!cf) throw new DoubleMisuse('format condition used after Delete');
    return cf;
  };
  return {
    get Type() {
      return state().type;
    },
    get Formula1() {
      return state().formula;
    },
    get Interior(): EtInterior {
      return {
        get Color() {
          return state().fill ?? 16777215;
        },
        set Color(v: number) {
          if (host.sheet.protectContents) throw protectedSheet(host.sheet.name);
          state().fill = v;
        },
      };
    },
    get AppliesTo() {
      return new RangeDouble(host, state().rects);
    },
    Delete() {
      host.count();
      if (host.sheet.protectContents) throw protectedSheet(host.sheet.name);
      state();
      host.sheet.cfs = host.sheet.cfs.filter((c) => c.id !== id);
    },
  };
}

export { parseAddress };
