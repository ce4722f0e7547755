import type { Finding } from '../../findings';
import { departmentFinding, skipRule, unionFinding } from '../finding';
import { hasRosterField } from '../columns';
import { labelSet, normalizeLabel } from '../labels';
import { structureOf } from '../structure';
import type { Rule } from '../types';
import type { Policy } from '../../policy/types';
import { departmentReason } from '../reasons';
import { CITATION } from './citation';
import type { DepartmentGroup } from '../structure';

/** The message keys of a department the policy does not name (不应设置的部门), not an over-limit one. */
export const NOT_SET_UP_KEYS: ReadonlySet<string> = new Set([
  'rule.departments.notAllowed',
  'rule.departments.notAllowedQuoted',
]);

/** A department outside the policy's list: its own finding, quoting the text that drops it. */
function notSetUp(group: DepartmentGroup, allowed: readonly string[], policy: Policy): Finding {
  const base = { count: group.members.length, allowed: allowed.join('、') };
  const reason = departmentReason(group.name, policy);
  if (!reason) return departmentFinding('departments', group, 'rule.departments.notAllowed', base);
  const evidence = { ...base, quote: reason.quote };
  const finding = departmentFinding(
    'departments',
    group,
    'rule.departments.notAllowedQuoted',
    evidence,
  );
  const others = CITATION.sources.filter((id) => id !== reason.source);
  return { ...finding, sources: [reason.source, ...others] };
}

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
      findings.push(notSetUp(group, allowed, ctx.policy));
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
