import { RangeAreasP } from './areas';
import { RichApiError } from './errors';
import { relink } from './formulaLinks';
import { assertAlive, rectOn, type AreasTarget, type RangeTarget } from './guards';
import { MAX_COLS, MAX_RANGES_ADDRESS, MAX_ROWS } from './limits';
import { NamedItemCollectionP } from './names';
import { derivedSlot, DObject, strict, type NavFactory, type Prop } from './proxy';
import { RangeP } from './range';
import { FreezeP, PageLayoutP, ProtectionP } from './sheetPanes';
import { checkSheetName } from './sheetNames';
import { usedRect, type SheetState, type WorkbookState } from './state';
import { TableCollectionP } from './tables';
import { assertStructureOpen } from './workbookProtection';

const VISIBILITIES = new Set(['Visible', 'Hidden', 'VeryHidden']);

/** Whether removing `sheet` from view would leave the workbook without a visible sheet. */
function lastVisible(wb: WorkbookState, sheet: SheetState): boolean {
  return wb.sheets.every((s) => s === sheet || s.visibility !== 'Visible');
}

/** After the active sheet is hidden or deleted, Excel activates the next visible one. */
export function reactivate(wb: WorkbookState, sheet: SheetState): void {
  if (wb.activeSheetId !== sheet.id) return;
  const i = wb.sheets.indexOf(sheet);
  const next = [...wb.sheets.slice(i + 1), ...wb.sheets.slice(0, i).reverse()].find(
    (s) => s.visibility === 'Visible' && !s.deleted,
  );
  if (next) wb.activeSheetId = next.id;
  if (wb.selection?.sheetId === sheet.id) delete wb.selection;
}

function props(wb: () => WorkbookState): Record<string, Prop<SheetState>> {
  return {
    id: { get: (t) => t.id },
    name: {
      get: (t) => t.name,
      set: (t, v) => {
        assertStructureOpen(wb());
        t.name = checkSheetName(wb(), v, t.id);
        relink(wb());
      },
    },
    position: { get: (t) => wb().sheets.indexOf(t) },
    visibility: {
      get: (t) => t.visibility,
      set: (t, v) => {
        assertStructureOpen(wb());
        if (typeof v !== 'string' || !VISIBILITIES.has(v))
          throw new RichApiError('InvalidArgument', `Invalid visibility ${JSON.stringify(v)}.`);
        if (v !== 'Visible' && lastVisible(wb(), t))
          throw new RichApiError('InvalidOperation', 'A workbook must keep one visible sheet.');
        t.visibility = v as SheetState['visibility'];
        if (v !== 'Visible') reactivate(wb(), t);
      },
    },
  };
}

function part<C extends DObject<SheetState>>(
  Ctor: new (...a: ConstructorParameters<typeof ProtectionP>) => C,
): NavFactory<SheetState> {
  return {
    make: (p) =>
      strict(
        new Ctor(
          p.__ctx,
          derivedSlot(p, (t: SheetState) => t),
        ),
      ),
  };
}

const NAVS: Record<string, NavFactory<SheetState>> = {
  protection: part(ProtectionP),
  freezePanes: part(FreezeP),
  pageLayout: part(PageLayoutP),
  tables: part(TableCollectionP),
  names: part(NamedItemCollectionP),
};

/** `Worksheet`. */
export class WorksheetP extends DObject<SheetState> {
  private __propTable?: Record<string, Prop<SheetState>>;
  get __type(): string {
    return 'Worksheet';
  }
  __props(): Readonly<Record<string, Prop<SheetState>>> {
    this.__propTable ??= props(() => this.__ctx.host.state);
    return this.__propTable;
  }
  override __navs(): Readonly<Record<string, NavFactory<SheetState>>> {
    return NAVS;
  }
  override __alive(t: SheetState): void {
    assertAlive(t);
  }

  private range(label: string, args: unknown, f: (t: SheetState) => RangeTarget | null): RangeP {
    return this.__create(label, args, false, RangeP, f);
  }
  /** The range at an A1 address; the whole sheet without one. */
  getRange(address?: string): RangeP {
    return this.range('getRange', { address }, (t) => ({
      sheet: t,
      rect:
        address === undefined ? { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS } : rectOn(t, address),
    }));
  }
  /** Several areas, comma-separated, in one address string of at most 8,192 characters. */
  getRanges(address: string): RangeAreasP {
    return this.__create('getRanges', { address }, false, RangeAreasP, (t): AreasTarget => {
      if (typeof address !== 'string' || address.length > MAX_RANGES_ADDRESS)
        throw new RichApiError(
          'InvalidArgument',
          `The address string is longer than ${MAX_RANGES_ADDRESS} characters.`,
        );
      return { sheet: t, rects: address.split(',').map((a) => rectOn(t, a)) };
    });
  }
  /** The used range; `valuesOnly` ignores cells that hold formatting alone. An empty sheet gives A1. */
  getUsedRange(valuesOnly = false): RangeP {
    return this.range('getUsedRange', { valuesOnly }, (t) => ({
      sheet: t,
      rect: usedRect(t, valuesOnly) ?? { r1: 1, c1: 1, r2: 1, c2: 1 },
    }));
  }
  /** Like getUsedRange, but a null object for an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeP {
    return this.range('getUsedRangeOrNullObject', { valuesOnly }, (t) => {
      const rect = usedRect(t, valuesOnly);
      return rect ? { sheet: t, rect } : null;
    });
  }
  /** The cell at 0-based (row, column). */
  getCell(row: number, column: number): RangeP {
    return this.range('getCell', [row, column], (t) => {
      if (row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLS)
        throw new RichApiError('InvalidArgument', 'Cell outside the sheet.');
      return { sheet: t, rect: { r1: row + 1, c1: column + 1, r2: row + 1, c2: column + 1 } };
    });
  }
  activate(): void {
    this.__write('activate', null, (t) => {
      if (t.visibility !== 'Visible')
        throw new RichApiError('InvalidOperation', `The sheet '${t.name}' is hidden.`);
      const wb = this.__ctx.host.state;
      wb.activeSheetId = t.id;
    });
  }
  /** Deletes the sheet, its tables and names; the last visible sheet cannot go. */
  delete(): void {
    this.__write('delete', null, (t) => {
      const wb = this.__ctx.host.state;
      assertStructureOpen(wb);
      if (t.visibility === 'Visible' && lastVisible(wb, t))
        throw new RichApiError('InvalidOperation', 'A workbook must keep one visible sheet.');
      reactivate(wb, t);
      wb.sheets = wb.sheets.filter((s) => s !== t);
      wb.tables = wb.tables.filter((tb) => tb.sheetId !== t.id);
      t.deleted = true;
      relink(wb);
    });
  }
}
