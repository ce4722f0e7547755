import { columnLetter, type RowRef } from '../core/cells';
import type { EtApplication, EtWorksheet } from './et';
import { WpsError } from './errors';
import { activeBook } from './inventory';

/** The sheet of that name (Worksheets.Item raises 下标越界 for a name that is not there). */
export function sheetNamed(app: EtApplication, name: string): EtWorksheet {
  const sheets = activeBook(app).Worksheets;
  for (let i = 1; i <= sheets.Count; i++) {
    const ws = sheets.Item(i);
    if (ws.Name === name) return ws;
  }
  throw new WpsError('wps.sheetNotFound', { sheet: name });
}

/** Activates the sheet and selects the row's first cell (or the named cell). */
export function runSelect(app: EtApplication, ref: RowRef & { readonly col?: number }): void {
  const ws = sheetNamed(app, ref.sheet);
  ws.Activate();
  ws.Range(`${columnLetter(ref.col ?? 1)}${ref.row}`).Select();
}
