import { GatewayError, richCode } from './errors';
import { keptSheets, takeInventory, type SheetInfo } from './inventory';
import { listsAnything, SHEET_IDS_KEY, sheetIdsValue } from './sheetIds';
import { readMarks } from './readMarks';
import { isReportSheet } from './reportPlan';

/** What 清除标记 removed: highlighted areas and the check's report sheets. */
export interface Cleared {
  readonly removed: number;
  readonly reportSheets: readonly string[];
  /** Sheets whose conditional formats Excel would not give: their highlights, if any, stay. */
  readonly unreadable: readonly string[];
}

/** Tries of the delete when a highlight was already gone (the teacher removed it meanwhile). */
const TRIES = 3;

/**
 * Removes exactly what checks added: the product's highlights (found by their marker formula) and
 * the report sheets (found by their marker name). The teacher's own formats and sheets, even one
 * called 检查报告, are untouched, so the workbook looks as it did before the first check.
 * Highlights are looked for only on the teacher's sheets (the product never marks its own); a sheet
 * whose rules cannot be read is named in the answer rather than stopping the rest, and a rule that
 * disappears before the delete reaches it (ItemNotFound) makes the clear look again.
 */
export async function runClear(ctx: Excel.RequestContext): Promise<Cleared> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await clearOnce(ctx);
    } catch (error) {
      if (richCode(error) !== 'ItemNotFound' || attempt >= TRIES) throw error;
    }
  }
}

async function clearOnce(ctx: Excel.RequestContext): Promise<Cleared> {
  // Read with the inventory's first sync: a protected structure keeps the report sheets, so
  // clearing stops before removing anything rather than leave highlights gone and reports there.
  const structure = ctx.workbook.protection.load('protected');
  const sheets = await takeInventory(ctx);
  const teachers = sheets.filter((s) => s.owner === undefined);
  const read = await readMarks(ctx, teachers);
  const marksOf = (s: SheetInfo) => read.marks.get(s.ws) ?? [];
  const locked = teachers.find((s) => s.protected && marksOf(s).length > 0);
  if (locked) throw new GatewayError('excel.sheetProtected', { sheet: locked.name });
  const reports = sheets.filter(isReportSheet);
  if (reports.length > 0 && structure.protected) throw new GatewayError('excel.workbookProtected');
  const areas = teachers.flatMap((s) => marksOf(s).map((cf) => cf.getRanges().load('areaCount')));
  for (const s of teachers) for (const cf of marksOf(s)) cf.delete();
  for (const s of reports) s.ws.delete();
  const kept = keptSheets(
    sheets,
    reports.map((s) => s.ws),
  );
  // The list goes with the last product sheet; add-then-delete removes it without a read first.
  const list = ctx.workbook.settings.add(SHEET_IDS_KEY, sheetIdsValue(kept));
  if (!listsAnything(kept)) list.delete();
  await ctx.sync();
  return {
    removed: areas.reduce((n, a) => n + a.areaCount, 0),
    reportSheets: reports.map((s) => s.name),
    unreadable: read.unreadable,
  };
}
