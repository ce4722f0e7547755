import type { Finding } from '../../findings';
import type { Policy } from '../../policy/types';
import type { MemberRecord } from '../../records';
import type { RoleKind } from '../../result';
import { hasRosterField } from '../columns';
import { memberFinding, skipRule } from '../finding';
import { forbiddenWordIn, titleReason } from '../reasons';
import { CITATION } from './citation';
import { structureOf } from '../structure';
import type { Rule } from '../types';

/** A forbidden title, with the policy text's own sentence against it; its source cited first. */
function forbiddenFinding(member: MemberRecord, policy: Policy): Finding {
  const word = forbiddenWordIn(member.title, policy.rules.titles.forbidden);
  const reason = titleReason(word || (member.title ?? ''), policy);
  const evidence = {
    title: member.title ?? '',
    department: member.department ?? '',
    word,
    quote: reason.quote,
  };
  const finding = memberFinding('titles', member, 'violation', 'rule.titles.forbidden', evidence);
  const others = CITATION.sources.filter((id) => id !== reason.source);
  return { ...finding, sources: [reason.source, ...others] };
}

function check(member: MemberRecord, role: RoleKind, policy: Policy): Finding[] {
  if (role === 'forbidden') return [forbiddenFinding(member, policy)];
  if (role !== 'unknown') return [];
  const evidence = { title: member.title ?? '', department: member.department ?? '' };
  const key = (member.title ?? '').trim() === '' ? 'rule.titles.missing' : 'rule.titles.unknown';
  return [memberFinding('titles', member, 'pending', key, evidence)];
}

/** titles: only presidium and department titles; forbidden ones are violations, unknown ones 待核实. */
export const titlesRule: Rule = (ctx) => {
  if (!hasRosterField(ctx, 'title', (m) => m.title))
    return skipRule('titles', 'rule.skip.noTitleColumn');
  const { roles } = structureOf(ctx);
  return {
    findings: ctx.members.flatMap((member, i) => check(member, roles[i] ?? 'unknown', ctx.policy)),
  };
};
