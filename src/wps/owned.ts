import type { ModelSheet } from '../core/report/sheetModel';
import type { SheetGrid } from '../core/tables';
import type { EtApplication } from './et';
import { activeBook, listSheets } from './inventory';
import { uniqueSheetName } from '../core/report/names';
import { newToken, type OwnerKey } from '../core/marks';
import { writeOrder } from './write';

/** An imported grade file as a sheet of plain values (dates stay serial numbers, as read). */
function gridSheet(g: SheetGrid): ModelSheet {
  const first = g.firstRow ?? 1;
  const rows = [
    ...Array.from({ length: first - 1 }, () => []),
    ...g.rows.map((row) =>
      Array.from(row, (v) =>
        v === undefined || v === null
          ? undefined
          : v instanceof Date
            ? { value: v.toISOString().slice(0, 10) }
            : typeof v === 'object'
              ? { value: v.error }
              : { value: v },
      ),
    ),
  ];
  return { name: g.sheet, rows };
}

/**
 * Product-owned sheets: one written before under the same owner key is replaced, a teacher's
 * sheet of the same name is kept and the new one takes `名 (2)`. Returns the names written.
 */
export async function writeOwned(
  app: EtApplication,
  items: readonly { readonly model: ModelSheet; readonly owner: OwnerKey }[],
): Promise<string[]> {
  const book = activeBook(app);
  const sheets = listSheets(book);
  const keys = new Set(items.map((i) => i.owner));
  const replaced = sheets.filter((s) => s.owner !== undefined && keys.has(s.owner.key));
  const taken = new Set(
    sheets.filter((s) => !replaced.includes(s)).map((s) => s.name.toUpperCase()),
  );
  return writeOrder(app, book, {
    token: newToken(),
    sheets: items.map((i) => ({ ...i, finalName: uniqueSheetName(i.model.name, taken) })),
    marks: new Map(),
    replaceSheets: replaced,
    unmark: [],
  });
}

export function importItems(grids: readonly SheetGrid[]): { model: ModelSheet; owner: OwnerKey }[] {
  return grids.map((g) => ({ model: gridSheet(g), owner: `import:${g.file ?? ''}|${g.sheet}` }));
}
