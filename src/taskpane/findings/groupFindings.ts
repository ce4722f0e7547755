import type { Finding } from '../../core/findings';
import type { MemberRecord } from '../../core/records';
import type { CheckResult, DepartmentSummary, MemberStatus } from '../../core/result';

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
  readonly findings: readonly IndexedFinding[];
}

const STATUS_ORDER: Readonly<Record<MemberStatus, number>> = {
  ineligible: 0,
  pending: 1,
  eligible: 2,
};

const SEVERITY_ORDER: Readonly<Record<Finding['severity'], number>> = {
  violation: 0,
  pending: 1,
  info: 2,
};

function bySeverity(a: IndexedFinding, b: IndexedFinding): number {
  return (
    SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index
  );
}

function statusOf(findings: readonly IndexedFinding[]): MemberStatus {
  if (findings.some((f) => f.finding.severity === 'violation')) return 'ineligible';
  return findings.some((f) => f.finding.severity === 'pending') ? 'pending' : 'eligible';
}

/**
 * Members with at least one finding, worst first (不符合, then 待核实, then notes only), each with
 * its findings worst first; members keep roster order within a status.
 */
export function groupByMember(result: CheckResult): MemberGroup[] {
  const verdicts = new Map(result.members.map((v) => [v.member.studentId, v]));
  const groups = new Map<string, { studentId: string; name: string; findings: IndexedFinding[] }>();
  result.findings.forEach((finding, index) => {
    const s = finding.subject;
    if (s.kind !== 'member') return;
    const group = groups.get(s.studentId) ?? { studentId: s.studentId, name: s.name, findings: [] };
    group.findings.push({ index, finding });
    groups.set(s.studentId, group);
  });
  const rosterOrder = new Map(result.members.map((v, i) => [v.member.studentId, i]));
  return [...groups.values()]
    .map((g): MemberGroup => {
      const verdict = verdicts.get(g.studentId);
      return {
        key: `member:${g.studentId}`,
        studentId: g.studentId,
        name: g.name,
        ...(verdict ? { member: verdict.member } : {}),
        status: verdict?.status ?? statusOf(g.findings),
        findings: [...g.findings].sort(bySeverity),
      };
    })
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        (rosterOrder.get(a.studentId) ?? Infinity) - (rosterOrder.get(b.studentId) ?? Infinity),
    );
}

/**
 * The union-wide findings first (when any), then every department of the roster in its order,
 * over-limit ones first, each with its own findings; departments named only by a finding follow.
 */
export function groupByDepartment(result: CheckResult): DepartmentGroup[] {
  const union: IndexedFinding[] = [];
  const byName = new Map<string, IndexedFinding[]>();
  result.findings.forEach((finding, index) => {
    const s = finding.subject;
    if (s.kind === 'union') union.push({ index, finding });
    if (s.kind !== 'department') return;
    byName.set(s.department, [...(byName.get(s.department) ?? []), { index, finding }]);
  });
  const known = new Set(result.departments.map((d) => d.name));
  const departments: DepartmentGroup[] = [
    ...result.departments.map((summary) => ({ department: summary.name, summary })),
    ...[...byName.keys()].filter((name) => !known.has(name)).map((department) => ({ department })),
  ].map((d) => ({
    ...d,
    key: `department:${d.department}`,
    findings: [...(byName.get(d.department) ?? [])].sort(bySeverity),
  }));
  const flagged = (g: DepartmentGroup) => (g.summary?.overLimit || g.findings.length > 0 ? 0 : 1);
  const sorted = departments
    .map((g, order) => ({ g, order }))
    .sort((a, b) => flagged(a.g) - flagged(b.g) || a.order - b.order)
    .map(({ g }) => g);
  return union.length > 0
    ? [{ key: 'union', findings: union.sort(bySeverity) }, ...sorted]
    : sorted;
}
