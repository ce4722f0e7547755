/**
 * The ids of the sheets the product wrote, kept in the workbook's settings (ExcelApi 1.4). A
 * teacher's copy of a product sheet (移动或复制) carries its marker name too, but gets a new
 * Worksheet.id, so a marked sheet whose id is not listed is the teacher's and is never replaced or
 * deleted. A workbook written before the list existed has no such setting: the marker alone counts.
 */
export const PRODUCT_IDS_KEY = 'UnionCompliance.sheetIds';

/** The stored ids, or undefined when the workbook has no (readable) list. */
export function parseIds(value: unknown): ReadonlySet<string> | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')
      ? new Set(parsed)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Queues loading the list; read `.isNullObject` / `.value` after the sync. */
export function loadIds(ctx: Excel.RequestContext): Excel.Setting {
  return ctx.workbook.settings.getItemOrNullObject(PRODUCT_IDS_KEY).load('value');
}
