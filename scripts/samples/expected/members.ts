import type { GradeRow, Member, SampleData, Sanction, Term } from '../model';
import { termCode } from '../model';
import { failedCourses } from './academic';
import { NATIONAL_SCHOOL, limitRank } from './policy';
import type { RankResult } from './ranking';

export type Status = 'eligible' | 'ineligible' | 'pending';

/** The expected verdict on one roster row. */
export interface ExpectedMember {
  readonly name: string;
  readonly department: string;
  readonly title: string;
  readonly status: Status;
  /** Eligibility rules broken (political, rank, failed, discipline). */
  readonly codes: string[];
  /** Eligibility rules that could not decide (待核实). */
  readonly pending: string[];
  /** Context findings (freshman). */
  readonly info: string[];
  readonly rank?: {
    readonly source: 'computed' | 'school';
    readonly rank: number;
    readonly cohortSize: number;
    readonly limitRank: number;
    /** Rounded to 2 decimals, for display and a tolerant comparison. */
    readonly average?: number;
    readonly cohort?: string;
  };
  readonly failedCourses?: string[];
}

/** The academic year term a sanction date falls in (Sep-Jan: first term, Feb-Aug: second). */
export function termOfDate(iso: string): Term {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  if (m >= 9) return { startYear: y, term: 1 };
  if (m === 1) return { startYear: y - 1, term: 1 };
  return { startYear: y - 1, term: 2 };
}

function political(raw: string): 'ok' | 'violation' | 'pending' {
  const v = raw.trim();
  if (v === '') return 'pending';
  if ((NATIONAL_SCHOOL.allowedPolitical as readonly string[]).includes(v)) return 'ok';
  if ((NATIONAL_SCHOOL.otherPolitical as readonly string[]).includes(v)) return 'violation';
  return 'pending';
}

function sanctionedInWindow(sanctions: readonly Sanction[], id: string, ref: Term): boolean {
  return sanctions.some((s) => {
    if (s.studentId !== id || s.lifted) return false;
    const t = termOfDate(s.date);
    return t.startYear === ref.startYear && termCode(t) <= termCode(ref);
  });
}

/** The verdict on one member, from the documented semantics. */
export function judgeMember(
  member: Member,
  data: SampleData,
  rows: readonly GradeRow[] | undefined,
  rank: RankResult | undefined,
  ref: Term,
): ExpectedMember {
  const codes: string[] = [];
  const pending: string[] = [];
  const info: string[] = [];
  const pol = political(member.political);
  if (pol === 'violation') codes.push('political');
  if (pol === 'pending') pending.push('political');

  let rankOut: ExpectedMember['rank'];
  if (member.schoolRank) {
    const { rank: r, size } = member.schoolRank;
    rankOut = { source: 'school', rank: r, cohortSize: size, limitRank: limitRank(size) };
  } else if (rank) {
    const average = Math.round((rank.average.num / rank.average.den) * 100) / 100;
    rankOut = { source: 'computed', ...rank, average };
  }
  if (member.entryYear === ref.startYear) info.push('freshman');
  else if (!rankOut) pending.push('rank');
  else if (rankOut.rank > rankOut.limitRank) codes.push('rank');

  let failed: string[] | undefined;
  if (!rows || rows.length === 0) pending.push('failed');
  else {
    failed = failedCourses(rows, ref);
    if (failed.length > 0) codes.push('failed');
  }

  if (sanctionedInWindow(data.sanctions, member.studentId, ref)) codes.push('discipline');

  const status: Status =
    codes.length > 0 ? 'ineligible' : pending.length > 0 ? 'pending' : 'eligible';
  const base = { name: member.name, department: member.department, title: member.title };
  return {
    ...base,
    status,
    codes,
    pending,
    info,
    ...(rankOut ? { rank: rankOut } : {}),
    ...(failed && failed.length > 0 ? { failedCourses: failed } : {}),
  };
}
