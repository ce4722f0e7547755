import type { CellValue, Row } from '../../src/core/cells';
import type { MemberRecord } from '../../src/core/records';
import type { ModelSheet, WorkbookModel } from '../../src/core/report/sheetModel';
import type { SheetGrid } from '../../src/core/tables';

/** A roster row as the core hands it over. */
export function member(
  row: number,
  name: string,
  studentId: string,
  department: string,
  title: string,
): MemberRecord {
  return {
    ref: { sheet: '名单', row },
    studentId,
    name,
    department,
    title,
    political: 'league-member',
  };
}

/** A small union: presidium, two departments with heads and staff, one odd title. */
export const ROSTER: readonly MemberRecord[] = [
  member(2, '王主席', '2023001', '主席团', '主席'),
  member(3, '李副', '2023002', '主席团', '副主席'),
  member(4, '=张三', '2023003', '秘书处', '部长'),
  member(5, '赵干事', '2023004', '秘书处', '干事'),
  member(6, '+钱', '2023005', '@文体部', '副部长'),
  member(7, '孙某', '2023006', '@文体部', '部长'),
  member(8, '周助理', '2023007', '秘书处', '神秘职务'),
];

/** A role table standing in for the policy's title classifier. */
export function roleOf(m: MemberRecord) {
  const t = m.title ?? '';
  if (t === '主席' || t === '副主席') return 'presidium' as const;
  if (t === '部长' || t === '副部长') return 'head' as const;
  if (t === '干事') return 'staff' as const;
  return 'unknown' as const;
}

/** A model sheet's values as a reader would hand them over (formulas have no cached value: null). */
export function sheetToGrid(sheet: ModelSheet, file?: string): SheetGrid {
  const rows: Row[] = sheet.rows.map((row) =>
    Array.from(row, (cell): CellValue =>
      cell?.formula !== undefined ? null : (cell?.value ?? null),
    ),
  );
  return { sheet: sheet.name, rows, ...(file ? { file } : {}) };
}

/** Every sheet of a model as grids. */
export function modelToGrids(model: WorkbookModel, file?: string): SheetGrid[] {
  return model.sheets.map((sheet) => sheetToGrid(sheet, file));
}

/** Sets a cell (1-based row/col) in a grid copy. */
export function setCell(grid: SheetGrid, row: number, col: number, value: CellValue): SheetGrid {
  const rows = grid.rows.map((r) => [...r]);
  while (rows.length < row) rows.push([]);
  const target = rows[row - 1] ?? [];
  target[col - 1] = value;
  rows[row - 1] = target;
  return { ...grid, rows };
}
