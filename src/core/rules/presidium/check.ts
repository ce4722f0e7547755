import type { Finding } from '../../findings';
import type { MemberRecord } from '../../records';
import { namesOf, unionFinding } from '../finding';
import { normalizeLabel } from '../labels';
import { structureOf } from '../structure';
import type { Rule } from '../types';

/** The title as written, without bracketed notes: 执行主席（兼） counts as 执行主席. */
function plainTitle(member: MemberRecord): string {
  return normalizeLabel(member.title).replace(/\([^)]*\)?/g, '');
}

function titleLimits(
  presidium: readonly MemberRecord[],
  titleMax: Record<string, number>,
): Finding[] {
  return Object.entries(titleMax).flatMap(([title, limit]) => {
    const holders = presidium.filter((m) => plainTitle(m) === normalizeLabel(title));
    if (holders.length <= limit) return [];
    const evidence = { title, count: holders.length, limit, members: namesOf(holders) };
    const refs = holders.map((m) => m.ref);
    return [unionFinding('presidium', 'violation', 'rule.presidium.titleOver', evidence, refs)];
  });
}

/** presidium: 主席团 size within the limit, and per-title limits (004: one 执行主席). */
export const presidiumRule: Rule = (ctx) => {
  const settings = ctx.policy.rules.presidium;
  const { presidium } = structureOf(ctx);
  const findings: Finding[] = [];
  if (presidium.length > settings.max) {
    const evidence = { count: presidium.length, limit: settings.max, members: namesOf(presidium) };
    const refs = presidium.map((m) => m.ref);
    findings.push(unionFinding('presidium', 'violation', 'rule.presidium.over', evidence, refs));
  }
  findings.push(...titleLimits(presidium, settings.titleMax ?? {}));
  return { findings };
};
