import type { EtApplication } from './et';
import { WpsError } from './errors';
import { activeBook, listSheets } from './inventory';
import { isReport } from './names';

/** What 清除标记 removed: highlighted areas and the check's report sheets. */
export interface Cleared {
  readonly removed: number;
  readonly reportSheets: readonly string[];
}

function areasOf(address: string): number {
  return address.split(',').filter((a) => a.trim() !== '').length;
}

/**
 * Removes exactly what checks added: the product's conditional formats (found by their marker
 * formula; the teacher's fills and formats were never touched, so they show again as they were)
 * and the report sheets (found by their marker name). A protected sheet or workbook stops it
 * before anything is removed.
 */
export function runClear(app: EtApplication): Cleared {
  const book = activeBook(app);
  const sheets = listSheets(book);
  const locked = sheets.find((s) => s.protected && s.marks.length > 0);
  if (locked) throw new WpsError('wps.sheetProtected', { sheet: locked.name });
  const reports = sheets.filter(isReport);
  if (reports.length > 0 && book.ProtectStructure) throw new WpsError('wps.workbookProtected');
  let removed = 0;
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    for (const s of sheets)
      for (const fc of s.marks) {
        removed += areasOf(fc.AppliesTo.Address(false, false));
        fc.Delete();
      }
    for (const s of reports) s.ws.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
  return { removed, reportSheets: reports.map((s) => s.name) };
}
