import type { Finding } from '../findings';
import { departmentFinding, skipRule, unionFinding } from './finding';
import { hasRosterField } from './columns';
import { labelSet, normalizeLabel } from './labels';
import { structureOf } from './structure';
import type { Rule } from './types';

/** departments: the number of 工作部门 within the limit, and only the named ones when a list is set. */
export const departmentsRule: Rule = (ctx) => {
  const { max, allowed } = ctx.policy.rules.departments;
  if (!hasRosterField(ctx, 'department', (m) => m.department)) {
    return skipRule('departments', 'rule.skip.noDepartmentColumn');
  }
  if (max === undefined && allowed === undefined)
    return skipRule('departments', 'rule.skip.noLimit');
  const { groups } = structureOf(ctx);
  const findings: Finding[] = [];
  if (allowed !== undefined) {
    const names = labelSet(allowed);
    for (const group of groups) {
      if (names.has(normalizeLabel(group.name))) continue;
      const evidence = { count: group.members.length, allowed: allowed.join('、') };
      findings.push(
        departmentFinding('departments', group, 'rule.departments.notAllowed', evidence),
      );
    }
  }
  if (max !== undefined && groups.length > max) {
    const evidence = {
      count: groups.length,
      limit: max,
      departments: groups.map((g) => g.name).join('、'),
    };
    const refs = groups.flatMap((g) => g.members.map((m) => m.ref));
    findings.push(
      unionFinding('departments', 'violation', 'rule.departments.over', evidence, refs),
    );
  }
  return { findings };
};
