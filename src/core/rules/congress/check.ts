import type { Finding } from '../../findings';
import type { DelegateRecord, MemberRecord } from '../../records';
import { namesOf, percentOf, skipRule, unionFinding } from '../finding';
import { normalizeLabel } from '../labels';
import { structureOf, summarizeStructure } from '../structure';
import type { Rule, RuleContext } from '../types';

type Settings = RuleContext['policy']['rules']['congress'];

interface RosterEntry {
  readonly member: MemberRecord;
  readonly cadre: boolean;
}

/** Both rosters (school and college level) by 学号 and by unique name, with each row's cadre status. */
function rosterLookup(ctx: RuleContext): (d: DelegateRecord) => RosterEntry | undefined {
  const byId = new Map<string, RosterEntry>();
  const byName = new Map<string, RosterEntry[]>();
  for (const list of [ctx.members, ctx.otherLevelMembers]) {
    const { roles, presidium } =
      list === ctx.members ? structureOf(ctx) : summarizeStructure(list, ctx.policy);
    const inPresidium = new Set(presidium);
    list.forEach((member, i) => {
      const entry = { member, cadre: inPresidium.has(member) || roles[i] === 'head' };
      const known = byId.get(member.studentId);
      if (!known || entry.cadre) byId.set(member.studentId, entry);
      const key = normalizeLabel(member.name);
      if (key !== '') byName.set(key, [...(byName.get(key) ?? []), entry]);
    });
  }
  return (d) => {
    if (d.studentId) return byId.get(d.studentId);
    const named = byName.get(normalizeLabel(d.name)) ?? [];
    const ids = new Set(named.map((e) => e.member.studentId));
    return ids.size === 1 ? byId.get([...ids][0] ?? '') : undefined;
  };
}

function delegateCount(total: number, served: number, s: Settings): Finding[] {
  if (total * 100 >= s.minDelegatePercent * served) return [];
  const evidence = {
    count: total,
    studentsServed: served,
    percent: percentOf(total, served),
    limit: s.minDelegatePercent,
    required: Math.ceil((s.minDelegatePercent * served) / 100 - 1e-9),
  };
  return [unionFinding('congress', 'violation', 'rule.congress.tooFewDelegates', evidence)];
}

function nonCadreShare(
  delegates: readonly DelegateRecord[],
  cadre: (d: DelegateRecord) => boolean,
  s: Settings,
): Finding[] {
  const cadres = delegates.filter(cadre);
  const total = delegates.length;
  const count = total - cadres.length;
  if (count * 100 >= s.minNonCadrePercent * total) return [];
  const evidence = { count, total, percent: percentOf(count, total), limit: s.minNonCadrePercent };
  const refs = cadres.map((d) => d.ref);
  return [unionFinding('congress', 'violation', 'rule.congress.tooFewNonCadre', evidence, refs)];
}

function yearShares(
  ctx: RuleContext,
  delegates: readonly DelegateRecord[],
  yearOf: (d: DelegateRecord) => number | undefined,
): Finding[] {
  const total = delegates.length;
  const limit = ctx.policy.rules.congress.minYearPercent;
  const unknown = delegates.filter((d) => yearOf(d) === undefined);
  // Year groups the union knows of: the delegates' and the members', so an absent year shows up too.
  const years = new Set<number>();
  for (const year of [...delegates.map(yearOf), ...ctx.members.map((m) => m.entryYear)]) {
    if (year !== undefined) years.add(year);
  }
  const findings: Finding[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const count = delegates.filter((d) => yearOf(d) === year).length;
    if (count * 100 >= limit * total) continue;
    const evidence = { year, count, total, percent: percentOf(count, total), limit };
    findings.push(unionFinding('congress', 'violation', 'rule.congress.yearUnder', evidence));
  }
  if (unknown.length > 0) {
    const evidence = { count: unknown.length, total, names: namesOf(unknown) };
    const refs = unknown.map((d) => d.ref);
    findings.push(unionFinding('congress', 'pending', 'rule.congress.yearUnknown', evidence, refs));
  }
  return findings;
}

/** congress: 学代会 delegates >= 1% of students served, >= 60% not union cadres, each year group >= 10%. */
export const congressRule: Rule = (ctx) => {
  if (!ctx.hasDelegateData) return skipRule('congress', 'rule.skip.noDelegates');
  const s = ctx.policy.rules.congress;
  const delegates = ctx.delegates;
  const lookup = rosterLookup(ctx);
  const cadre = (d: DelegateRecord): boolean => d.isCadre ?? lookup(d)?.cadre ?? false;
  const yearOf = (d: DelegateRecord): number | undefined =>
    d.entryYear ?? lookup(d)?.member.entryYear;
  const served = ctx.policy.studentsServed;
  const findings = [
    ...(served === undefined ? [] : delegateCount(delegates.length, served, s)),
    ...(delegates.length === 0 ? [] : nonCadreShare(delegates, cadre, s)),
    ...(delegates.length === 0 ? [] : yearShares(ctx, delegates, yearOf)),
  ];
  if (served !== undefined) return { findings };
  return {
    findings,
    skipped: { code: 'congress', messageKey: 'rule.skip.congressNoStudentsServed' },
  };
};
