import { formatAddress } from './a1';
import {
  readFormulas,
  readValueTypes,
  readNumberFormats,
  readText,
  readValues,
  writeNumberFormats,
  writeValues,
} from './cells';
import { CfCollectionP } from './cf';
import { RichApiError } from './errors';
import { RangeFormatP } from './format';
import { assertAlive, assertWritable, rangeArg, type RangeTarget } from './guards';
import { MAX_COLS, MAX_ROWS } from './limits';
import { mergeRect } from './merge';
import { derivedSlot, DObject, strict, type NavFactory, type Prop } from './proxy';
import { eachCell, intersect, rectCells, type Rect } from './rect';
import { ensureCell, usedRectWithin, type HyperlinkState } from './state';
import { DataValidationP } from './validation';

const cells = (t: RangeTarget): number => rectCells(t.rect);

function checkLink(v: unknown): HyperlinkState {
  const ok =
    v !== null &&
    typeof v === 'object' &&
    Object.values(v).every((x) => typeof x === 'string' || x === undefined);
  if (!ok) throw new RichApiError('InvalidArgument', `Invalid hyperlink ${JSON.stringify(v)}.`);
  return v;
}

const PROPS: Record<string, Prop<RangeTarget>> = {
  address: { get: (t) => formatAddress(t.sheet.name, t.rect) },
  rowIndex: { get: (t) => t.rect.r1 - 1 },
  columnIndex: { get: (t) => t.rect.c1 - 1 },
  rowCount: { get: (t) => t.rect.r2 - t.rect.r1 + 1 },
  columnCount: { get: (t) => t.rect.c2 - t.rect.c1 + 1 },
  cellCount: { get: (t) => rectCells(t.rect) },
  values: {
    cells,
    get: (t) => readValues(t.sheet, t.rect),
    set: (t, v) => {
      assertWritable(t.sheet);
      writeValues(t.sheet, t.rect, v);
    },
  },
  valueTypes: {
    cells,
    get: (t) => readValueTypes(t.sheet, t.rect),
  },
  formulas: {
    cells,
    get: (t) => readFormulas(t.sheet, t.rect),
    set: (t, v) => {
      assertWritable(t.sheet);
      writeValues(t.sheet, t.rect, v);
    },
  },
  numberFormat: {
    cells,
    get: (t) => readNumberFormats(t.sheet, t.rect),
    set: (t, v) => {
      assertWritable(t.sheet);
      writeNumberFormats(t.sheet, t.rect, v);
    },
  },
  text: { cells, get: (t) => readText(t.sheet, t.rect) },
  hyperlink: {
    get: (t) => t.sheet.cells.get(t.rect.r1)?.get(t.rect.c1)?.hyperlink ?? null,
    set: (t, v) => {
      assertWritable(t.sheet);
      const link = checkLink(v);
      eachCell(t.rect, (row, col) => {
        const c = ensureCell(t.sheet, row, col);
        c.hyperlink = { ...link };
        if (link.textToDisplay !== undefined) {
          c.value = link.textToDisplay;
          delete c.formula;
        }
      });
    },
  },
};

const NAVS: Record<string, NavFactory<RangeTarget>> = {
  format: {
    make: (p) =>
      strict(
        new RangeFormatP(
          p.__ctx,
          derivedSlot(p, (t: RangeTarget) => ({ sheet: t.sheet, rects: [t.rect] })),
        ),
      ),
  },
  conditionalFormats: {
    make: (p) =>
      strict(
        new CfCollectionP(
          p.__ctx,
          derivedSlot(p, (t: RangeTarget) => ({ sheet: t.sheet, rects: [t.rect] })),
        ),
      ),
  },
  dataValidation: {
    make: (p) =>
      strict(
        new DataValidationP(
          p.__ctx,
          derivedSlot(p, (t: RangeTarget) => t),
        ),
      ),
  },
};

function checked(r: Rect): Rect {
  const ok =
    r.r1 >= 1 && r.c1 >= 1 && r.r2 <= MAX_ROWS && r.c2 <= MAX_COLS && r.r1 <= r.r2 && r.c1 <= r.c2;
  if (!ok)
    throw new RichApiError('InvalidArgument', 'The resulting range is outside the worksheet.');
  return r;
}

/** `Range`. */
export class RangeP extends DObject<RangeTarget> {
  get __type(): string {
    return 'Range';
  }
  __props(): Readonly<Record<string, Prop<RangeTarget>>> {
    return PROPS;
  }
  override __navs(): Readonly<Record<string, NavFactory<RangeTarget>>> {
    return NAVS;
  }
  override __alive(t: RangeTarget): void {
    assertAlive(t.sheet);
  }

  private derive(label: string, args: unknown, f: (t: RangeTarget) => Rect | null): RangeP {
    return this.__create(label, args, false, RangeP, (t) => {
      const rect = f(t);
      return rect ? { sheet: t.sheet, rect } : null;
    });
  }

  /** Merges the cells (per row when `across`); only the top-left value is kept. */
  merge(across = false): void {
    this.__write('merge', { across }, (t) => {
      assertWritable(t.sheet);
      const { r1, c1, r2, c2 } = t.rect;
      const parts = across
        ? Array.from({ length: r2 - r1 + 1 }, (_, i) => ({ r1: r1 + i, c1, r2: r1 + i, c2 }))
        : [t.rect];
      const tables = this.__ctx.host.state.tables.filter((tb) => tb.sheetId === t.sheet.id);
      if (tables.some((tb) => intersect(tb.rect, t.rect)))
        throw new RichApiError('InvalidOperation', 'Cells in a table cannot be merged.');
      for (const part of parts) mergeRect(t.sheet, part);
    });
  }
  /** Splits merged cells in the range. */
  unmerge(): void {
    this.__write('unmerge', null, (t) => {
      assertWritable(t.sheet);
      t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, t.rect));
    });
  }
  /** Selects the range; its sheet must be the active one. */
  select(): void {
    this.__write('select', null, (t) => {
      assertAlive(t.sheet);
      const wb = this.__ctx.host.state;
      if (wb.activeSheetId !== t.sheet.id)
        throw new RichApiError(
          'InvalidOperation',
          `Cannot select on '${t.sheet.name}': it is not the active sheet.`,
        );
      wb.selection = { sheetId: t.sheet.id, rect: { ...t.rect } };
    });
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeP {
    return this.derive('getResizedRange', [deltaRows, deltaColumns], (t) =>
      checked({ ...t.rect, r2: t.rect.r2 + deltaRows, c2: t.rect.c2 + deltaColumns }),
    );
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeP {
    const dr = rowOffset;
    const dc = columnOffset;
    return this.derive('getOffsetRange', [dr, dc], (t) =>
      checked({ r1: t.rect.r1 + dr, c1: t.rect.c1 + dc, r2: t.rect.r2 + dr, c2: t.rect.c2 + dc }),
    );
  }
  getIntersectionOrNullObject(other: unknown): RangeP {
    return this.derive(
      'getIntersectionOrNullObject',
      typeof other === 'string' ? other : null,
      (t) => intersect(t.rect, rangeArg(t.sheet, other)),
    );
  }
  getBoundingRect(other: unknown): RangeP {
    return this.derive('getBoundingRect', typeof other === 'string' ? other : null, (t) => {
      const o = rangeArg(t.sheet, other);
      return {
        r1: Math.min(t.rect.r1, o.r1),
        c1: Math.min(t.rect.c1, o.c1),
        r2: Math.max(t.rect.r2, o.r2),
        c2: Math.max(t.rect.c2, o.c2),
      };
    });
  }
  /** The used cells inside this range (`valuesOnly`: cells with values); a null object when none. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeP {
    return this.derive('getUsedRangeOrNullObject', { valuesOnly }, (t) =>
      usedRectWithin(t.sheet, t.rect, valuesOnly),
    );
  }
  getEntireRow(): RangeP {
    return this.derive('getEntireRow', null, (t) => ({
      r1: t.rect.r1,
      c1: 1,
      r2: t.rect.r2,
      c2: MAX_COLS,
    }));
  }
  getEntireColumn(): RangeP {
    return this.derive('getEntireColumn', null, (t) => ({
      r1: 1,
      c1: t.rect.c1,
      r2: MAX_ROWS,
      c2: t.rect.c2,
    }));
  }
  /** The cell at 0-based (row, column) relative to the range's top-left. */
  getCell(row: number, column: number): RangeP {
    return this.derive('getCell', [row, column], (t) =>
      checked({
        r1: t.rect.r1 + row,
        c1: t.rect.c1 + column,
        r2: t.rect.r1 + row,
        c2: t.rect.c1 + column,
      }),
    );
  }
}
