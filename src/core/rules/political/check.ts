import type { Finding } from '../../findings';
import type { MemberRecord, PoliticalStatus } from '../../records';
import { memberFinding, skipRule } from '../finding';
import type { Rule } from '../types';

function check(member: MemberRecord, allowed: ReadonlySet<PoliticalStatus>): Finding[] {
  const value = member.politicalRaw ?? '';
  if (member.political === 'missing') {
    return [memberFinding('political', member, 'pending', 'rule.political.missing', { value })];
  }
  if (member.political === 'unknown') {
    return [memberFinding('political', member, 'pending', 'rule.political.unknown', { value })];
  }
  if (allowed.has(member.political)) return [];
  const evidence = { value: value || member.political, status: member.political };
  return [memberFinding('political', member, 'violation', 'rule.political.notAllowed', evidence)];
}

/** political: a member is a 中共党员, 预备党员 or 共青团员 (the policy's allowed list). */
export const politicalRule: Rule = (ctx) => {
  if (ctx.rosterFields && !ctx.rosterFields.includes('political')) {
    return skipRule('political', 'rule.skip.noPoliticalColumn');
  }
  const allowed = new Set(ctx.policy.rules.political.allowed);
  return { findings: ctx.members.flatMap((member) => check(member, allowed)) };
};
