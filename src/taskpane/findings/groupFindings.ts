import type { Finding } from '../../core/findings';
import type { MemberRecord } from '../../core/records';
import type { CheckResult, DepartmentSummary, MemberStatus } from '../../core/result';
import type { CheckSummary } from '../../core/summary';

/** A finding with its index in CheckResult.findings (stable key, and the e2e test's link to it). */
export interface IndexedFinding {
  readonly index: number;
  readonly finding: Finding;
}

export interface MemberGroup {
  readonly key: string;
  readonly studentId: string;
  readonly name: string;
  readonly member?: MemberRecord;
  readonly status: MemberStatus;
  readonly findings: readonly IndexedFinding[];
}

export interface DepartmentGroup {
  readonly key: string;
  /** Absent for the union-wide group (学生会整体). */
  readonly department?: string;
  readonly summary?: DepartmentSummary;
  /** The department breaks a limit or should not be set up (the summary's verdict). */
  readonly flagged: boolean;
  readonly findings: readonly IndexedFinding[];
}

function indexed(result: CheckResult, indexes: readonly number[]): IndexedFinding[] {
  return indexes.flatMap((index) => {
    const finding = result.findings[index];
    return finding ? [{ index, finding }] : [];
  });
}

/**
 * The summary's flagged members (不符合, then 待核实, then a post finding only), each with its
 * findings worst first and its notes last. Members with notes only (a freshman's exemption) are
 * not problems: the pane lists them once, under 说明.
 */
export function groupByMember(result: CheckResult, summary: CheckSummary): MemberGroup[] {
  return summary.flaggedMembers.map((m) => ({
    key: `member:${m.studentId}`,
    studentId: m.studentId,
    name: m.name,
    ...(m.member ? { member: m.member } : {}),
    status: m.status,
    findings: indexed(result, [...m.reasons, ...m.posts, ...m.notes]),
  }));
}

/** The union-wide findings first (when any), then the summary's departments, flagged first. */
export function groupByDepartment(result: CheckResult, summary: CheckSummary): DepartmentGroup[] {
  const departments = summary.departments.map((d): DepartmentGroup => ({
    key: `department:${d.name}`,
    department: d.name,
    ...(d.summary ? { summary: d.summary } : {}),
    flagged: d.breaksLimits || d.notSetUp || d.findings.length > 0,
    findings: indexed(result, d.findings),
  }));
  return summary.unionFindings.length > 0
    ? [
        { key: 'union', flagged: true, findings: indexed(result, summary.unionFindings) },
        ...departments,
      ]
    : departments;
}
