import type { AcademicIndex } from '../academic/types';
import type { Finding, SkippedRule } from '../findings';
import type { Policy } from '../policy/types';
import type {
  AttendanceRecord,
  DelegateRecord,
  MemberRecord,
  SanctionRecord,
  TermKey,
} from '../records';
import type { RosterField } from '../tables';
import type { StructureSummary } from './structure';

/** Everything a rule may look at. Rules are pure functions of it. */
export interface RuleContext {
  readonly policy: Policy;
  /** Roster rows of the union under check (policy.level), duplicates removed. */
  readonly members: readonly MemberRecord[];
  /**
   * Roster fields that have a column (from the roster's mapping). When given, a rule whose column is
   * absent is skipped with a reason; when absent, rules infer it from the values.
   */
  readonly rosterFields?: readonly RosterField[];
  /** Roster rows of the other level (级别 column), for from-colleges. */
  readonly otherLevelMembers: readonly MemberRecord[];
  readonly academic: AcademicIndex;
  /** Whether any grade table was found at all (distinguishes "no grades for this student"). */
  readonly hasGradeData: boolean;
  readonly sanctions: readonly SanctionRecord[];
  /** Whether a discipline table was found (no table = the rule cannot clear anyone). */
  readonly hasDisciplineData: boolean;
  readonly delegates: readonly DelegateRecord[];
  readonly hasDelegateData: boolean;
  readonly attendance: readonly AttendanceRecord[];
  /** The term the windows are measured from. */
  readonly referenceTerm?: TermKey | undefined;
  /**
   * `summarizeStructure(members, policy)`, when the caller has it: several rules need it, and
   * computing it once per check spares each of them classifying every title again.
   */
  readonly structure?: StructureSummary;
}

export interface RuleOutput {
  readonly findings: readonly Finding[];
  readonly skipped?: SkippedRule;
}

/** A rule: one small pure function. */
export type Rule = (ctx: RuleContext) => RuleOutput;
