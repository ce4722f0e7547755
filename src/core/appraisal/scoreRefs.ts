import type { FormLayout } from './formSheet';
import { directTotal, lookupTotal } from './formulas';
import { memberKey } from './memberKey';

/** A sheet holding one total per member in one column, with 学号 in `idCol` (a form or a pool). */
export type TotalSource = Pick<
  FormLayout,
  'sheet' | 'members' | 'idCol' | 'totalCol' | 'firstDataRow' | 'lastDataRow'
>;

/** Whether members of a form can be looked up by 学号 (every one has a distinct, non-empty ID). */
export function lookupById(layout: TotalSource): boolean {
  const ids = layout.members.map((m) => m.studentId.trim());
  return ids.every((id) => id !== '') && new Set(ids).size === ids.length;
}

/**
 * The formula for one member's total on one form: by 学号 (robust to sorting) when possible,
 * otherwise by its fixed cell. `keyCell` holds the member's 学号 on the referring sheet.
 */
export function totalRef(layout: TotalSource, key: string, keyCell: string): string | undefined {
  const index = layout.members.findIndex((m) => memberKey(m) === key);
  if (index < 0) return undefined;
  if (lookupById(layout))
    return lookupTotal(
      layout.sheet,
      keyCell,
      layout.idCol,
      layout.totalCol,
      layout.firstDataRow,
      layout.lastDataRow,
    );
  return directTotal(layout.sheet, layout.totalCol, layout.firstDataRow + index);
}
