import type { AnyField, FieldsByKind, TableKind } from '../tables';

/** Required fields per kind; each inner list is satisfied by any one of its fields. */
export type RequiredGroups = { readonly [K in TableKind]: readonly (readonly FieldsByKind[K][])[] };

/**
 * What a table must have to be read (the brief's minimum): a roster needs 姓名 and 学号 (or 班级:
 * rosters without 学号 are matched to the grades by 姓名 + 班级); grades
 * need 学号, a course (名称 or 代码) and 成绩; discipline needs 学号 or 姓名 and the 处分; attendance
 * needs 学号 or 姓名 and a status or counts (缺勤次数 with 应到 counts too); delegates need 姓名.
 */
export const REQUIRED_FIELDS: RequiredGroups = {
  roster: [['name'], ['studentId', 'className']],
  grades: [['studentId'], ['courseName', 'courseCode'], ['score']],
  discipline: [['studentId', 'name'], ['sanction']],
  attendance: [
    ['studentId', 'name'],
    ['status', 'attended', 'absent'],
  ],
  delegates: [['name']],
};

/** The required groups of `kind` as plain field lists. */
export function requiredGroups(kind: TableKind): readonly (readonly AnyField[])[] {
  return REQUIRED_FIELDS[kind];
}

/** Required groups that no mapped column satisfies. */
export function unsatisfiedGroups(
  kind: TableKind,
  columns: Readonly<Partial<Record<AnyField, number>>>,
): readonly (readonly AnyField[])[] {
  return requiredGroups(kind).filter((group) => !group.some((f) => columns[f] !== undefined));
}

/** Every field of every unsatisfied group, for `TableMapping.missing`. */
export function missingFields(
  kind: TableKind,
  columns: Readonly<Partial<Record<AnyField, number>>>,
): AnyField[] {
  return unsatisfiedGroups(kind, columns).flat();
}
