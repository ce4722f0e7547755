import type { Finding, SkippedRule } from '../findings';
import { t } from '../messages';
import type { GradeSearch } from '../result';
import { ALL_RULES } from '../rules';
import { memberFinding } from '../rules/finding';
import { isExemptFreshman } from '../rules/freshman/check';
import type { RuleContext } from '../rules/types';
import type { TableKind, TableMapping } from '../tables';
import type { SheetSeen } from './discover';

/** The skip the rank and failed rules give when no grade table was found. */
const NO_GRADES = 'rule.skip.noGrades';
const isGradeRule = (code: string): code is 'rank' | 'failed' =>
  code === 'rank' || code === 'failed';

/** Every sheet read with the tables recognised on it; without the readers' list, the tables' sheets. */
export function gradeSearch(
  mappings: readonly TableMapping[],
  sheets: readonly SheetSeen[] | undefined,
): GradeSearch {
  const key = (file: string | undefined, sheet: string) => `${file ?? ''}\u0000${sheet}`;
  const kinds = new Map<string, TableKind[]>();
  for (const m of mappings)
    kinds.set(key(m.file, m.sheet), [...(kinds.get(key(m.file, m.sheet)) ?? []), m.kind]);
  const seen = sheets ?? mappings;
  const listed = new Set<string>();
  const out: GradeSearch['sheets'][number][] = [];
  for (const s of seen) {
    const k = key(s.file, s.sheet);
    if (listed.has(k)) continue;
    listed.add(k);
    out.push({
      ...(s.file !== undefined ? { file: s.file } : {}),
      sheet: s.sheet,
      kinds: kinds.get(k) ?? [],
    });
  }
  return { sheets: out };
}

function sheetsText(search: GradeSearch, lang: 'zh' | 'en'): string {
  return search.sheets
    .map((s) => {
      const name = s.file ? `${s.file}「${s.sheet}」` : `「${s.sheet}」`;
      const what =
        s.kinds.length > 0
          ? s.kinds.map((k) => t(`input.kind.${k}`, lang)).join('、')
          : t('summary.noTableOnSheet', lang);
      return lang === 'zh' ? `${name}（${what}）` : `${name} (${what})`;
    })
    .join(lang === 'zh' ? '、' : ', ');
}

/**
 * docs/RULES.md §1: when no grade table is found, no member is 符合条件 on the strength of rules that
 * were not checked. Each member gets a 待核实 finding for rank (unless exempt as a freshman) and
 * for failed, and the rules' skip says which sheets were read and why none was grades.
 */
export function pendingWithoutGrades(
  ctx: RuleContext,
  out: { findings: readonly Finding[]; skipped: readonly SkippedRule[] },
  search: GradeSearch,
): { findings: Finding[]; skipped: SkippedRule[] } {
  const unchecked = out.skipped.filter((s) => isGradeRule(s.code) && s.messageKey === NO_GRADES);
  if (unchecked.length === 0) return { findings: [...out.findings], skipped: [...out.skipped] };
  const added: Finding[] = [];
  for (const { code } of unchecked) {
    if (!isGradeRule(code)) continue;
    for (const member of ctx.members) {
      if (code === 'rank' && isExemptFreshman(ctx, member)) continue;
      const evidence = { studentId: member.studentId };
      added.push(memberFinding(code, member, 'pending', `summary.noGradeTable.${code}`, evidence));
    }
  }
  const params = { sheetsZh: sheetsText(search, 'zh'), sheetsEn: sheetsText(search, 'en') };
  const skipped = out.skipped.map((s) =>
    unchecked.includes(s) ? { ...s, messageKey: 'summary.skip.noGradeTable' as const, params } : s,
  );
  return { findings: inRuleOrder(ctx, [...out.findings, ...added]), skipped };
}

/** Member findings in roster order and rule order (as runRules places them), the rest after as they were. */
function inRuleOrder(ctx: RuleContext, findings: readonly Finding[]): Finding[] {
  const memberAt = new Map<string, number>();
  ctx.members.forEach((m, i) => {
    if (!memberAt.has(m.studentId)) memberAt.set(m.studentId, i);
  });
  const ruleAt = new Map(ALL_RULES.map((r, i) => [r.code, i]));
  const keyed = findings.map((finding, seq) => {
    const s = finding.subject;
    if (s.kind !== 'member') return { finding, seq, group: 1, member: 0, rule: 0 };
    const member = memberAt.get(s.studentId) ?? Number.MAX_SAFE_INTEGER;
    return { finding, seq, group: 0, member, rule: ruleAt.get(finding.code) ?? 0 };
  });
  keyed.sort(
    (a, b) => a.group - b.group || a.member - b.member || a.rule - b.rule || a.seq - b.seq,
  );
  return keyed.map((k) => k.finding);
}
