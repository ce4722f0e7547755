import type { CellValue } from '../../core/cells';

// `="00123"` is how many school systems export an ID so that Excel keeps its leading zeros.
const TEXT_FORMULA = /^="((?:[^"]|"")*)"$/;

/**
 * A CSV field as a cell value: always text (IDs must keep their zeros; the core parses numbers),
 * empty → null. The `="…"` export idiom gives the text Excel would show; other leading `=` stay text.
 */
export function csvFieldValue(field: string): CellValue {
  if (field === '') return null;
  const m = TEXT_FORMULA.exec(field);
  if (m) return m[1] === '' ? null : (m[1] ?? '').replace(/""/g, '"');
  return field;
}

/** A record as a sheet row: trailing empty fields dropped; `null` when the record is blank. */
export function csvRow(fields: readonly string[]): CellValue[] | null {
  let last = fields.length - 1;
  while (last >= 0 && fields[last] === '') last--;
  if (last < 0) return null;
  const row: CellValue[] = [];
  for (let i = 0; i <= last; i++) row.push(csvFieldValue(fields[i] ?? ''));
  return row.some((value) => value !== null) ? row : null;
}
