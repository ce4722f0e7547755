import type { Evidence, Finding } from '../../findings';
import type { SanctionLevel, TermKey } from '../../records';
import { matchSanctions, type Match } from '../sanctionMatch';
import { memberFinding, skipRule } from '../finding';
import { DIGITS_LOST_KEY } from '../../normalize/studentId';
import { unmatchedFinding } from '../unmatched';
import { entryYearOf } from '../freshman/check';
import { compareTerms, termLabel } from '../../normalize/term';
import { referenceTermOf, termOfDate, windowStart } from '../terms';
import type { Rule, RuleContext } from '../types';
import type { MessageKey } from '../../messages';

type Judgement =
  { readonly key: MessageKey; readonly severity: 'violation' | 'pending' | 'info' } | undefined;

/** Whether the policy counts this level: 记大过 also under a list naming 记过 (one saved before 记大过 was read). */
function listed(levels: readonly SanctionLevel[], level: SanctionLevel): boolean {
  return levels.includes(level) || (level === '记大过' && levels.includes('记过'));
}

function judge(ctx: RuleContext, match: Match, term: TermKey | undefined): Judgement {
  const { sanction, member } = match;
  const settings = ctx.policy.rules.discipline;
  if (sanction.lifted && !settings.countLifted) return undefined;
  // League and party discipline and criticism are not 校纪处分: in the window, the teacher is
  // told of them; they never count, and a date that cannot be placed does not make them pending.
  const note = !sanction.level && sanction.notSchool !== undefined;
  const told: Judgement = { key: 'rule.discipline.notSchoolSanction', severity: 'info' };
  const counted: Judgement = note
    ? told
    : { key: 'rule.discipline.sanctioned', severity: 'violation' };
  const unsure = (key: MessageKey): Judgement => (note ? told : { key, severity: 'pending' });
  if (!note && !sanction.level)
    return { key: 'rule.discipline.unknownSanction', severity: 'pending' };
  if (sanction.level && !listed(settings.sanctions, sanction.level)) return undefined;
  if (match.by === 'ambiguousName')
    return note ? undefined : { key: 'rule.discipline.ambiguousName', severity: 'pending' };
  const reference = referenceTermOf(ctx);
  const entryYear = entryYearOf(ctx, member);
  if (!reference && settings.window !== 'since-entry')
    return unsure('rule.discipline.noReferenceTerm');
  const start = reference
    ? windowStart(settings.window, reference, entryYear)
    : entryYear === undefined
      ? undefined
      : { startYear: entryYear, term: 1 };
  if (start === undefined) return counted;
  if (!term) return unsure('rule.discipline.undated');
  // Later sanctions always count: a reference term taken from lagging grade data must not hide them.
  if (compareTerms(term, start) < 0) return undefined;
  return counted;
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
    ...(sanction.notSchool ? { notSchool: sanction.notSchool } : {}),
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
