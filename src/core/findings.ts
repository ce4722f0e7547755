import type { RowRef } from './cells';
import type { RuleCode } from './rules/registry';
import type { MessageKey } from './messages';

/**
 * Stable rule identifiers (docs/RULES.md §1, §2), one per folder of rules/ and listed by the rule
 * registry; findings, policy files and JSON use them as they are.
 */
export { RULE_CODES } from './rules/registry';
export type { RuleCode } from './rules/registry';

/**
 * `violation`: the member is ineligible, or a limit is broken.
 * `pending`: 待核实, the product cannot decide (missing or unrecognised data); never a silent pass.
 * `info`: context worth showing (freshman exemption, school's own rank used).
 */
export type Severity = 'violation' | 'pending' | 'info';

export type Subject =
  | { readonly kind: 'member'; readonly studentId: string; readonly name: string }
  | { readonly kind: 'department'; readonly department: string }
  | { readonly kind: 'union' };

/** Values a message may interpolate; also the finding's evidence in the JSON output. */
export type Evidence = Readonly<Record<string, string | number | boolean>>;

/** One rule's verdict on one subject, as data: the pane, the report sheet and the CLI all render it. */
export interface Finding {
  readonly code: RuleCode;
  readonly severity: Severity;
  readonly subject: Subject;
  /** The row to look at (the member's roster row, the department's first row, ...). */
  readonly ref?: RowRef;
  /** Further rows involved, e.g. every member of an over-limit department (for highlighting). */
  readonly refs?: readonly RowRef[];
  /** Message catalogue key; the message interpolates `evidence`. */
  readonly messageKey: MessageKey;
  readonly evidence: Evidence;
  /** Source ids from the source catalogue (rules/sources.ts), e.g. `001-4`: the rule's citation (rules/<code>/citation.ts) unless the finding quotes a text of its own. */
  readonly sources: readonly string[];
}

export type { Issue, Result } from './issue';

/** A rule that could not run for lack of data or settings, with the reason. */
export interface SkippedRule {
  readonly code: RuleCode;
  readonly messageKey: MessageKey;
  readonly params?: Evidence;
}
