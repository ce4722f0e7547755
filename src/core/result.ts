import type { AcademicRecord } from './academic/types';
import type { Finding, InputIssue, SkippedRule } from './findings';
import type { Policy } from './policy/types';
import type { AttendanceRecord, MemberRecord, TermKey } from './records';
import type { TableMapping } from './tables';
import type { RosterSnapshot } from './pipeline/collected';

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
  readonly staff: number;
  /** Members whose title is forbidden or unknown, counted apart. */
  readonly other: number;
  readonly limits: {
    readonly headsMin?: number;
    readonly headsMax?: number;
    readonly staffMax?: number;
  };
  /** Any department rule is violated: over a maximum, or under a minimum such as too few heads. */
  readonly overLimit: boolean;
  /** The policy's department list does not name it (不应设置的部门): a finding of its own, not 超限. */
  readonly notSetUp?: boolean;
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
  readonly issues: readonly InputIssue[];
  /** The roster tables as read, for the report's annotated copy. */
  readonly rosters: readonly RosterSnapshot[];
  /** Attendance rows (签到/考勤), for the appraisal's 纪律作风 suggestion. */
  readonly attendance: readonly AttendanceRecord[];
}

export type CheckOutcome =
  | { readonly ok: true; readonly result: CheckResult }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };
