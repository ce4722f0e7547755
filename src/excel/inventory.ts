import { parseOwner, SHEET_MARK, type SheetOwner } from './marks';
import type { Area } from './address';

/** One worksheet as the adapter knows it after the inventory. */
export interface SheetInfo {
  readonly ws: Excel.Worksheet;
  readonly name: string;
  readonly visible: boolean;
  readonly protected: boolean;
  /** Set on sheets the product wrote. */
  readonly owner?: SheetOwner;
  /** Cells holding values (not formatting alone); absent for an empty sheet or when not asked. */
  readonly used?: Area;
  /** The product's highlights on this sheet: filled in by `readMarks` for the sheets it reads. */
  readonly marks: readonly Excel.ConditionalFormat[];
  /** Names of the sheet's tables (when asked). */
  readonly tables: readonly string[];
}

export interface InventoryOptions {
  readonly used?: boolean;
  readonly tables?: boolean;
}

interface Pending {
  readonly ws: Excel.Worksheet;
  readonly protection: Excel.WorksheetProtection;
  readonly mark: Excel.NamedItem;
  readonly used?: Excel.Range;
  readonly tables?: Excel.TableCollection;
}

function queue(ws: Excel.Worksheet, options: InventoryOptions): Pending {
  return {
    ws,
    protection: ws.protection.load('protected'),
    mark: ws.names.getItemOrNullObject(SHEET_MARK).load('value'),
    ...(options.used
      ? {
          used: ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
        }
      : {}),
    ...(options.tables ? { tables: ws.tables.load('items/name') } : {}),
  };
}

function areaOf(r: Excel.Range | undefined): Area | undefined {
  if (!r || r.isNullObject) return undefined;
  return {
    r1: r.rowIndex + 1,
    c1: r.columnIndex + 1,
    r2: r.rowIndex + r.rowCount,
    c2: r.columnIndex + r.columnCount,
  };
}

/**
 * The workbook's sheets in two syncs: names and visibility, then per sheet its protection, the
 * product's marker, and as asked its values-only used range and tables (highlights: `readMarks`).
 */
export async function takeInventory(
  ctx: Excel.RequestContext,
  options: InventoryOptions = {},
): Promise<SheetInfo[]> {
  const sheets = ctx.workbook.worksheets.load('items/name,items/visibility');
  await ctx.sync();
  const pending = sheets.items.map((ws) => queue(ws, options));
  await ctx.sync();
  return pending.map((p, i) => {
    const owner = p.mark.isNullObject ? undefined : parseOwner(p.mark.value);
    const used = areaOf(p.used);
    return {
      ws: p.ws,
      name: sheets.items[i]!.name,
      visible: sheets.items[i]!.visibility === 'Visible',
      protected: p.protection.protected,
      ...(owner ? { owner } : {}),
      ...(used ? { used } : {}),
      marks: [],
      tables: (p.tables?.items ?? []).map((t) => t.name),
    };
  });
}
