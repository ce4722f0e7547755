import type { Evidence, Finding } from '../../findings';
import type { MemberRecord, SanctionRecord, TermKey } from '../../records';
import { memberFinding, skipRule } from '../finding';
import { DIGITS_LOST_KEY } from '../../normalize/studentId';
import { unmatchedFinding } from '../unmatched';
import { entryYearOf } from '../freshman/check';
import { normalizeLabel } from '../labels';
import { compareTerms, termLabel } from '../../normalize/term';
import { referenceTermOf, termOfDate, windowStart } from '../terms';
import type { Rule, RuleContext } from '../types';
import type { MessageKey } from '../../messages';

type MatchedBy = 'studentId' | 'name' | 'ambiguousName';
interface Match {
  readonly member: MemberRecord;
  readonly sanction: SanctionRecord;
  readonly by: MatchedBy;
}

/** Sanctions matched to members: by 学号, else (no 学号 in the register) by a name unique on the roster. */
function matchSanctions(
  members: readonly MemberRecord[],
  sanctions: readonly SanctionRecord[],
): Match[] {
  const byId = new Map(members.map((m) => [m.studentId, m]));
  const byName = new Map<string, MemberRecord[]>();
  for (const m of members) {
    const key = normalizeLabel(m.name);
    if (key !== '') byName.set(key, [...(byName.get(key) ?? []), m]);
  }
  const matches: Match[] = [];
  for (const sanction of sanctions) {
    if (sanction.studentId) {
      const member = byId.get(sanction.studentId);
      if (member) matches.push({ member, sanction, by: 'studentId' });
      continue;
    }
    const named = byName.get(normalizeLabel(sanction.name)) ?? [];
    const by = named.length === 1 ? 'name' : 'ambiguousName';
    for (const member of named) matches.push({ member, sanction, by });
  }
  return matches;
}

type Judgement =
  { readonly key: MessageKey; readonly severity: 'violation' | 'pending' } | undefined;

function judge(ctx: RuleContext, match: Match, term: TermKey | undefined): Judgement {
  const { sanction, member } = match;
  const settings = ctx.policy.rules.discipline;
  if (sanction.lifted && !settings.countLifted) return undefined;
  if (!sanction.level) return { key: 'rule.discipline.unknownSanction', severity: 'pending' };
  if (!settings.sanctions.includes(sanction.level)) return undefined;
  if (match.by === 'ambiguousName')
    return { key: 'rule.discipline.ambiguousName', severity: 'pending' };
  const reference = referenceTermOf(ctx);
  const entryYear = entryYearOf(ctx, member);
  if (!reference && settings.window !== 'since-entry') {
    return { key: 'rule.discipline.noReferenceTerm', severity: 'pending' };
  }
  const start = reference
    ? windowStart(settings.window, reference, entryYear)
    : entryYear === undefined
      ? undefined
      : { startYear: entryYear, term: 1 };
  if (start === undefined) return { key: 'rule.discipline.sanctioned', severity: 'violation' };
  if (!term) return { key: 'rule.discipline.undated', severity: 'pending' };
  // Later sanctions always count: a reference term taken from lagging grade data must not hide them.
  if (compareTerms(term, start) < 0) return undefined;
  return { key: 'rule.discipline.sanctioned', severity: 'violation' };
}

/**
 * The message of a counted sanction: a lifted one (counted only when the policy says so) says it
 * was lifted and when; one matched by name asks the teacher to check it is the same person.
 */
function sanctionedKey({ sanction, by }: Match): MessageKey {
  const byName = by === 'name' ? 'ByName' : ('' as const);
  if (!sanction.lifted) return `rule.discipline.sanctioned${byName}`;
  return sanction.liftedOn
    ? `rule.discipline.sanctionedLifted${byName}`
    : `rule.discipline.sanctionedLiftedUndated${byName}`;
}

function toFinding(ctx: RuleContext, match: Match): Finding[] {
  const { sanction } = match;
  const term = sanction.term ?? (sanction.date ? termOfDate(sanction.date) : undefined);
  const verdict = judge(ctx, match, term);
  if (!verdict) return [];
  const evidence: Evidence = {
    sanction: sanction.level ?? sanction.raw,
    raw: sanction.raw,
    matchedBy: match.by,
    lifted: sanction.lifted,
    ...(sanction.date ? { date: sanction.date } : {}),
    ...(term ? { term: termLabel(term) } : {}),
    ...(sanction.reason ? { reason: sanction.reason } : {}),
    ...(sanction.liftedOn ? { liftedOn: sanction.liftedOn } : {}),
    when: sanction.date ?? (term ? termLabel(term) : '?'),
    window: ctx.policy.rules.discipline.window,
  };
  const key = verdict.key === 'rule.discipline.sanctioned' ? sanctionedKey(match) : verdict.key;
  return [
    memberFinding('discipline', match.member, verdict.severity, key, evidence, [sanction.ref]),
  ];
}

/**
 * Members whose 学号 lost digits, when the register names students by 学号: their absence from it
 * proves nothing, so they are 待核实 with the reason (a name-only register matches them by name).
 */
function lostIdFindings(ctx: RuleContext, matches: readonly Match[]): Finding[] {
  if (!ctx.sanctions.some((s) => s.studentId)) return [];
  const matched = new Set(matches.map((m) => m.member));
  return ctx.members
    .filter((m) => m.unmatched?.messageKey === DIGITS_LOST_KEY && !matched.has(m))
    .flatMap((m) => unmatchedFinding('discipline', m) ?? []);
}

/** discipline: no sanction of the listed levels in the window (a member absent from the register is clean). */
export const disciplineRule: Rule = (ctx) => {
  if (!ctx.hasDisciplineData) return skipRule('discipline', 'rule.skip.noDiscipline');
  const matches = matchSanctions(ctx.members, ctx.sanctions);
  return {
    findings: [
      ...matches.flatMap((match) => toFinding(ctx, match)),
      ...lostIdFindings(ctx, matches),
    ],
  };
};
