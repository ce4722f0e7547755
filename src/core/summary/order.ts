import type { Finding, RuleCode } from '../findings';
import type { MemberStatus } from '../result';

/** docs/RULES.md §1 eligibility: the rules that decide a member's verdict (freshman only ever adds a note). */
export const ELIGIBILITY_RULES: ReadonlySet<RuleCode> = new Set<RuleCode>([
  'political',
  'rank',
  'failed',
  'discipline',
  'freshman',
]);

export const STATUS_ORDER: Readonly<Record<MemberStatus, number>> = {
  ineligible: 0,
  pending: 1,
  eligible: 2,
};

const SEVERITY_ORDER: Readonly<Record<Finding['severity'], number>> = {
  violation: 0,
  pending: 1,
  info: 2,
};

/** Finding indexes worst first; the check's own order within a severity. */
export function worstFirst(findings: readonly Finding[], indexes: readonly number[]): number[] {
  const severity = (i: number) => SEVERITY_ORDER[findings[i]?.severity ?? 'info'];
  return [...indexes].sort((a, b) => severity(a) - severity(b) || a - b);
}
