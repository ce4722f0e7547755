import type { AnyField, SheetHead, TableKind, TableMapping } from '../tables';
import { classifyAs } from './classify';
import { missingFields } from './required';
import { rowCells } from './rowShape';
import { fieldsOf } from './synonyms';
import type { HeaderCell, MappingOverride } from './types';

type Columns = Partial<Record<AnyField, number>>;

function sameSheet(o: MappingOverride, m: { file?: string; sheet: string }): boolean {
  return o.sheet === m.sheet && (o.file === undefined || o.file === m.file);
}

function headerCellsAt(
  heads: readonly SheetHead[],
  o: MappingOverride,
  row: number,
): HeaderCell[] | undefined {
  const head = heads.find((h) => sameSheet(o, h));
  if (!head) return undefined;
  return rowCells(head.rows[row - (head.firstRow ?? 1)]);
}

/** The user's columns on top of the found ones: one field per column, fields of `kind` only. */
function withUserColumns(
  kind: TableKind,
  base: Columns,
  user: MappingOverride['columns'],
): Columns {
  const allowed = new Set(fieldsOf(kind));
  const columns: Columns = {};
  for (const [f, c] of Object.entries(base) as [AnyField, number][])
    if (allowed.has(f)) columns[f] = c;
  for (const [f, c] of Object.entries(user ?? {}) as [AnyField, number | null | undefined][]) {
    if (!allowed.has(f) || c === undefined) continue;
    for (const [other, col] of Object.entries(columns) as [AnyField, number][]) {
      if (col === c) delete columns[other];
    }
    if (c === null) delete columns[f];
    else columns[f] = c;
  }
  return columns;
}

function apply(
  target: TableMapping | undefined,
  o: MappingOverride,
  heads: readonly SheetHead[],
): TableMapping | undefined {
  const kind = o.kind ?? target?.kind;
  const headerRow = o.headerRow ?? target?.headerRow;
  if (!kind || headerRow === undefined) return target;
  const moved = !target || headerRow !== target.headerRow;
  const headers = (moved ? headerCellsAt(heads, o, headerRow) : undefined) ?? target?.headers ?? [];
  const rematch = moved || kind !== target?.kind;
  const base: Columns = rematch
    ? { ...classifyAs(kind, headers, []).columns }
    : { ...(target?.columns as Columns) };
  const columns = withUserColumns(kind, base, o.columns);
  const lastDataRow = o.lastDataRow ?? (moved ? undefined : target?.lastDataRow);
  // A transcript stays one until the teacher gives it a 学号 or 姓名 column or moves it.
  const perBlock =
    !rematch &&
    target?.subject === 'perBlock' &&
    kind === 'grades' &&
    !('studentId' in columns) &&
    !('name' in columns);
  return {
    kind,
    ...(o.file !== undefined
      ? { file: o.file }
      : target?.file !== undefined
        ? { file: target.file }
        : {}),
    sheet: o.sheet,
    headerRow,
    firstDataRow:
      o.firstDataRow ?? (moved ? headerRow + 1 : (target?.firstDataRow ?? headerRow + 1)),
    ...(lastDataRow !== undefined ? { lastDataRow } : {}),
    columns,
    headers: headers.map((h) => ({ col: h.col, text: h.text })),
    // The teacher said so: no doubt left about what the table is.
    confidence: 1,
    // A class grade summary keeps its courses unless the teacher moved its header or kind.
    missing:
      !rematch && target?.wide
        ? []
        : missingFields(kind, columns).filter((f) => !(perBlock && f === 'studentId')),
    ...(!rematch && target?.wide ? { wide: target.wide } : {}),
    ...(perBlock && target.subjectRow !== undefined
      ? { subject: 'perBlock' as const, subjectRow: target.subjectRow }
      : {}),
  };
}

/**
 * Applies a teacher's corrections to what discovery found: change a table's kind, header row,
 * data rows or columns, drop it, or declare a table discovery missed (kind + headerRow). Pass the
 * sheet heads so a moved header row is read again; without them the found headers are kept.
 */
export function applyOverrides(
  found: readonly TableMapping[],
  overrides: readonly MappingOverride[],
  heads: readonly SheetHead[] = [],
): TableMapping[] {
  let result: (TableMapping | undefined)[] = [...found];
  for (const o of overrides) {
    const onSheet = result.flatMap((m, i) => (m && sameSheet(o, m) ? [i] : []));
    const index = onSheet[o.block ?? 0];
    if (index === undefined) {
      const created = o.ignore ? undefined : apply(undefined, o, heads);
      if (created) result = [...result, created];
      continue;
    }
    result[index] = o.ignore ? undefined : apply(result[index], o, heads);
  }
  return result.filter((m): m is TableMapping => m !== undefined);
}
