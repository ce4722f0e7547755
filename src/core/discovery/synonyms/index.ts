import type { AnyField, TableKind } from '../../tables';
import type { KindSpec } from '../types';
import { ATTENDANCE_SPEC } from './attendance';
import { DELEGATES_SPEC } from './delegates';
import { DISCIPLINE_SPEC } from './discipline';
import { GRADES_SPEC } from './grades';
import { ROSTER_SPEC } from './roster';

/** Every kind's spec, in tie-break order: an even score goes to the earlier kind. */
export const KIND_SPECS: readonly KindSpec[] = [
  ROSTER_SPEC,
  GRADES_SPEC,
  DISCIPLINE_SPEC,
  ATTENDANCE_SPEC,
  DELEGATES_SPEC,
] as readonly KindSpec[];

/** The spec of one kind. */
export function specOf(kind: TableKind): KindSpec {
  const spec = KIND_SPECS.find((s) => s.kind === kind);
  if (!spec) throw new Error(`no spec for table kind ${kind}`);
  return spec;
}

/** The fields a kind of table can have. */
export function fieldsOf(kind: TableKind): readonly AnyField[] {
  return Object.keys(specOf(kind).fields) as AnyField[];
}
