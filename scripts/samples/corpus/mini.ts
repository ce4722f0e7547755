import type { CourseSource } from '../grades';
import { Difficulty, studentGrades } from '../grades';
import type { Course, GradeRow, Member, SampleData, Sanction, Student, Term } from '../model';
import { NameMaker } from '../names';
import { CoursePlan, makeCohort } from '../population';
import { Prng } from '../prng';

/** One roster seat of a small case; ability and 政治面貌 default to a clean member. */
export interface MiniSeat {
  readonly department: string;
  readonly title: string;
  readonly ability?: number;
  readonly political?: string;
  readonly collegeRole?: string;
  readonly schoolRank?: { readonly rank: number; readonly size: number };
}

export interface MiniOptions {
  readonly seed: number;
  readonly major: string;
  readonly entryYear: number;
  readonly size: number;
  readonly lastTerm: Term;
  readonly seats: readonly MiniSeat[];
  /** Keep only first attempts (layouts that cannot show 补考/重修 rows unambiguously). */
  readonly firstAttemptsOnly?: boolean;
}

const OTHERS_MAX_ABILITY = 82;

/** A structurally clean union: 主席 + 副主席, 学习部 with 2 heads and 2 staff; 4 of 6 in a college union. */
export const CLEAN_SEATS: readonly MiniSeat[] = [
  { department: '主席团', title: '主席', collegeRole: '学院学生会主席' },
  { department: '主席团', title: '副主席', collegeRole: '学院学生会副主席' },
  { department: '学习部', title: '部长', collegeRole: '学院学生会学习部部长' },
  { department: '学习部', title: '副部长' },
  { department: '学习部', title: '干事', collegeRole: '学院学生会学习部干事' },
  { department: '学习部', title: '干事' },
];

/**
 * Small files: four courses in the window term (two public, two of the major, a real mix of scales),
 * one public and one major course in the earlier terms, which are there only so every student's
 * history starts at entry.
 */
class TrimmedPlan implements CourseSource {
  constructor(
    private readonly full: CoursePlan,
    private readonly windowK: number,
  ) {}
  courses(majorName: string, k: number): Course[] {
    const n = k === this.windowK ? 2 : 1;
    const all = this.full.courses(majorName, k);
    const pub = all.filter((c) => c.code.startsWith('G')).slice(0, n);
    const own = all.filter((c) => c.code.startsWith('Z')).slice(0, n);
    return [...pub, ...own];
  }
}

export interface MiniCase {
  readonly data: SampleData;
  readonly students: Student[];
  /** Grade rows of each student, in sheet order. */
  readonly grades: GradeRow[];
  /** The students on the roster, seat by seat. */
  readonly seated: Student[];
  /** Students not on the roster (for sanctions and the like). */
  readonly others: Student[];
}

/** A small case: one cohort, a six-seat roster taken from its strongest-drawn students, one sanction of a non-member. */
export function miniCase(opts: MiniOptions): MiniCase {
  const prng = new Prng(opts.seed);
  const names = new NameMaker(prng.fork('names'));
  const windowK = (opts.lastTerm.startYear - opts.entryYear) * 2 + opts.lastTerm.term - 1;
  const plan = new TrimmedPlan(
    new CoursePlan(prng.fork('courses'), new NameMaker(prng.fork('teachers'))),
    windowK,
  );
  const students = makeCohort(prng.fork('cohort'), names, {
    major: opts.major,
    entryYear: opts.entryYear,
    size: opts.size,
  });
  const picks = prng.fork('seats').shuffle(students).slice(0, opts.seats.length);
  opts.seats.forEach((seat, i) => {
    picks[i]!.ability = seat.ability ?? 94;
  });
  const seatedIds = new Set(picks.map((s) => s.studentId));
  // With six members in a cohort of about 24 (limit 8), clear margins need a ceiling on the others.
  for (const s of students)
    if (!seatedIds.has(s.studentId)) s.ability = Math.min(s.ability, OTHERS_MAX_ABILITY);
  const gradePrng = prng.fork('grades');
  const difficulty = new Difficulty(prng.fork('difficulty'));
  let grades = students.flatMap((s) =>
    studentGrades(gradePrng, plan, difficulty, s, {
      lastTerm: opts.lastTerm,
      noFail: seatedIds.has(s.studentId),
      markRate: 0,
    }),
  );
  if (opts.firstAttemptsOnly) grades = grades.filter((g) => g.attempt === 'first');
  const members = picks.map((s, i): Member => {
    const seat = opts.seats[i]!;
    return {
      studentId: s.studentId,
      name: s.name,
      gender: s.gender,
      college: s.college,
      major: s.major,
      entryYear: s.entryYear,
      className: s.className,
      department: seat.department,
      title: seat.title,
      political: seat.political ?? (i % 3 === 0 ? '中共预备党员' : '共青团员'),
      collegeRole: seat.collegeRole ?? '',
      phone: `138${String(10000000 + i * 7919).padStart(8, '0')}`,
      ...(seat.schoolRank ? { schoolRank: seat.schoolRank } : {}),
    };
  });
  const others = students.filter((s) => !seatedIds.has(s.studentId));
  const offender = others[0]!;
  const sanctions: Sanction[] = [
    {
      studentId: offender.studentId,
      name: offender.name,
      level: '警告',
      date: '2025-10-20',
      reason: '夜不归宿',
      lifted: false,
    },
  ];
  const data: SampleData = { members, students, grades, sanctions, hasCollegeRoleColumn: true };
  return { data, students, grades, seated: picks, others };
}
