import { namesOf, percentOf, skipRule, unionFinding } from '../finding';
import { structureOf } from '../structure';
import type { Rule } from '../types';

/** core-ratio: 骨干 (presidium + department heads) at most maxPercent of the students served (004). */
export const coreRatioRule: Rule = (ctx) => {
  const served = ctx.policy.studentsServed;
  if (served === undefined) return skipRule('core-ratio', 'rule.skip.noStudentsServed');
  const { roles, presidium } = structureOf(ctx);
  const inPresidium = new Set(presidium);
  const cadres = ctx.members.filter((m, i) => inPresidium.has(m) || roles[i] === 'head');
  const limit = ctx.policy.rules['core-ratio'].maxPercent;
  if (cadres.length * 100 <= limit * served) return { findings: [] };
  const evidence = {
    count: cadres.length,
    studentsServed: served,
    percent: percentOf(cadres.length, served),
    limit,
    limitCount: Math.floor((limit * served) / 100 + 1e-9),
    members: namesOf(cadres),
  };
  const refs = cadres.map((m) => m.ref);
  return {
    findings: [unionFinding('core-ratio', 'violation', 'rule.core-ratio.over', evidence, refs)],
  };
};
