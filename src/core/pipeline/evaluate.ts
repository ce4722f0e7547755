import { buildAcademicIndex } from '../academic/buildIndex';
import type { Finding, RuleCode } from '../findings';
import type { Policy } from '../policy/types';
import type {
  CheckOutcome,
  DepartmentCounts,
  DepartmentSummary,
  MemberStatus,
  MemberVerdict,
} from '../result';
import { runRules } from '../rules';
import { NOT_SET_UP_KEYS } from '../rules/departments';
import { summarizeStructure } from '../rules/structure';
import type { RuleContext } from '../rules/types';
import type { Collected } from './collected';
import type { RosterField } from '../tables';
import { emptyRosterIssues } from './emptyRoster';
import { lostZeroIssues } from './lostZeros';
import { inheritDepartments } from './mergedDepartments';
import { splitMembers } from './members';
import { splitCombinedPosts } from './combinedPosts';
import { matchKeylessMembers } from './keylessMembers';
import { chooseUnionRosters } from './unionRoster';
import type { SheetSeen } from './discover';
import { gradeSearch, pendingWithoutGrades } from './noGradeTable';
import { ruleWindows } from './ruleWindows';
import type { Issue } from '../issue';

const otherLevelOf = (policy: Policy): Policy['level'] =>
  policy.level === 'school' ? 'college' : 'school';

/**
 * Eligibility (遴选条件) is what docs/RULES.md §1 eligibility lists; a forbidden or unknown 职务 is a structure
 * finding about the post, shown on the member's row but not a verdict on the member.
 */
const ELIGIBILITY: ReadonlySet<RuleCode> = new Set<RuleCode>([
  'political',
  'rank',
  'failed',
  'discipline',
]);

function statusOf(findings: readonly Finding[], indexes: readonly number[]): MemberStatus {
  let status: MemberStatus = 'eligible';
  for (const i of indexes) {
    const finding = findings[i];
    if (!finding || !ELIGIBILITY.has(finding.code)) continue;
    const severity = finding.severity;
    if (severity === 'violation') return 'ineligible';
    if (severity === 'pending') status = 'pending';
  }
  return status;
}

function rosterFields(rosters: Collected['rosters'], postsSplit: boolean): RosterField[] {
  const fields = new Set<RosterField>();
  for (const r of rosters)
    for (const key of Object.keys(r.mapping.columns)) fields.add(key as RosterField);
  // One cell held both: the roster has a department and a title now.
  if (postsSplit) fields.add('department').add('title');
  return [...fields];
}

/**
 * The one place a department's verdict is decided: it breaks its limits when any department rule
 * found a violation (too many heads or staff, but also too few heads), so the pane's count, the
 * report and the CLI agree on one number. A department the policy does not name is flagged apart
 * (不应设置的部门): that is not a limit it breaks.
 */
function flagDepartments(
  departments: readonly DepartmentCounts[],
  findings: readonly Finding[],
): DepartmentSummary[] {
  const violated = new Set<string>();
  const notSetUp = new Set<string>();
  for (const f of findings) {
    if (f.subject.kind !== 'department' || f.severity !== 'violation') continue;
    if (NOT_SET_UP_KEYS.has(f.messageKey)) notSetUp.add(f.subject.department);
    else violated.add(f.subject.department);
  }
  return departments.map((d) => ({
    ...d,
    breaksLimits: violated.has(d.name),
    ...(notSetUp.has(d.name) ? { notSetUp: true } : {}),
  }));
}

/**
 * Runs every rule of the policy on collected data: the one place where the whole check is decided.
 * `sheets` (every sheet the readers went through) lets a check without grades name them.
 */
export function evaluate(
  collected: Collected,
  policy: Policy,
  sheets?: readonly SheetSeen[],
): CheckOutcome {
  const errors = collected.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) return { ok: false, issues: errors };
  const union = chooseUnionRosters(collected.members, collected.rosters);
  const posts = splitCombinedPosts(union.members, union.rosters, policy.rules.titles);
  const merged = inheritDepartments(posts.members, union.rosters);
  const keyed = matchKeylessMembers(merged.members, collected.people);
  const inherited = { members: keyed.members, issues: [...merged.issues] };
  const sets = splitMembers(inherited.members, policy);
  if (sets.checked.length === 0)
    return { ok: false, issues: emptyRosterIssues(collected, sets, policy) };
  const academic = buildAcademicIndex(collected.academic, inherited.members, policy);
  const has = (kind: string) => collected.mappings.some((m) => m.kind === kind);
  const structure = summarizeStructure(sets.checked, policy);
  const ctx: RuleContext = {
    policy,
    members: sets.checked,
    structure,
    otherLevelMembers: sets.otherLevel,
    academic,
    hasGradeData: has('grades'),
    sanctions: collected.sanctions,
    hasDisciplineData: has('discipline'),
    delegates: collected.delegates,
    hasDelegateData: has('delegates'),
    attendance: collected.attendance,
    rosterFields: rosterFields(union.rosters, posts.split),
    ...(academic.referenceTerm ? { referenceTerm: academic.referenceTerm } : {}),
  };
  const search = gradeSearch(collected.mappings, sheets);
  const { findings, skipped } = pendingWithoutGrades(ctx, runRules(ctx), search);
  const byMember = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (f.subject.kind !== 'member') return;
    const list = byMember.get(f.subject.studentId);
    if (list) list.push(i);
    else byMember.set(f.subject.studentId, [i]);
  });
  const members: MemberVerdict[] = sets.checked.map((member) => {
    const findingIndexes = byMember.get(member.studentId) ?? [];
    const record = academic.get(member.studentId);
    return {
      member,
      status: statusOf(findings, findingIndexes),
      ...(record ? { academic: record } : {}),
      findingIndexes,
    };
  });
  const issues: Issue[] = [
    ...collected.issues,
    ...union.issues,
    ...posts.issues,
    ...keyed.issues,
    ...inherited.issues,
    ...sets.issues,
    ...lostZeroIssues(sets.checked, collected.academic),
    ...(academic.notes ?? []).map((n): Issue => ({
      severity: 'warning',
      messageKey: n.messageKey,
      params: n.params,
    })),
  ];
  if (collected.issuesDropped > 0)
    issues.push({
      severity: 'warning',
      messageKey: 'input.moreIssues',
      params: { count: collected.issuesDropped },
    });
  return {
    ok: true,
    value: {
      policy,
      mappings: collected.mappings,
      ...(academic.referenceTerm ? { referenceTerm: academic.referenceTerm } : {}),
      members,
      departments: flagDepartments(structure.departments, findings),
      union: structure.union,
      findings,
      skipped,
      issues,
      rosters: union.rosters,
      attendance: collected.attendance,
      windows: ruleWindows(policy, academic.referenceTerm, collected.academic.termCodes()),
      ...(sets.otherLevel.length > 0
        ? { otherLevel: { count: sets.otherLevel.length, level: otherLevelOf(policy) } }
        : {}),
      ...(ctx.hasGradeData ? {} : { gradeSearch: search }),
    },
  };
}
