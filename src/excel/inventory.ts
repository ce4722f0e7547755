import { parseOwner, SHEET_MARK, type SheetOwner } from '../core/marks';
import type { Area } from '../core/marks';
import {
  isOwnSheet,
  parseSheetIds,
  SHEET_IDS_KEY,
  type KeptSheets,
  type MarkedSheet,
} from './sheetIds';

/** One worksheet as the adapter knows it after the inventory. */
export interface SheetInfo {
  readonly ws: Excel.Worksheet;
  /** Worksheet.id: stays with the sheet through renames; a copy gets a new one. */
  readonly id: string;
  readonly name: string;
  readonly visible: boolean;
  readonly protected: boolean;
  /** Set on sheets the product wrote. */
  readonly owner?: SheetOwner;
  /** A teacher's copy of a product sheet (same marker, other id): neither ours nor input. */
  readonly copyOf?: SheetOwner;
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
 * The workbook's sheets in two syncs: ids, names, visibility and the product's list of its sheets
 * (see sheetIds.ts), then per sheet its protection, the product's marker, and as asked its
 * values-only used range and tables (highlights: `readMarks`).
 */
export async function takeInventory(
  ctx: Excel.RequestContext,
  options: InventoryOptions = {},
): Promise<SheetInfo[]> {
  const sheets = ctx.workbook.worksheets.load('items/id,items/name,items/visibility');
  const listed = ctx.workbook.settings.getItemOrNullObject(SHEET_IDS_KEY).load('value');
  await ctx.sync();
  const pending = sheets.items.map((ws) => queue(ws, options));
  await ctx.sync();
  const list = parseSheetIds(listed.isNullObject ? undefined : listed.value);
  const marked: MarkedSheet[] = [];
  const markers = pending.map((p, i) => {
    const owner = p.mark.isNullObject ? undefined : parseOwner(p.mark.value);
    if (owner) marked.push({ id: sheets.items[i]!.id, owner });
    return owner;
  });
  return pending.map((p, i) => {
    const id = sheets.items[i]!.id;
    const marker = markers[i];
    const own = marker !== undefined && isOwnSheet({ id, owner: marker }, marked, list);
    const owner = own ? marker : undefined;
    const used = areaOf(p.used);
    return {
      ws: p.ws,
      id,
      name: sheets.items[i]!.name,
      visible: sheets.items[i]!.visibility === 'Visible',
      protected: p.protection.protected,
      ...(owner ? { owner } : {}),
      ...(marker && !own ? { copyOf: marker } : {}),
      ...(used ? { used } : {}),
      marks: [],
      tables: (p.tables?.items ?? []).map((t) => t.name),
    };
  });
}

/** The product's sheets a write leaves in place (all but those it replaces), for its id list. */
export function keptSheets(
  sheets: readonly SheetInfo[],
  replaced: readonly Excel.Worksheet[],
): KeptSheets {
  return {
    own: sheets.flatMap((s) =>
      s.owner && !replaced.includes(s.ws) ? [{ id: s.id, owner: s.owner }] : [],
    ),
    copyTokens: sheets.flatMap((s) => (s.copyOf ? [s.copyOf.token] : [])),
  };
}
