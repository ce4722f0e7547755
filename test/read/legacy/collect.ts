import type { CellValue } from '../../../src/core/cells';
import type { WorkbookVisitor } from '../../../src/read/visitor';

/** One sheet as a reader handed it over. */
export interface SheetRows {
  readonly sheet: string;
  readonly hidden: boolean;
  readonly rows: [number, (CellValue | undefined)[]][];
  ended: boolean;
}

/** A visitor that keeps everything, for comparing readers. */
export function collector(): { visitor: WorkbookVisitor; sheets: SheetRows[] } {
  const sheets: SheetRows[] = [];
  const visitor: WorkbookVisitor = {
    beginSheet(info) {
      const s: SheetRows = { sheet: info.sheet, hidden: info.hidden, rows: [], ended: false };
      sheets.push(s);
      return {
        row: (n, cells) => void s.rows.push([n, [...cells]]),
        end: () => void (s.ended = true),
      };
    },
  };
  return { visitor, sheets };
}

/** The rows of sheet `name` as a map from row number to cells. */
export function rowsOf(
  sheets: readonly SheetRows[],
  name: string,
): Map<number, (CellValue | undefined)[]> {
  const s = sheets.find((x) => x.sheet === name);
  if (!s) throw new Error(`no sheet ${name}; have ${sheets.map((x) => x.sheet).join(', ')}`);
  return new Map(s.rows);
}
