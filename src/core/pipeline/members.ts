import type { MemberRecord } from '../records';
import type { Policy } from '../policy/types';
import type { Issue } from '../issue';

/** Roster rows split by union level, duplicates reported once and dropped. */
export interface MemberSets {
  readonly checked: MemberRecord[];
  readonly otherLevel: MemberRecord[];
  readonly issues: Issue[];
}

/**
 * The same 学号 twice in the union under check is a data problem the teacher must see; the first row
 * is kept. A second spelling of the name for the same 学号 is called out too.
 */
export function splitMembers(members: readonly MemberRecord[], policy: Policy): MemberSets {
  const checked: MemberRecord[] = [];
  const otherLevel: MemberRecord[] = [];
  const issues: Issue[] = [];
  const seen = new Map<string, MemberRecord>();
  for (const m of members) {
    const level = m.level ?? policy.level;
    if (level !== policy.level) {
      otherLevel.push(m);
      continue;
    }
    const first = seen.get(m.studentId);
    if (first) {
      const key = first.name === m.name ? 'input.duplicateMember' : 'input.duplicateMemberName';
      issues.push({
        severity: 'warning',
        messageKey: key,
        params: {
          sheet: m.ref.sheet,
          row: m.ref.row,
          firstRow: first.ref.row,
          studentId: m.studentId,
          name: m.name,
          firstName: first.name,
        },
        ref: m.ref,
      });
      continue;
    }
    seen.set(m.studentId, m);
    checked.push(m);
  }
  return { checked, otherLevel, issues };
}
