import type { SkippedRule } from '../findings';
import type { MemberRecord, TermKey } from '../records';
import type {
  DepartmentSummary,
  MemberStatus,
  MemberVerdict,
  OtherLevelRows,
  RuleWindow,
} from '../result';

/** The headline numbers, the same in the terminal, the JSON, the pane and the report. */
export interface SummaryCounts {
  readonly checked: number;
  readonly eligible: number;
  readonly ineligible: number;
  readonly pending: number;
  /** Roster rows of the other union level, left out of the check. */
  readonly otherLevel: number;
  /** Departments over a maximum or under a minimum (DepartmentSummary.breaksLimits). */
  readonly departmentsBreakingLimits: number;
  /** Departments the policy does not name (不应设置的部门). */
  readonly departmentsNotSetUp: number;
  /** Every structure finding (docs/RULES.md §2 rules, titles included) that is not a note. */
  readonly structureFindings: number;
  /** Violations and 待核实 findings of every rule: what makes the command line's exit code 1. */
  readonly findings: number;
}

/** One member as every front door shows them; findings are indexes into CheckResult.findings. */
export interface MemberLine {
  readonly studentId: string;
  readonly name: string;
  /** Absent for a finding about someone not among the members checked. */
  readonly verdict?: MemberVerdict;
  readonly member?: MemberRecord;
  readonly status: MemberStatus;
  /** Eligibility findings (violation, 待核实), worst first: why the member is not 符合条件. */
  readonly reasons: readonly number[];
  /** Findings about the member's post (职务), worst first: structure, not the member's verdict. */
  readonly posts: readonly number[];
  /** Notes (such as the freshman exemption), never counted as a problem. */
  readonly notes: readonly number[];
}

/** One department with its verdict and the findings that explain it, worst first. */
export interface DepartmentLine {
  readonly name: string;
  /** Absent for a department named only by a finding. */
  readonly summary?: DepartmentSummary;
  readonly breaksLimits: boolean;
  readonly notSetUp: boolean;
  readonly findings: readonly number[];
}

/** Everything the front doors render about a check, derived once (summarize). */
export interface CheckSummary {
  readonly counts: SummaryCounts;
  readonly referenceTerm?: TermKey;
  /** Every member checked, in roster order. */
  readonly members: readonly MemberLine[];
  /** Members with a reason or a post finding: 不符合条件, then 待核实, then the rest; roster order within. */
  readonly flaggedMembers: readonly MemberLine[];
  /** Members with notes only (a freshman exempt from rank): one entry each, not a problem. */
  readonly notedMembers: readonly MemberLine[];
  /** The roster's departments, flagged first (then roster order), then those named only by a finding. */
  readonly departments: readonly DepartmentLine[];
  /** Findings about the union as a whole, worst first. */
  readonly unionFindings: readonly number[];
  /** What counts.structureFindings counts, in the check's order. */
  readonly structureFindings: readonly number[];
  /** Rules not checked, with why (a rule's own `messageKey`). */
  readonly notChecked: readonly SkippedRule[];
  /** The terms each windowed rule covered. */
  readonly windows: readonly RuleWindow[];
  readonly otherLevel?: OtherLevelRows;
  /** Every finding once, as a list shows them: members (flagged, then noted), departments, union. */
  readonly findingOrder: readonly number[];
}
