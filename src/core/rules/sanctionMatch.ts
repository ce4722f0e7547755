import type { MemberRecord, SanctionRecord } from '../records';
import { normalizeLabel } from './labels';

// One matching for the rules that read the discipline register (discipline, political).
export type MatchedBy = 'studentId' | 'name' | 'ambiguousName';
export interface Match {
  readonly member: MemberRecord;
  readonly sanction: SanctionRecord;
  readonly by: MatchedBy;
}

/** Sanctions matched to members: by 学号, else (no 学号 in the register) by a name unique on the roster. */
export function matchSanctions(
  members: readonly MemberRecord[],
  sanctions: readonly SanctionRecord[],
): Match[] {
  const byId = new Map(members.map((m) => [m.studentId, m]));
  const byName = new Map<string, MemberRecord[]>();
  for (const m of members) {
    const key = normalizeLabel(m.name);
    if (key !== '') byName.set(key, [...(byName.get(key) ?? []), m]);
  }
  const matches: Match[] = [];
  for (const sanction of sanctions) {
    if (sanction.studentId) {
      const member = byId.get(sanction.studentId);
      if (member) matches.push({ member, sanction, by: 'studentId' });
      continue;
    }
    const named = byName.get(normalizeLabel(sanction.name)) ?? [];
    const by = named.length === 1 ? 'name' : 'ambiguousName';
    for (const member of named) matches.push({ member, sanction, by });
  }
  return matches;
}
