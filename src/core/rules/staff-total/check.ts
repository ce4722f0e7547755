import { unionFinding } from '../finding';
import type { Rule } from '../types';

/** staff-total: the union's 工作人员 (every roster row, presidium included) within the limit. */
export const staffTotalRule: Rule = (ctx) => {
  const limit = ctx.policy.rules['staff-total'].max;
  const count = ctx.members.length;
  if (count <= limit) return { findings: [] };
  const excess = count - limit;
  const evidence = { count, limit, excess };
  return {
    findings: [unionFinding('staff-total', 'violation', 'rule.staff-total.over', evidence)],
  };
};
