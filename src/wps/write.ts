import type { ModelSheet } from '../core/report/sheetModel';
import { HIGHLIGHT } from '../core/report/styles';
import { a1, type Rect } from './address';
import type { EtApplication, EtFormatCondition, EtWorkbook, EtWorksheet } from './et';
import { XL_EXPRESSION } from './et';
import { WpsError } from './errors';
import { listSheets, productFormats, type SheetInfo } from './inventory';
import {
  MARK_ORDER,
  markFormula,
  ownerFormula,
  SHEET_MARK,
  type OwnerKey,
  type SheetMarks,
} from '../core/marks';
import { freezePanes, showAgain, shownSheet } from './panes';
import { bgr, renderLinked, renderSheet } from './render';
import { nextTask } from './tick';

/** A product sheet to write under its final name. */
export interface NewSheet {
  readonly model: ModelSheet;
  readonly owner: OwnerKey;
  readonly finalName: string;
}

/** Everything one action writes and removes; old product sheets and marks go only once the new ones exist. */
export interface WriteOrder {
  readonly token: string;
  readonly sheets: readonly NewSheet[];
  /** Highlights per teacher sheet and kind. */
  readonly marks: ReadonlyMap<SheetInfo, SheetMarks>;
  readonly replaceSheets: readonly SheetInfo[];
  /** Sheets whose product highlights are removed. */
  readonly unmark: readonly SheetInfo[];
}

/** VBA's Range() takes an address of at most 255 characters: areas joined up to that. */
function addressLists(rects: readonly Rect[]): string[] {
  const lists: string[] = [];
  let current = '';
  for (const r of rects) {
    const a = a1(r);
    if (current && current.length + 1 + a.length > 250) {
      lists.push(current);
      current = a;
    } else current = current ? `${current},${a}` : a;
  }
  if (current) lists.push(current);
  return lists;
}

/**
 * Refuses before anything is changed: a protected sheet that would get or lose highlights is
 * named, a protected workbook (structure) stops any sheet from being added or deleted. Nothing of
 * the teacher's is unprotected, ever.
 */
function refuseLocked(book: EtWorkbook, order: WriteOrder): void {
  const touched = [...order.marks.keys(), ...order.unmark];
  const locked = touched.find((s) => s.protected);
  if (locked) throw new WpsError('wps.sheetProtected', { sheet: locked.name });
  const restructures = order.sheets.length > 0 || order.replaceSheets.length > 0;
  if (restructures && book.ProtectStructure) throw new WpsError('wps.workbookProtected');
}

/** Removes what this run created (its sheets by their marker, its formats by token). */
function rollback(book: EtWorkbook, token: string, marked: readonly EtWorksheet[]): void {
  try {
    for (const ws of marked)
      for (const fc of productFormats(ws)) if (fc.Formula1.includes(`|${token}")`)) fc.Delete();
    for (const s of listSheets(book)) if (s.owner?.token === token) s.ws.Delete();
  } catch {
    // Best effort: the error that stopped the write is the one the teacher must see.
  }
}

/**
 * Writes the order with screen updating and alerts off (WPS asks before deleting a sheet
 * otherwise): new sheets under temporary names, then highlights, then the old sheets and
 * highlights are removed and the new sheets renamed, and last the formulas that name a sheet
 * (create, delete and rename first, then cross-sheet formulas: the Excel adapter's order), then
 * the frozen panes (see freezePanes). Any failure removes what this run made. The sheet the
 * teacher was on is shown again at the end, as the Excel adapter leaves it.
 */
export async function writeOrder(
  app: EtApplication,
  book: EtWorkbook,
  order: WriteOrder,
): Promise<string[]> {
  refuseLocked(book, order);
  const shown = shownSheet(app);
  const screen = app.ScreenUpdating;
  const alerts = app.DisplayAlerts;
  app.ScreenUpdating = false;
  app.DisplayAlerts = false;
  const created: { ws: EtWorksheet; finalName: string; model: ModelSheet }[] = [];
  try {
    for (const [i, sheet] of order.sheets.entries()) {
      const last = book.Worksheets.Item(book.Worksheets.Count);
      const ws = book.Worksheets.Add(undefined, last);
      ws.Name = `~UC ${order.token} ${i + 1}`.slice(0, 31);
      ws.Names.Add(SHEET_MARK, ownerFormula(sheet.owner, order.token), false);
      created.push({ ws, finalName: sheet.finalName, model: sheet.model });
      renderSheet(ws, sheet.model);
      await nextTask();
    }
    const old = order.unmark.flatMap((s) => s.marks);
    for (const [info, kinds] of order.marks)
      for (const kind of MARK_ORDER)
        for (const list of addressLists(kinds[kind])) {
          const fc: EtFormatCondition = info.ws
            .Range(list)
            .FormatConditions.Add(XL_EXPRESSION, undefined, markFormula(kind, order.token));
          fc.Interior.Color = bgr(HIGHLIGHT[kind]);
        }
    for (const fc of old) fc.Delete();
    for (const s of order.replaceSheets) s.ws.Delete();
    for (const c of created) c.ws.Name = c.finalName;
    // Only now, with the old sheets gone and the new ones under their names, do formulas that name
    // a sheet go in (the appraisal summary's `'评分-…'!J14`): written earlier they would bind to an
    // old form (then #REF!) or make WPS look for another workbook. Should this step fail, the
    // rollback removes the new sheets; the old ones are gone by then, as in the Excel adapter.
    for (const c of created) if (renderLinked(c.ws, c.model) > 0) await nextTask();
    for (const c of created) freezePanes(app, c.ws, c.model);
    return created.map((c) => c.finalName);
  } catch (error) {
    rollback(
      book,
      order.token,
      [...order.marks.keys()].map((s) => s.ws),
    );
    if (error instanceof WpsError) throw error;
    throw new WpsError('wps.writeFailed', {
      detail: error instanceof Error ? error.message : String(error),
    });
  } finally {
    // The teacher's sheet again (the new report if they were on the one it replaced), else the report.
    showAgain(book, [shown, created[0]?.finalName]);
    app.ScreenUpdating = screen;
    app.DisplayAlerts = alerts;
  }
}
