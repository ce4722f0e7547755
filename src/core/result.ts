import type { AcademicRecord } from './academic/types';
import type { Finding, SkippedRule } from './findings';
import type { Policy, TermWindow } from './policy/types';
import type { AttendanceRecord, MemberRecord, TermKey } from './records';
import type { TableKind, TableMapping } from './tables';
import type { RosterSnapshot } from './pipeline/collected';
import type { Issue, Result } from './issue';

export type MemberStatus = 'eligible' | 'ineligible' | 'pending';

export interface MemberVerdict {
  readonly member: MemberRecord;
  readonly status: MemberStatus;
  readonly academic?: AcademicRecord;
  /** Findings about this member (indices into CheckResult.findings). */
  readonly findingIndexes: readonly number[];
}

export type RoleKind = 'presidium' | 'head' | 'staff' | 'forbidden' | 'unknown';

export interface DepartmentSummary {
  readonly name: string;
  readonly heads: number;
  /** Every other row of the department (the seats dept-staff limits), whatever the title. */
  readonly staff: number;
  /** Of `staff`, the rows whose title is forbidden, unknown or blank (the titles rule reports them). */
  readonly other: number;
  readonly limits: {
    readonly headsMin?: number;
    readonly headsMax?: number;
    readonly staffMax?: number;
  };
  /**
   * A department rule found a violation: over a maximum (too many heads or staff) or under a minimum
   * (too few heads). Set in one place, pipeline/evaluate.ts, from the findings.
   */
  readonly breaksLimits: boolean;
  /** The policy's department list does not name it (不应设置的部门): a finding of its own, not 超限. */
  readonly notSetUp?: boolean;
}

/** A department's counts before the check's verdict on it (rules/structure.ts groups the roster). */
export type DepartmentCounts = Omit<DepartmentSummary, 'breaksLimits' | 'notSetUp'>;

/** The terms a rule's window covered (docs/RULES.md §1: the window is a setting). */
export interface RuleWindow {
  readonly code: 'rank' | 'failed' | 'discipline';
  readonly window: TermWindow;
  /** Terms of the grade data inside the window, oldest first (empty when no row had a term). */
  readonly terms: readonly TermKey[];
}

/** Roster rows of the other union level (级别), left out of this check. */
export interface OtherLevelRows {
  readonly count: number;
  /** The level those rows belong to. */
  readonly level: Policy['level'];
}

/** Where the check looked for grades when it found no grade table (docs/RULES.md §1). */
export interface GradeSearch {
  /** Every sheet read, with the tables recognised on it (none: nothing was recognised). */
  readonly sheets: readonly {
    readonly file?: string;
    readonly sheet: string;
    readonly kinds: readonly TableKind[];
  }[];
}

export interface UnionSummary {
  readonly staffTotal: number;
  readonly presidium: number;
  readonly departments: number;
}

/** The outcome of a whole check: what the pane, the report and the CLI render. */
export interface CheckResult {
  readonly policy: Policy;
  readonly mappings: readonly TableMapping[];
  readonly referenceTerm?: TermKey;
  readonly members: readonly MemberVerdict[];
  readonly departments: readonly DepartmentSummary[];
  readonly union: UnionSummary;
  readonly findings: readonly Finding[];
  readonly skipped: readonly SkippedRule[];
  readonly issues: readonly Issue[];
  /** The roster tables as read, for the report's annotated copy. */
  readonly rosters: readonly RosterSnapshot[];
  /** Attendance rows (签到/考勤), for the appraisal's 纪律作风 suggestion. */
  readonly attendance: readonly AttendanceRecord[];
  /** The windows of the enabled rank, failed and discipline rules, with the terms they covered. */
  readonly windows?: readonly RuleWindow[];
  /** Rows of the other union level, not checked (a 校级 check leaves 院级 rows out, and back). */
  readonly otherLevel?: OtherLevelRows;
  /** Set when no grade table was found: the sheets read, for the summary to name. */
  readonly gradeSearch?: GradeSearch;
}

/** A check's outcome: its result, or the input errors that stopped it. */
export type CheckOutcome = Result<CheckResult>;
