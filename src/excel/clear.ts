import { GatewayError } from './errors';
import { takeInventory } from './inventory';
import { isReportSheet } from './reportPlan';

/** What 清除标记 removed: highlighted areas and the check's report sheets. */
export interface Cleared {
  readonly removed: number;
  readonly reportSheets: readonly string[];
}

/**
 * Removes exactly what checks added: the product's highlights (found by their marker formula) and
 * the report sheets (found by their marker name). The teacher's own formats and sheets, even one
 * called 检查报告, are untouched, so the workbook looks as it did before the first check.
 */
export async function runClear(ctx: Excel.RequestContext): Promise<Cleared> {
  // Read with the inventory's first sync: a protected structure keeps the report sheets, so
  // clearing stops before removing anything rather than leave highlights gone and reports there.
  const structure = ctx.workbook.protection.load('protected');
  const sheets = await takeInventory(ctx, { marks: true });
  const locked = sheets.find((s) => s.protected && s.marks.length > 0);
  if (locked) throw new GatewayError('excel.sheetProtected', { sheet: locked.name });
  const reports = sheets.filter(isReportSheet);
  if (reports.length > 0 && structure.protected) throw new GatewayError('excel.workbookProtected');
  const areas = sheets.flatMap((s) => s.marks.map((cf) => cf.getRanges().load('areaCount')));
  for (const s of sheets) for (const cf of s.marks) cf.delete();
  for (const s of reports) s.ws.delete();
  await ctx.sync();
  return {
    removed: areas.reduce((n, a) => n + a.areaCount, 0),
    reportSheets: reports.map((s) => s.name),
  };
}
