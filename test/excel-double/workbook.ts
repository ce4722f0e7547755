import { RichApiError } from './errors';
import { attachSheet } from './formulaLinks';
import { FunctionsP } from './functions';
import { RangeP } from './range';
import { DObject, resolvedSlot, strict, type NavFactory, type Prop } from './proxy';
import { derivedSlot } from './proxy';
import { SettingsP } from './settings';
import { checkSheetName } from './sheetNames';
import { newSheet, type SheetState, type WorkbookState } from './state';
import { WorkbookTablesP } from './tables';
import { WorksheetP } from './worksheet';
import { assertStructureOpen, WorkbookProtectionP } from './workbookProtection';

function find(wb: WorkbookState, key: string): SheetState | undefined {
  return wb.sheets.find((s) => s.name.toUpperCase() === key.toUpperCase() || s.id === key);
}

/** `WorksheetCollection`. */
export class WorksheetCollectionP extends DObject<WorkbookState> {
  get __type(): string {
    return 'WorksheetCollection';
  }
  __props(): Readonly<Record<string, Prop<WorkbookState>>> {
    return {};
  }
  override __items(wb: WorkbookState): DObject<unknown>[] {
    return wb.sheets.map((s) => strict(new WorksheetP(this.__ctx, resolvedSlot(s))));
  }
  /** The sheet with this name (case-insensitive) or id; ItemNotFound otherwise. */
  getItem(key: string): WorksheetP {
    return this.__create('getItem', { key }, false, WorksheetP, (wb) => {
      const s = find(wb, key);
      if (!s)
        throw new RichApiError(
          'ItemNotFound',
          `The requested resource doesn't exist: worksheet '${key}'.`,
          'WorksheetCollection.getItem',
        );
      return s;
    });
  }
  getItemOrNullObject(key: string): WorksheetP {
    return this.__create(
      'getItemOrNullObject',
      { key },
      false,
      WorksheetP,
      (wb) => find(wb, key) ?? null,
    );
  }
  getActiveWorksheet(): WorksheetP {
    return this.__create(
      'getActiveWorksheet',
      null,
      false,
      WorksheetP,
      (wb) => find(wb, wb.activeSheetId) ?? null,
    );
  }
  /** Adds a sheet at the end. */
  add(name?: string): WorksheetP {
    return this.__create('add', { name }, true, WorksheetP, (wb) => {
      assertStructureOpen(wb);
      let n = wb.sheets.length + 1;
      while (name === undefined && find(wb, `Sheet${n}`)) n++;
      const sheet = newSheet(
        this.__ctx.host.newId('sheet'),
        checkSheetName(wb, name ?? `Sheet${n}`),
      );
      wb.sheets.push(sheet);
      attachSheet(wb, sheet);
      return sheet;
    });
  }
}

const NAVS: Record<string, NavFactory<WorkbookState>> = {
  functions: {
    make: (p) =>
      strict(
        new FunctionsP(
          p.__ctx,
          derivedSlot(p, (t: WorkbookState) => t),
        ),
      ),
  },
  protection: {
    make: (p) =>
      strict(
        new WorkbookProtectionP(
          p.__ctx,
          derivedSlot(p, (t: WorkbookState) => t),
        ),
      ),
  },
  worksheets: {
    make: (p) =>
      strict(
        new WorksheetCollectionP(
          p.__ctx,
          derivedSlot(p, (t: WorkbookState) => t),
        ),
      ),
  },
  settings: {
    make: (p) =>
      strict(
        new SettingsP(
          p.__ctx,
          derivedSlot(p, (t: WorkbookState) => t),
        ),
      ),
  },
  tables: {
    make: (p) =>
      strict(
        new WorkbookTablesP(
          p.__ctx,
          derivedSlot(p, (t: WorkbookState) => t),
        ),
      ),
  },
};

/** `Workbook`. */
export class WorkbookP extends DObject<WorkbookState> {
  get __type(): string {
    return 'Workbook';
  }
  __props(): Readonly<Record<string, Prop<WorkbookState>>> {
    return {};
  }
  override __navs(): Readonly<Record<string, NavFactory<WorkbookState>>> {
    return NAVS;
  }
  /** The selected range of the active sheet (A1 when nothing was selected through the API). */
  getSelectedRange(): RangeP {
    return this.__create('getSelectedRange', null, false, RangeP, (wb) => {
      const sheet = find(wb, wb.activeSheetId);
      if (!sheet) return null;
      const rect =
        wb.selection?.sheetId === sheet.id ? wb.selection.rect : { r1: 1, c1: 1, r2: 1, c2: 1 };
      return { sheet, rect };
    });
  }
}
