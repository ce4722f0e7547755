import type { MemberRecord, TermKey } from '../../records';
import { memberFinding, skipRule } from '../finding';
import { termLabel } from '../../normalize/term';
import { isFirstYear, referenceTermOf } from '../terms';
import type { Rule, RuleContext } from '../types';

/**
 * The member's entry year: the roster's, else the grade data's. A year the academic core only guessed
 * from the earliest grade row is not used: it would make a one-term export's students all freshmen.
 */
export function entryYearOf(ctx: RuleContext, member: MemberRecord): number | undefined {
  if (member.entryYear !== undefined) return member.entryYear;
  const record = ctx.academic.get(member.studentId);
  return record?.entryYearSource === 'earliest-term' ? undefined : record?.entryYear;
}

/** Whether the rank rule leaves this member out as a first-year student. */
export function isExemptFreshman(ctx: RuleContext, member: MemberRecord): boolean {
  if (!ctx.policy.rules.freshman.enabled) return false;
  const reference = referenceTermOf(ctx);
  const year = entryYearOf(ctx, member);
  return reference !== undefined && year !== undefined && isFirstYear(year, reference);
}

function exemption(ctx: RuleContext, member: MemberRecord, reference: TermKey) {
  const entryYear = entryYearOf(ctx, member);
  if (entryYear === undefined || !isFirstYear(entryYear, reference)) return [];
  const evidence = { entryYear, referenceTerm: termLabel(reference) };
  return [memberFinding('freshman', member, 'info', 'rule.freshman.exempt', evidence)];
}

/** freshman: first-year members are exempt from the rank rule (national forms: 除一年级新生外). */
export const freshmanRule: Rule = (ctx) => {
  if (!ctx.policy.rules.rank.enabled) return { findings: [] };
  const reference = referenceTermOf(ctx);
  if (!reference) return skipRule('freshman', 'rule.skip.noReferenceTerm');
  return { findings: ctx.members.flatMap((member) => exemption(ctx, member, reference)) };
};
