import { applyOverrides } from '../../core/discovery/overrides';
import type { MappingOverride } from '../../core/discovery/types';
import type { AnyField, TableKind, TableMapping } from '../../core/tables';
import { sheetKey } from '../../core/pipeline/sheetKey';

/** A detected table, where it sits among the tables of its sheet (the override's `block`). */
export interface DetectedTable {
  readonly found: TableMapping;
  readonly block: number;
  readonly override?: MappingOverride;
  /** What the check will use: the found table with the teacher's override, or undefined if ignored. */
  readonly effective?: TableMapping;
}

/** Below this, discovery is guessing: the pane asks the teacher to confirm. */
export const SURE_CONFIDENCE = 0.75;

function sameTable(o: MappingOverride, file: string | undefined, sheet: string, block: number) {
  return o.sheet === sheet && o.file === file && (o.block ?? 0) === block;
}

/** Each detected table with its block number, override and effective mapping. */
export function detectedTables(
  found: readonly TableMapping[],
  overrides: readonly MappingOverride[],
): DetectedTable[] {
  const seen = new Map<string, number>();
  return found.map((table) => {
    const key = sheetKey(table.file, table.sheet);
    const block = seen.get(key) ?? 0;
    seen.set(key, block + 1);
    const override = overrides.find((o) => sameTable(o, table.file, table.sheet, block));
    const effective = override ? applyOverrides([table], [{ ...override, block: 0 }])[0] : table;
    return {
      found: table,
      block,
      ...(override ? { override } : {}),
      ...(effective ? { effective } : {}),
    };
  });
}

/** Whether discovery was unsure about a table (low confidence or required columns missing). */
export function isUnsure(table: TableMapping): boolean {
  return table.confidence < SURE_CONFIDENCE || table.missing.length > 0;
}

function without(overrides: readonly MappingOverride[], t: DetectedTable): MappingOverride[] {
  return overrides.filter((o) => !sameTable(o, t.found.file, t.found.sheet, t.block));
}

function base(t: DetectedTable): MappingOverride {
  return {
    ...(t.found.file !== undefined ? { file: t.found.file } : {}),
    sheet: t.found.sheet,
    block: t.block,
  };
}

/** Overrides after the teacher picked a kind for a table (`ignore` drops it from the check). */
export function setKind(
  overrides: readonly MappingOverride[],
  t: DetectedTable,
  kind: TableKind | 'ignore',
): MappingOverride[] {
  const rest = without(overrides, t);
  if (kind === 'ignore') return [...rest, { ...base(t), ignore: true }];
  // Back to what was found: no override needed. A new kind re-matches its columns from scratch.
  if (kind === t.found.kind) return rest;
  return [...rest, { ...base(t), kind }];
}

/** Overrides after the teacher picked the column of one field (`null`: the field has no column). */
export function setColumn(
  overrides: readonly MappingOverride[],
  t: DetectedTable,
  field: AnyField,
  col: number | null,
): MappingOverride[] {
  const current = t.override && !t.override.ignore ? t.override : base(t);
  return [...without(overrides, t), { ...current, columns: { ...current.columns, [field]: col } }];
}

/** Overrides without the teacher's correction of this table. */
export function resetTable(
  overrides: readonly MappingOverride[],
  t: DetectedTable,
): MappingOverride[] {
  return without(overrides, t);
}
