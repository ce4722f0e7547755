import type { Finding } from '../../findings';
import type { MemberRecord, PoliticalStatus } from '../../records';
import { memberFinding, skipRule } from '../finding';
import type { Rule } from '../types';
import { endedMembershipFindings } from './ended';

function check(
  member: MemberRecord,
  allowed: ReadonlySet<PoliticalStatus>,
  ended: ReadonlyMap<MemberRecord, Finding>,
): Finding[] {
  const value = member.politicalRaw ?? '';
  if (member.political === 'missing') {
    return [memberFinding('political', member, 'pending', 'rule.political.missing', { value })];
  }
  if (member.political === 'unknown') {
    return [memberFinding('political', member, 'pending', 'rule.political.unknown', { value })];
  }
  if (allowed.has(member.political)) {
    const conflict = ended.get(member);
    return conflict ? [conflict] : [];
  }
  const evidence = { value: value || member.political, status: member.political };
  return [memberFinding('political', member, 'violation', 'rule.political.notAllowed', evidence)];
}

/**
 * political: a member is a 中共党员, 预备党员 or 共青团员 (the policy's allowed list); one the
 * discipline register records as expelled from that membership is 待核实.
 */
export const politicalRule: Rule = (ctx) => {
  if (ctx.rosterFields && !ctx.rosterFields.includes('political')) {
    return skipRule('political', 'rule.skip.noPoliticalColumn');
  }
  const allowed = new Set(ctx.policy.rules.political.allowed);
  const ended = endedMembershipFindings(ctx);
  return { findings: ctx.members.flatMap((member) => check(member, allowed, ended)) };
};
