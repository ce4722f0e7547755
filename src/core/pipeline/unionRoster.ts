import type { MemberRecord } from '../records';
import type { RosterSnapshot } from './collected';
import { sheetKey } from './sheetKey';
import type { Issue } from '../issue';

const isUnion = (r: RosterSnapshot): boolean =>
  r.mapping.columns.department !== undefined || r.mapping.columns.title !== undefined;

/**
 * A grade or class list also has 学号, 姓名 and 专业; the union roster is the sheet with the union's
 * own columns (部门, 职务). When some roster has them, rosters without either are not the union's:
 * their rows are not members, and the teacher is told which sheet was taken instead.
 */
export function chooseUnionRosters(
  members: readonly MemberRecord[],
  rosters: readonly RosterSnapshot[],
): { members: readonly MemberRecord[]; rosters: readonly RosterSnapshot[]; issues: Issue[] } {
  const union = rosters.find(isUnion);
  const others = rosters.filter((r) => !isUnion(r));
  if (!union || others.length === 0) return { members, rosters, issues: [] };
  const dropped = new Set(others.map((r) => sheetKey(r.mapping.file, r.mapping.sheet)));
  const issues = others.map((r): Issue => ({
    severity: 'warning',
    messageKey: 'input.roster.notUnion',
    params: {
      ...(r.mapping.file !== undefined ? { file: r.mapping.file } : {}),
      sheet: r.mapping.sheet,
      roster: union.mapping.sheet,
      count: r.rows.length,
    },
    ref: {
      ...(r.mapping.file !== undefined ? { file: r.mapping.file } : {}),
      sheet: r.mapping.sheet,
      row: r.mapping.headerRow,
    },
  }));
  return {
    members: members.filter((m) => !dropped.has(sheetKey(m.ref.file, m.ref.sheet))),
    rosters: rosters.filter(isUnion),
    issues,
  };
}
