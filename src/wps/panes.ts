import type { ModelSheet } from '../core/report/sheetModel';
import type { EtApplication, EtWindow, EtWorkbook, EtWorksheet } from './et';

/** The name of the sheet the teacher is looking at, if WPS says. */
export function shownSheet(app: EtApplication): string | undefined {
  try {
    return app.ActiveSheet?.Name;
  } catch {
    return undefined;
  }
}

/**
 * Shows the first of `names` that is still in the workbook. Worksheets.Add activates each new
 * sheet and freezing activates each frozen one; the teacher is put back where they were, as the
 * Excel adapter leaves them. Cosmetic, so nothing here may fail a write.
 */
export function showAgain(book: EtWorkbook, names: readonly (string | undefined)[]): void {
  for (const name of names) {
    if (name === undefined) continue;
    try {
      book.Worksheets.Item(name).Activate();
      return;
    } catch {
      // Gone (an old report replaced under another name): the next candidate.
    }
  }
}

/**
 * Freezes a product sheet's header rows and columns, as the Excel adapter's freezePanes does.
 * WPS keeps panes on the window, so the sheet is activated first, and the window is touched only
 * once WPS confirms that sheet is the active one: a teacher's sheet never gets a product's panes.
 * The window is scrolled to A1 because a split counts rows from the first one shown. Frozen panes
 * are cosmetic: a WPS that refuses any step leaves this sheet unfrozen and the write stands.
 * Returns whether the sheet is frozen.
 */
export function freezePanes(app: EtApplication, ws: EtWorksheet, sheet: ModelSheet): boolean {
  const rows = sheet.freeze?.rows ?? 0;
  const cols = sheet.freeze?.cols ?? 0;
  if (rows <= 0 && cols <= 0) return false;
  let win: EtWindow | null = null;
  try {
    const name = ws.Name;
    ws.Activate();
    if (app.ActiveSheet?.Name !== name) throw new Error(`${name} did not become active`);
    win = app.ActiveWindow;
    if (!win) throw new Error('no ActiveWindow');
    win.FreezePanes = false;
    win.ScrollRow = 1;
    win.ScrollColumn = 1;
    win.SplitRow = rows;
    win.SplitColumn = cols;
    win.FreezePanes = true;
    return true;
  } catch (error) {
    // For whoever debugs an old WPS; the teacher loses only the frozen header.
    console.warn('UnionCompliance: frozen panes not set', error);
    try {
      // A split left unfrozen would be a pane the teacher never asked for.
      if (win) [win.SplitRow, win.SplitColumn] = [0, 0];
    } catch {
      // Nothing more to undo.
    }
    return false;
  }
}
