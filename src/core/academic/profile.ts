import type { MemberRecord } from '../records';
import type { AcademicAccumulator, SheetId } from './accumulator';
import { earliestYear } from './average';
import { learnIdYearPattern, yearFromId } from './idYear';
import type { StudentTally } from './studentTally';

/** A student's major, entry year and class as used for the ranking cohort, with where each came from. */
export interface StudentProfile {
  readonly major?: string;
  readonly majorSource?: 'grades' | 'roster' | 'sheet';
  /** The sheet whose members' major was lent to the student (majorSource 'sheet'). */
  readonly majorSheet?: SheetId;
  readonly entryYear?: number;
  readonly entryYearSource?: 'grades' | 'roster' | 'student-id' | 'earliest-term';
  readonly className?: string;
  /** Several majors on the student's grade rows (the usual one was taken). */
  readonly otherMajors?: readonly string[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The value seen on most rows; the first seen wins a tie. */
function usual<T>(values: readonly T[], counts: readonly number[]): T | undefined {
  let best = -1;
  let at = -1;
  for (let i = 0; i < values.length; i++) {
    const n = counts[i] ?? 0;
    if (n > best) [best, at] = [n, i];
  }
  return values[at];
}

function fromRows(
  tally: StudentTally | undefined,
  member: MemberRecord | undefined,
): Mutable<StudentProfile> {
  const p: Mutable<StudentProfile> = {};
  const gradeMajor = tally && usual(tally.majors, tally.majorRows);
  if (tally && gradeMajor !== undefined) {
    p.major = gradeMajor;
    p.majorSource = 'grades';
    if (tally.majors.length > 1) p.otherMajors = tally.majors.filter((m) => m !== gradeMajor);
  } else if (member?.major) [p.major, p.majorSource] = [member.major, 'roster'];
  const gradeYear = tally && usual(tally.entryYears, tally.entryYearRows);
  if (gradeYear !== undefined) [p.entryYear, p.entryYearSource] = [gradeYear, 'grades'];
  else if (member?.entryYear !== undefined)
    [p.entryYear, p.entryYearSource] = [member.entryYear, 'roster'];
  if (member?.className) p.className = member.className;
  return p;
}

/** A student of the grade data or the roster, with both sources side by side and the resolved profile. */
export interface ResolvedStudent {
  readonly id: string;
  readonly tally: StudentTally | undefined;
  readonly member: MemberRecord | undefined;
  readonly profile: StudentProfile;
}

/**
 * The major each grade sheet stands for: the one major shared by every roster member found on it (one
 * export per major is the usual case). A sheet whose members disagree, or that has none, stands for none.
 */
function sheetMajors(students: readonly ResolvedStudent[]): Map<number, string | null> {
  const bySheet = new Map<number, string | null>();
  for (const { tally, member, profile } of students) {
    const major = profile.major;
    if (member === undefined || tally === undefined || major === undefined) continue;
    for (const sheet of tally.sheets) {
      const seen = bySheet.get(sheet);
      bySheet.set(sheet, seen === undefined || seen === major ? major : null);
    }
  }
  return bySheet;
}

function lendSheetMajor(
  acc: AcademicAccumulator,
  tally: StudentTally,
  bySheet: Map<number, string | null>,
) {
  let major: string | undefined;
  let from: number | undefined;
  for (const sheet of tally.sheets) {
    const m = bySheet.get(sheet);
    if (m === undefined || m === null) continue;
    if (major !== undefined && m !== major) return undefined;
    [major, from] = [m, from ?? sheet];
  }
  const sheet = from === undefined ? undefined : acc.sheet(from);
  return major === undefined || sheet === undefined ? undefined : { major, sheet };
}

/** Students whose entry year is known, lazily: a pattern that does not hold is dropped within a few. */
function* knownYears(
  students: readonly ResolvedStudent[],
): Generator<{ id: string; year: number }> {
  for (const s of students)
    if (s.profile.entryYear !== undefined) yield { id: s.id, year: s.profile.entryYear };
}

/**
 * Every student in the grade data (in order of appearance), then every roster member without grade
 * rows, with major and entry year resolved: grade rows' 专业/年级 first, then the roster, then (major)
 * the sheet's members' shared major, then (year) the 学号's year prefix when the known students show
 * the school numbers that way, then the earliest academic year of the student's rows.
 */
export function resolveStudents(
  acc: AcademicAccumulator,
  members: ReadonlyMap<string, MemberRecord>,
): ResolvedStudent[] {
  const students: ResolvedStudent[] = [];
  const profiles: Mutable<StudentProfile>[] = [];
  for (const tally of acc.students()) {
    const member = members.get(tally.studentId);
    const profile = fromRows(tally, member);
    students.push({ id: tally.studentId, tally, member, profile });
    profiles.push(profile);
  }
  for (const [id, member] of members) {
    if (!acc.get(id))
      students.push({ id, tally: undefined, member, profile: fromRows(undefined, member) });
  }
  const bySheet = sheetMajors(students);
  const idPattern = learnIdYearPattern(knownYears(students));
  profiles.forEach((p, i) => {
    const tally = students[i]?.tally;
    if (tally === undefined) return;
    if (p.major === undefined) {
      const lent = lendSheetMajor(acc, tally, bySheet);
      if (lent) [p.major, p.majorSource, p.majorSheet] = [lent.major, 'sheet', lent.sheet];
    }
    const idYear =
      idPattern && p.entryYear === undefined ? yearFromId(tally.studentId, idPattern) : undefined;
    if (idYear !== undefined) [p.entryYear, p.entryYearSource] = [idYear, 'student-id'];
    if (p.entryYear === undefined) {
      const year = earliestYear(tally);
      if (year !== undefined) [p.entryYear, p.entryYearSource] = [year, 'earliest-term'];
    }
  });
  return students;
}
