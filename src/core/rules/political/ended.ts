import type { Finding } from '../../findings';
import type { EndedMembership, MemberRecord, PoliticalStatus } from '../../records';
import { memberFinding } from '../finding';
import { matchSanctions } from '../sanctionMatch';
import type { RuleContext } from '../types';

// The statuses each record ends: a 开除党籍 probationary member is no longer one either.
const ENDS: Readonly<Record<EndedMembership, readonly PoliticalStatus[]>> = {
  league: ['league-member'],
  party: ['party-member', 'probationary-member'],
  probationary: ['probationary-member'],
};

/**
 * Members the roster calls 共青团员 or 党员 whom the discipline register records as expelled
 * (开除团籍, 开除党籍, 取消预备党员资格), unless it says the decision was revoked. The two sheets
 * disagree, so the member is 待核实 rather than guessed either way (docs/RULES.md §1 political).
 * A name matched by more than one member says nothing about any of them.
 */
export function endedMembershipFindings(ctx: RuleContext): Map<MemberRecord, Finding> {
  const found = new Map<MemberRecord, Finding>();
  for (const { member, sanction, by } of matchSanctions(ctx.members, ctx.sanctions)) {
    if (by === 'ambiguousName' || sanction.lifted || sanction.ends === undefined) continue;
    if (found.has(member) || !ENDS[sanction.ends].includes(member.political)) continue;
    const evidence = {
      value: member.politicalRaw ?? member.political,
      raw: sanction.raw,
      when: sanction.date ?? '?',
      matchedBy: by,
    };
    found.set(
      member,
      memberFinding('political', member, 'pending', 'rule.political.membershipEnded', evidence, [
        sanction.ref,
      ]),
    );
  }
  return found;
}
