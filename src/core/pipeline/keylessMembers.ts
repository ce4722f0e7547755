import type { NameClassIndex } from '../academic/nameClass';
import type { MemberRecord } from '../records';
import { sheetKey } from './sheetKey';
import type { Issue } from '../issue';

type Unmatched = NonNullable<MemberRecord['unmatched']>;

const groupKey = (m: MemberRecord): string =>
  `${sheetKey(m.ref.file, m.ref.sheet)}\u0001${m.className ?? ''}\u0001${m.name}`;

function unmatched(m: MemberRecord, u: Unmatched, id = m.studentId): MemberRecord {
  return { ...m, studentId: id, unmatched: u };
}

/**
 * Members of a roster without 学号 get the 学号 the grade data gives their 姓名 + 班级. Two members
 * of one class with one name, or two students of that name in the grades, cannot be told apart:
 * such members keep a placeholder key and say why they are 待核实; nothing is guessed.
 */
export function matchKeylessMembers(
  members: readonly MemberRecord[],
  people: NameClassIndex | undefined,
): { members: readonly MemberRecord[]; issues: Issue[] } {
  if (!members.some((m) => m.keyedBy === 'name-class')) return { members, issues: [] };
  const groups = new Map<string, MemberRecord[]>();
  for (const m of members) {
    if (m.keyedBy !== 'name-class') continue;
    const key = groupKey(m);
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const tally = new Map<
    string,
    { sheet: string; file?: string; matched: number; unmatched: number }
  >();
  const out = members.map((m) => {
    if (m.keyedBy !== 'name-class') return m;
    const result = resolve(m, groups.get(groupKey(m)) ?? [m], people);
    const key = sheetKey(m.ref.file, m.ref.sheet);
    const t = tally.get(key) ?? {
      sheet: m.ref.sheet,
      ...(m.ref.file !== undefined ? { file: m.ref.file } : {}),
      matched: 0,
      unmatched: 0,
    };
    if (result.unmatched) t.unmatched++;
    else t.matched++;
    tally.set(key, t);
    return result;
  });
  const issues = [...tally.values()].map((t): Issue => ({
    severity: 'warning',
    messageKey: 'input.keyless.matched',
    params: {
      ...(t.file !== undefined ? { file: t.file } : {}),
      sheet: t.sheet,
      matched: t.matched,
      unmatched: t.unmatched,
    },
  }));
  return { members: out, issues };
}

function resolve(
  m: MemberRecord,
  group: readonly MemberRecord[],
  people: NameClassIndex | undefined,
): MemberRecord {
  const className = m.className;
  if (className === undefined)
    return unmatched(m, { messageKey: 'rule.keyless.noClass', params: { name: m.name } });
  if (group.length > 1) {
    const rows = group.map((g) => g.ref.row).join('、');
    const u: Unmatched = {
      messageKey: 'rule.keyless.sameNameInRoster',
      params: { name: m.name, className, count: group.length, rows },
    };
    // One key per row, so the two members stay two members.
    return unmatched(m, u, `${m.studentId}#${m.ref.row}`);
  }
  const found = people?.find(m.name, className) ?? { kind: 'none' as const };
  if (found.kind === 'one') return { ...m, studentId: found.studentId };
  if (found.kind === 'several')
    return unmatched(m, {
      messageKey: 'rule.keyless.sameNameInGrades',
      params: {
        name: m.name,
        className,
        count: found.studentIds.length,
        studentIds: found.studentIds.join('、'),
      },
    });
  return unmatched(m, { messageKey: 'rule.keyless.notFound', params: { name: m.name, className } });
}
