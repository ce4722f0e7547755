import type { Course, FiveLevel, Grade, GradeRow, Scale, Student, Term } from './model';
import { termCode } from './model';
import { clamp, programmeTerm } from './population';
import type { Prng } from './prng';

/** Where a student's courses come from (CoursePlan, or a trimmed plan for the small corpus). */
export interface CourseSource {
  courses(majorName: string, k: number): Course[];
}

export interface GradeOptions {
  /** The latest term in the export; later programme terms are not generated. */
  readonly lastTerm: Term;
  /** Members: every score at least 61 and no marks, so only planted problems show. */
  readonly noFail: boolean;
  /** Chance per first attempt of a random 旷考 and of a random 缓考 (non-members only). */
  readonly markRate: number;
}

/** A score (0..100) as the course's scale shows it. */
export function gradeFromScore(scale: Scale, score: number): Grade {
  if (scale === 'numeric') return { kind: 'numeric', value: score };
  if (scale === 'two') return { kind: 'two', label: score >= 60 ? '合格' : '不合格' };
  return { kind: 'five', label: fiveLevel(score) };
}

function fiveLevel(score: number): FiveLevel {
  if (score >= 90) return '优秀';
  if (score >= 80) return '良好';
  if (score >= 70) return '中等';
  if (score >= 60) return '及格';
  return '不及格';
}

/** Whether a generated grade is a fail (旷考, 不及格, 不合格, a number under 60). */
export function isFailing(grade: Grade): boolean {
  switch (grade.kind) {
    case 'numeric':
      return grade.value < 60;
    case 'five':
      return grade.label === '不及格';
    case 'two':
      return grade.label === '不合格';
    case 'mark':
      return grade.mark === '旷考';
  }
}

/** Draws course difficulties once per course code. */
export class Difficulty {
  private readonly byCode = new Map<string, number>();
  constructor(private readonly prng: Prng) {}

  /** The difficulty (added to ability) of a course. */
  of(course: Course): number {
    let d = this.byCode.get(course.code);
    if (d === undefined) {
      d = this.prng.int(-5, 3);
      this.byCode.set(course.code, d);
    }
    return d;
  }
}

/**
 * Every grade row of one student from entry to `lastTerm`: first attempts, and for failed courses
 * (non-members only) a 补考 in the same term and, when that fails too, a 重修 the next term.
 */
export function studentGrades(
  prng: Prng,
  plan: CourseSource,
  difficulty: Difficulty,
  student: Student,
  opts: GradeOptions,
): GradeRow[] {
  const byTerm: GradeRow[][] = [];
  const retakes: GradeRow[][] = [];
  const last = termCode(opts.lastTerm);
  const base = { studentId: student.studentId, name: student.name, voided: false };
  for (let k = 0; ; k++) {
    const term = programmeTerm(student.entryYear, k);
    if (termCode(term) > last) break;
    const rows: GradeRow[] = [];
    byTerm.push(rows);
    for (const course of plan.courses(student.major, k)) {
      const raw = Math.round(student.ability + difficulty.of(course) + prng.normal(0, 5));
      const score = clamp(raw, opts.noFail ? 61 : 0, 100);
      let grade = gradeFromScore(course.scale, score);
      const draw = opts.noFail ? 1 : prng.next();
      if (draw < opts.markRate) {
        grade = { kind: 'mark', mark: '旷考', where: prng.chance(0.5) ? 'score' : 'remark' };
      } else if (draw < 2 * opts.markRate) {
        grade = { kind: 'mark', mark: '缓考', where: prng.chance(0.5) ? 'score' : 'remark' };
      }
      rows.push({ ...base, term, course, grade, attempt: 'first' });
      if (!isFailing(grade)) continue;
      const makeup = grade.kind !== 'mark' && prng.chance(0.85);
      let stillFailed = true;
      if (makeup) {
        const passed = prng.chance(0.8);
        const s = passed ? prng.int(60, 75) : prng.int(35, 59);
        rows.push({
          ...base,
          term,
          course,
          grade: gradeFromScore(course.scale, s),
          attempt: 'makeup',
        });
        stillFailed = !passed;
      }
      const next = programmeTerm(student.entryYear, k + 1);
      if (stillFailed && termCode(next) <= last && prng.chance(0.7)) {
        const retake = { ...base, term: next, course, attempt: 'retake' as const };
        (retakes[k + 1] ??= []).push({
          ...retake,
          grade: gradeFromScore(course.scale, prng.int(60, 82)),
        });
      }
    }
  }
  // Real exports list a term's 重修 rows after its ordinary courses.
  return byTerm.flatMap((rows, k) => [...rows, ...(retakes[k] ?? [])]);
}
