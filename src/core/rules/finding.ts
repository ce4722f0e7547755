import type { RowRef } from '../cells';
import type { Evidence, Finding, RuleCode, Severity } from '../findings';
import type { MemberRecord } from '../records';
import type { DepartmentGroup } from './structure';
import type { RuleOutput } from './types';
import type { MessageKey } from '../messages';

/**
 * A finding's `sources` before the runner fills in its rule's citation (rules/index.ts `runRule`):
 * the helpers do not know it, as the rules' folders import them and the citations live there. A
 * check that cites differently (a quoted text's source first) sets `sources` itself.
 */
const CITED_BY_RULE: readonly string[] = [];

/** A finding about one member, pointing at the member's roster row. */
export function memberFinding(
  code: RuleCode,
  member: MemberRecord,
  severity: Severity,
  messageKey: MessageKey,
  evidence: Evidence,
  refs?: readonly RowRef[],
): Finding {
  return {
    code,
    severity,
    subject: { kind: 'member', studentId: member.studentId, name: member.name },
    ref: member.ref,
    ...(refs && refs.length > 0 ? { refs } : {}),
    messageKey,
    evidence,
    sources: CITED_BY_RULE,
  };
}

/** A finding about one department, with every row of the department in `refs`. */
export function departmentFinding(
  code: RuleCode,
  group: DepartmentGroup,
  messageKey: MessageKey,
  evidence: Evidence,
): Finding {
  const refs = group.members.map((m) => m.ref);
  return {
    code,
    severity: 'violation',
    subject: { kind: 'department', department: group.name },
    ...(refs[0] ? { ref: refs[0] } : {}),
    refs,
    messageKey,
    evidence: { department: group.name, ...evidence },
    sources: CITED_BY_RULE,
  };
}

/** A finding about the union as a whole; `refs` are the rows that make it up. */
export function unionFinding(
  code: RuleCode,
  severity: Severity,
  messageKey: MessageKey,
  evidence: Evidence,
  refs: readonly RowRef[] = [],
): Finding {
  return {
    code,
    severity,
    subject: { kind: 'union' },
    ...(refs[0] ? { ref: refs[0], refs } : {}),
    messageKey,
    evidence,
    sources: CITED_BY_RULE,
  };
}

/** The output of a rule that cannot run, with the reason's message key. */
export function skipRule(code: RuleCode, messageKey: MessageKey, params?: Evidence): RuleOutput {
  return { findings: [], skipped: { code, messageKey, ...(params ? { params } : {}) } };
}

/** Names of members for a message: 张三、李四、王五 (at most `max`, then 等 n 人). */
export function namesOf(
  people: readonly { readonly name: string; readonly studentId?: string | undefined }[],
  max = 8,
): string {
  const shown = people.slice(0, max).map((p) => p.name || (p.studentId ?? ''));
  const rest = people.length - shown.length;
  return rest > 0 ? `${shown.join('、')} +${rest}` : shown.join('、');
}

/** A percentage rounded to two decimals, for evidence. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10000) / 100;
}
