import type { Policy } from '../policy/types';
import type { MemberRecord } from '../records';
import type { DepartmentCounts, RoleKind, UnionSummary } from '../result';
import { isPresidiumDepartment, labelSet, normalizeLabel } from './labels';
import { titleClassifier } from './roles';
import type { RuleContext } from './types';

/** One work department with its rows, grouped by role. */
export interface DepartmentGroup {
  readonly name: string;
  /** Every roster row of the department, in roster order (for highlighting). */
  readonly members: readonly MemberRecord[];
  readonly heads: readonly MemberRecord[];
  readonly staff: readonly MemberRecord[];
  /** Forbidden or unknown titles: counted apart, reported by the titles rule. */
  readonly other: readonly MemberRecord[];
}

/** The union's shape as the roster gives it. */
export interface StructureSummary {
  readonly presidium: readonly MemberRecord[];
  /** Work departments in order of first appearance; the presidium is not one. */
  readonly departments: readonly DepartmentCounts[];
  /** Same order as `departments`. */
  readonly groups: readonly DepartmentGroup[];
  /** Members neither in the presidium nor in a department (empty 部门 cell, or a forbidden or unknown title under 主席团). */
  readonly unassigned: readonly MemberRecord[];
  /** The role of each member, index for index with the input. */
  readonly roles: readonly RoleKind[];
  readonly union: UnionSummary;
}

interface MutableGroup {
  name: string;
  members: MemberRecord[];
  heads: MemberRecord[];
  staff: MemberRecord[];
  other: MemberRecord[];
}

function limitsOf(policy: Policy): DepartmentCounts['limits'] {
  const heads = policy.rules['dept-heads'];
  const staff = policy.rules['dept-staff'];
  return {
    ...(heads.enabled && heads.min !== undefined ? { headsMin: heads.min } : {}),
    ...(heads.enabled && heads.max !== undefined ? { headsMax: heads.max } : {}),
    ...(staff.enabled && staff.max !== undefined ? { staffMax: staff.max } : {}),
  };
}

// The verdict (breaksLimits) is the findings', set in pipeline/evaluate.ts: counts only here.
function summaryOf(group: DepartmentGroup, limits: DepartmentCounts['limits']): DepartmentCounts {
  const heads = group.heads.length;
  const staff = group.staff.length;
  return { name: group.name, heads, staff, other: group.other.length, limits };
}

/** Groups the roster into presidium and work departments, classifying every title once. */
export function summarizeStructure(
  members: readonly MemberRecord[],
  policy: Policy,
): StructureSummary {
  const classify = titleClassifier(policy);
  const presidiumDepts = labelSet(policy.rules.titles.presidiumDepartments);
  const presidium: MemberRecord[] = [];
  const unassigned: MemberRecord[] = [];
  const groups = new Map<string, MutableGroup>();
  const roles = members.map((member) => {
    const role = classify(member.title, member.department);
    const key = normalizeLabel(member.department);
    const inPresidiumDept = isPresidiumDepartment(key, presidiumDepts);
    // A 主席助理 listed under 主席团 is not a presidium member: the titles rule reports the post, and
    // counting it would double-charge the presidium limit. It is staff all the same (staff-total).
    if (role === 'presidium' || (inPresidiumDept && role !== 'forbidden' && role !== 'unknown'))
      presidium.push(member);
    else if (key === '' || inPresidiumDept) unassigned.push(member);
    else {
      let group = groups.get(key);
      if (!group) {
        group = { name: member.department ?? key, members: [], heads: [], staff: [], other: [] };
        groups.set(key, group);
      }
      group.members.push(member);
      if (role === 'head') group.heads.push(member);
      else if (role === 'staff') group.staff.push(member);
      else group.other.push(member);
    }
    return role;
  });
  const limits = limitsOf(policy);
  const list = [...groups.values()];
  return {
    presidium,
    departments: list.map((group) => summaryOf(group, limits)),
    groups: list,
    unassigned,
    roles,
    union: { staffTotal: members.length, presidium: presidium.length, departments: list.length },
  };
}

/** The structure of `ctx.members`: the one the caller computed, else summarised now. */
export function structureOf(
  ctx: Pick<RuleContext, 'members' | 'policy' | 'structure'>,
): StructureSummary {
  return ctx.structure ?? summarizeStructure(ctx.members, ctx.policy);
}
