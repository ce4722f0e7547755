import type { Finding } from '../findings';
import type { CheckResult, MemberStatus } from '../result';
import { ELIGIBILITY_RULES, STATUS_ORDER, worstFirst } from './order';
import type { CheckSummary, DepartmentLine, MemberLine, SummaryCounts } from './types';

interface Draft {
  studentId: string;
  name: string;
  findings: number[];
}

function statusOf(findings: readonly Finding[], reasons: readonly number[]): MemberStatus {
  const severities = reasons.map((i) => findings[i]?.severity);
  if (severities.includes('violation')) return 'ineligible';
  return severities.includes('pending') ? 'pending' : 'eligible';
}

/** Members in roster order, then anyone a finding names who is not among them. */
function memberLines(result: CheckResult): MemberLine[] {
  const { findings } = result;
  const drafts = new Map<string, Draft>();
  for (const v of result.members)
    drafts.set(v.member.studentId, {
      studentId: v.member.studentId,
      name: v.member.name,
      findings: [],
    });
  findings.forEach((f, i) => {
    const s = f.subject;
    if (s.kind !== 'member') return;
    const draft = drafts.get(s.studentId) ?? { studentId: s.studentId, name: s.name, findings: [] };
    draft.findings.push(i);
    drafts.set(s.studentId, draft);
  });
  const verdicts = new Map(result.members.map((v) => [v.member.studentId, v]));
  return [...drafts.values()].map((d): MemberLine => {
    const sorted = worstFirst(findings, d.findings);
    const is = (i: number, eligibility: boolean) =>
      findings[i]?.severity !== 'info' && ELIGIBILITY_RULES.has(findings[i]!.code) === eligibility;
    const reasons = sorted.filter((i) => is(i, true));
    const verdict = verdicts.get(d.studentId);
    return {
      studentId: d.studentId,
      name: d.name,
      ...(verdict ? { verdict, member: verdict.member } : {}),
      status: verdict?.status ?? statusOf(findings, reasons),
      reasons,
      posts: sorted.filter((i) => is(i, false)),
      notes: sorted.filter((i) => findings[i]?.severity === 'info'),
    };
  });
}

/** The roster's departments flagged first, then those only a finding names. */
function departmentLines(result: CheckResult): DepartmentLine[] {
  const byName = new Map<string, number[]>();
  result.findings.forEach((f, i) => {
    if (f.subject.kind === 'department')
      byName.set(f.subject.department, [...(byName.get(f.subject.department) ?? []), i]);
  });
  const known = new Set(result.departments.map((d) => d.name));
  const lines: DepartmentLine[] = [
    ...result.departments.map((summary) => ({
      name: summary.name,
      summary,
      breaksLimits: summary.breaksLimits,
      notSetUp: summary.notSetUp === true,
      findings: worstFirst(result.findings, byName.get(summary.name) ?? []),
    })),
    ...[...byName]
      .filter(([name]) => !known.has(name))
      .map(([name, indexes]) => ({
        name,
        breaksLimits: true,
        notSetUp: false,
        findings: worstFirst(result.findings, indexes),
      })),
  ];
  const flagged = (d: DepartmentLine) =>
    d.breaksLimits || d.notSetUp || d.findings.length > 0 ? 0 : 1;
  return lines
    .map((line, order) => ({ line, order }))
    .sort((a, b) => flagged(a.line) - flagged(b.line) || a.order - b.order)
    .map(({ line }) => line);
}

/**
 * Everything the terminal, the JSON, the task pane and the report say about a check, derived once:
 * the counts, each member with the reasons for the verdict, the departments flagged and why, the
 * rules not checked, the windows used and the order findings are listed in.
 */
export function summarize(result: CheckResult): CheckSummary {
  const { findings } = result;
  const members = memberLines(result);
  const checked = members.filter((m) => m.verdict !== undefined);
  const rosterAt = new Map(members.map((m, i) => [m.studentId, i]));
  const flaggedMembers = members
    .filter((m) => m.reasons.length > 0 || m.posts.length > 0)
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        (rosterAt.get(a.studentId) ?? 0) - (rosterAt.get(b.studentId) ?? 0),
    );
  const notedMembers = members.filter(
    (m) => m.notes.length > 0 && m.reasons.length === 0 && m.posts.length === 0,
  );
  const departments = departmentLines(result);
  const unionFindings = worstFirst(
    findings,
    findings.flatMap((f, i) => (f.subject.kind === 'union' ? [i] : [])),
  );
  const structureFindings = findings.flatMap((f, i) =>
    f.severity !== 'info' && !ELIGIBILITY_RULES.has(f.code) ? [i] : [],
  );
  const byStatus = (s: MemberStatus) => checked.filter((m) => m.status === s).length;
  const counts: SummaryCounts = {
    checked: checked.length,
    eligible: byStatus('eligible'),
    ineligible: byStatus('ineligible'),
    pending: byStatus('pending'),
    otherLevel: result.otherLevel?.count ?? 0,
    departmentsBreakingLimits: result.departments.filter((d) => d.breaksLimits).length,
    departmentsNotSetUp: result.departments.filter((d) => d.notSetUp).length,
    structureFindings: structureFindings.length,
    findings: findings.filter((f) => f.severity !== 'info').length,
  };
  const memberOrder = [...flaggedMembers, ...notedMembers].flatMap((m) => [
    ...worstFirst(findings, [...m.reasons, ...m.posts]),
    ...m.notes,
  ]);
  return {
    counts,
    ...(result.referenceTerm ? { referenceTerm: result.referenceTerm } : {}),
    members,
    flaggedMembers,
    notedMembers,
    departments,
    unionFindings,
    structureFindings,
    notChecked: result.skipped,
    windows: result.windows ?? [],
    ...(result.otherLevel ? { otherLevel: result.otherLevel } : {}),
    findingOrder: [...memberOrder, ...departments.flatMap((d) => d.findings), ...unionFindings],
  };
}
