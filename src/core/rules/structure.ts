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
  /**
   * Every other row of the department (dept-staff's "members besides the heads"): the limits are
   * about seats held, so a forbidden, unknown or blank title takes a seat too.
   */
  readonly staff: readonly MemberRecord[];
  /** Of `staff`, the rows whose title is forbidden or unknown (the titles rule reports them). */
  readonly other: readonly MemberRecord[];
}

/** The union's shape as the roster gives it. */
export interface StructureSummary {
  /** Every row placed in the presidium (部门 主席团, or a presidium title), whatever the title says. */
  readonly presidium: readonly MemberRecord[];
  /** Work departments in order of first appearance; the presidium is not one. */
  readonly departments: readonly DepartmentCounts[];
  /** Same order as `departments`. */
  readonly groups: readonly DepartmentGroup[];
  /** Members neither in the presidium nor in a department: an empty 部门 cell and no presidium title. */
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
    // The size limits count seats held: a 主席助理 placed under 主席团 sits there, and the titles rule
    // reports the post besides (docs/RULES.md §2).
    if (role === 'presidium' || inPresidiumDept) presidium.push(member);
    else if (key === '') unassigned.push(member);
    else {
      let group = groups.get(key);
      if (!group) {
        group = { name: member.department ?? key, members: [], heads: [], staff: [], other: [] };
        groups.set(key, group);
      }
      group.members.push(member);
      if (role === 'head') group.heads.push(member);
      else group.staff.push(member);
      if (role === 'forbidden' || role === 'unknown') group.other.push(member);
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
