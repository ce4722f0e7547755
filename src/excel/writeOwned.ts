import type { ModelSheet, WorkbookModel } from '../core/report/sheetModel';
import type { SheetGrid } from '../core/tables';
import { gridModel } from './gridModel';
import { takeInventory, keptSheets } from './inventory';
import { newToken, type OwnerKey } from '../core/marks';
import { uniqueSheetName } from '../core/report/names';
import { writeTransaction } from './transaction';

/** Links between the written sheets follow them when a name had to change (`表 (2)`). */
function retarget(sheet: ModelSheet, names: ReadonlyMap<string, string>): ModelSheet {
  if (names.size === 0) return sheet;
  const rows = sheet.rows.map((row) =>
    row.map((cell) =>
      cell?.link && names.has(cell.link.sheet)
        ? { ...cell, link: { ...cell.link, sheet: names.get(cell.link.sheet)! } }
        : cell,
    ),
  );
  return { ...sheet, rows };
}

/**
 * Writes product-owned sheets: a sheet written before with the same owner key is replaced, a
 * teacher's sheet of the same name is kept and the new one takes `name (2)`. Returns the names.
 */
export async function runWriteOwned(
  ctx: Excel.RequestContext,
  items: readonly { readonly model: ModelSheet; readonly owner: OwnerKey }[],
): Promise<string[]> {
  const sheets = await takeInventory(ctx, { tables: true });
  const keys = new Set<string>(items.map((i) => i.owner));
  const replaced = sheets.filter((s) => s.owner !== undefined && keys.has(s.owner.key));
  const kept = sheets.filter((s) => !replaced.includes(s));
  const taken = new Set(kept.map((s) => s.name.toUpperCase()));
  const names = new Map<string, string>();
  const finals = items.map((i) => {
    const final = uniqueSheetName(i.model.name, taken);
    if (final !== i.model.name) names.set(i.model.name, final);
    return final;
  });
  await writeTransaction(ctx, {
    token: newToken(),
    sheets: items.map((i, k) => ({
      model: retarget(i.model, names),
      owner: i.owner,
      finalName: finals[k]!,
    })),
    marks: [],
    replaceSheets: replaced.map((s) => s.ws),
    removeMarks: [],
    takenTables: new Set(kept.flatMap((s) => s.tables.map((t) => t.toUpperCase()))),
    kept: keptSheets(
      sheets,
      replaced.map((s) => s.ws),
    ),
  });
  return finals;
}

/** Sheets of a WorkbookModel (the appraisal forms), owned per sheet name. */
export function modelItems(model: WorkbookModel): { model: ModelSheet; owner: OwnerKey }[] {
  return model.sheets.map((s) => ({ model: s, owner: `model:${s.name}` }));
}

/** Imported grade files as sheets, owned per source file and sheet. */
export function importItems(grids: readonly SheetGrid[]): { model: ModelSheet; owner: OwnerKey }[] {
  return grids.map((g) => ({ model: gridModel(g), owner: `import:${g.file ?? ''}|${g.sheet}` }));
}
