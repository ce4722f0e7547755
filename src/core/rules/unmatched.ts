import type { Finding, RuleCode } from '../findings';
import type { MemberRecord } from '../records';
import { memberFinding } from './finding';

/**
 * A member of a roster without 学号 whom 姓名 + 班级 match to no single student: the grade rules
 * cannot judge them and say why (待核实), instead of reporting that no grade rows were found.
 */
export function unmatchedFinding(code: RuleCode, member: MemberRecord): Finding | undefined {
  const u = member.unmatched;
  return u ? memberFinding(code, member, 'pending', u.messageKey, u.params) : undefined;
}
