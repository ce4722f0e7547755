import type { Finding, RuleCode, SkippedRule } from '../findings';
import { congressRule } from './congress';
import { coreRatioRule } from './coreRatio';
import { departmentsRule } from './departments';
import { deptHeadsRule } from './deptHeads';
import { deptStaffRule } from './deptStaff';
import { disciplineRule } from './discipline';
import { failedRule } from './failed';
import { freshmanRule } from './freshman';
import { fromCollegesRule } from './fromColleges';
import { normalizeLabel } from './labels';
import { politicalRule } from './political';
import { presidiumRule } from './presidium';
import { rankRule } from './rank';
import { staffTotalRule } from './staffTotal';
import { structureOf } from './structure';
import { titlesRule } from './titles';
import type { Rule, RuleContext } from './types';

/** Every rule with its code, in the order findings about one subject are listed. */
export const ALL_RULES: readonly { readonly code: RuleCode; readonly run: Rule }[] = [
  { code: 'political', run: politicalRule },
  { code: 'rank', run: rankRule },
  { code: 'freshman', run: freshmanRule },
  { code: 'failed', run: failedRule },
  { code: 'discipline', run: disciplineRule },
  { code: 'titles', run: titlesRule },
  { code: 'staff-total', run: staffTotalRule },
  { code: 'presidium', run: presidiumRule },
  { code: 'departments', run: departmentsRule },
  { code: 'dept-heads', run: deptHeadsRule },
  { code: 'dept-staff', run: deptStaffRule },
  { code: 'from-colleges', run: fromCollegesRule },
  { code: 'core-ratio', run: coreRatioRule },
  { code: 'congress', run: congressRule },
];

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
export { SOURCES, RULE_SOURCES, citeSource } from './sources';
