import type { Finding, RuleCode, SkippedRule } from '../findings';
import { normalizeLabel } from './labels';
import { RULES } from './registry';
import { structureOf } from './structure';
import type { Rule, RuleContext, RuleOutput } from './types';

/** A rule's check, its findings citing the rule's sources where the check named none of its own. */
function cited(rule: (typeof RULES)[number]): Rule {
  const { sources } = rule.citation;
  return (ctx) => {
    const out = rule.check(ctx);
    const findings = out.findings.map((f) => (f.sources.length > 0 ? f : { ...f, sources }));
    return { ...out, findings };
  };
}

/** Every rule with its code, in the order findings about one subject are listed (`listOrder`). */
export const ALL_RULES: readonly { readonly code: RuleCode; readonly run: Rule }[] = [...RULES]
  .sort((a, b) => a.listOrder - b.listOrder)
  .map((rule) => ({ code: rule.code, run: cited(rule) }));

/** One rule's check as `runRules` runs it (findings with their sources), whether on or off. */
export function runRule(code: RuleCode, ctx: RuleContext): RuleOutput {
  const rule = ALL_RULES.find((r) => r.code === code);
  if (!rule) throw new Error(`unknown rule ${code}`);
  return rule.run(ctx);
}

/** A finding's place: members in roster order, then departments in roster order, then the union. */
function placeOf(ctx: RuleContext): (finding: Finding) => [number, number] {
  const memberAt = new Map<string, number>();
  ctx.members.forEach((m, i) => {
    if (!memberAt.has(m.studentId)) memberAt.set(m.studentId, i);
  });
  const deptAt = new Map<string, number>();
  structureOf(ctx).groups.forEach((g, i) => deptAt.set(normalizeLabel(g.name), i));
  return (finding) => {
    const s = finding.subject;
    if (s.kind === 'member') return [0, memberAt.get(s.studentId) ?? Number.MAX_SAFE_INTEGER];
    if (s.kind === 'department')
      return [1, deptAt.get(normalizeLabel(s.department)) ?? Number.MAX_SAFE_INTEGER];
    return [2, 0];
  };
}

/** Runs every enabled rule; a disabled rule yields neither findings nor a skip. */
export function runRules(ctx: RuleContext): { findings: Finding[]; skipped: SkippedRule[] } {
  const tagged: { finding: Finding; rule: number; seq: number }[] = [];
  const skipped: SkippedRule[] = [];
  ALL_RULES.forEach(({ code, run }, rule) => {
    if (!ctx.policy.rules[code].enabled) return;
    const out = run(ctx);
    for (const finding of out.findings) tagged.push({ finding, rule, seq: tagged.length });
    if (out.skipped) skipped.push(out.skipped);
  });
  const place = placeOf(ctx);
  const keyed = tagged.map((t) => ({ ...t, place: place(t.finding) }));
  keyed.sort(
    (a, b) =>
      a.place[0] - b.place[0] || a.place[1] - b.place[1] || a.rule - b.rule || a.seq - b.seq,
  );
  return { findings: keyed.map((k) => k.finding), skipped };
}

export { summarizeStructure } from './structure';
export type { DepartmentGroup, StructureSummary } from './structure';
export { classifyTitle, titleClassifier } from './roles';
export { SOURCES, citeSource } from './sources';
export { RULE_CODES, RULE_SOURCES, RULES } from './registry';
