import { departmentFinding, namesOf, skipRule } from '../finding';
import { departmentDataMissing } from '../dept-heads/check';
import { structureOf } from '../structure';
import type { Rule } from '../types';

/** dept-staff: each work department has at most `max` members besides its heads (001: 6). */
export const deptStaffRule: Rule = (ctx) => {
  const { max } = ctx.policy.rules['dept-staff'];
  const missing = departmentDataMissing(ctx);
  if (missing) return skipRule('dept-staff', missing);
  if (max === undefined) return skipRule('dept-staff', 'rule.skip.noLimit');
  const { groups } = structureOf(ctx);
  const over = groups.filter((group) => group.staff.length > max);
  return {
    findings: over.map((group) =>
      departmentFinding('dept-staff', group, 'rule.dept-staff.over', {
        count: group.staff.length,
        limit: max,
        members: namesOf(group.staff),
      }),
    ),
  };
};
