import type { Finding } from '../findings';
import type { MemberRecord } from '../records';
import type { RoleKind } from '../result';
import { hasRosterField } from './columns';
import { memberFinding, skipRule } from './finding';
import { structureOf } from './structure';
import type { Rule } from './types';

function check(member: MemberRecord, role: RoleKind): Finding[] {
  const evidence = { title: member.title ?? '', department: member.department ?? '' };
  if (role === 'forbidden') {
    return [memberFinding('titles', member, 'violation', 'rule.titles.forbidden', evidence)];
  }
  if (role !== 'unknown') return [];
  const key = (member.title ?? '').trim() === '' ? 'rule.titles.missing' : 'rule.titles.unknown';
  return [memberFinding('titles', member, 'pending', key, evidence)];
}

/** titles: only presidium and department titles; forbidden ones are violations, unknown ones 待核实. */
export const titlesRule: Rule = (ctx) => {
  if (!hasRosterField(ctx, 'title', (m) => m.title))
    return skipRule('titles', 'rule.skip.noTitleColumn');
  const { roles } = structureOf(ctx);
  return { findings: ctx.members.flatMap((member, i) => check(member, roles[i] ?? 'unknown')) };
};
