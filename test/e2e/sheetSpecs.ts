/** The fixture workbook as the Excel double's sheet specs: runs in Node and in the test page. */
import type { SheetSpec } from '../excel-double';

/** One cell of a sheet spec; `error` marks an Excel error value such as `#N/A`. */
export type FixtureCell = string | number | boolean | null | { readonly error: string };

export interface FixtureSheet {
  readonly name: string;
  readonly rows: readonly (readonly FixtureCell[])[];
  readonly hidden: boolean;
}

/** The double's specs for a fixture; error cells are listed apart (the double sets them by address). */
export function sheetSpecs(fixture: readonly FixtureSheet[]): {
  specs: SheetSpec[];
  errors: { sheet: string; row: number; col: number; text: string }[];
} {
  const errors: { sheet: string; row: number; col: number; text: string }[] = [];
  const specs = fixture.map((sheet): SheetSpec => ({
    name: sheet.name,
    visibility: sheet.hidden ? 'Hidden' : 'Visible',
    rows: sheet.rows.map((row, r) =>
      row.map((cell, c) => {
        if (cell === null || typeof cell !== 'object') return cell;
        errors.push({ sheet: sheet.name, row: r + 1, col: c + 1, text: cell.error });
        return null;
      }),
    ),
  }));
  return { specs, errors };
}
