import type { Finding } from '../../findings';
import { departmentFinding, namesOf, skipRule } from '../finding';
import { hasRosterField } from '../columns';
import { structureOf, type DepartmentGroup } from '../structure';
import type { Rule, RuleContext } from '../types';
import type { MessageKey } from '../../messages';

/** Department rules need both 部门 and 职务 columns; the reason when one is missing. */
export function departmentDataMissing(ctx: RuleContext): MessageKey | undefined {
  if (!hasRosterField(ctx, 'department', (m) => m.department))
    return 'rule.skip.noDepartmentColumn';
  if (!hasRosterField(ctx, 'title', (m) => m.title)) return 'rule.skip.noTitleColumn';
  return undefined;
}

function check(
  group: DepartmentGroup,
  min: number | undefined,
  max: number | undefined,
): Finding[] {
  const count = group.heads.length;
  const members = namesOf(group.heads);
  if (min !== undefined && count < min) {
    return [
      departmentFinding('dept-heads', group, 'rule.dept-heads.tooFew', {
        count,
        limit: min,
        members,
      }),
    ];
  }
  if (max !== undefined && count > max) {
    return [
      departmentFinding('dept-heads', group, 'rule.dept-heads.tooMany', {
        count,
        limit: max,
        members,
      }),
    ];
  }
  return [];
}

/** dept-heads: each work department has between min and max 负责人 (001: 2 to 3). */
export const deptHeadsRule: Rule = (ctx) => {
  const { min, max } = ctx.policy.rules['dept-heads'];
  const missing = departmentDataMissing(ctx);
  if (missing) return skipRule('dept-heads', missing);
  if (min === undefined && max === undefined) return skipRule('dept-heads', 'rule.skip.noLimit');
  const { groups } = structureOf(ctx);
  return { findings: groups.flatMap((group) => check(group, min, max)) };
};
