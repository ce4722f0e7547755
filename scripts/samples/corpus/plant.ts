import type { Grade, GradeRow, Scale, Term } from '../model';
import { termCode } from '../model';
import type { MiniCase } from './mini';

/** The first first-attempt row of seat `seat` in `term` with a course of `scale` (and `credit`, when given). */
export function seatRow(
  c: MiniCase,
  seat: number,
  term: Term,
  scale: Scale,
  credit?: number,
): GradeRow {
  const id = c.seated[seat]!.studentId;
  const row = c.data.grades.find(
    (g) =>
      g.studentId === id &&
      g.attempt === 'first' &&
      termCode(g.term) === termCode(term) &&
      g.course.scale === scale &&
      (credit === undefined || g.course.credit === credit),
  );
  if (!row) throw new Error(`seat ${seat}: no ${scale} row in ${termCode(term)}`);
  return row;
}

/** Sets a row's grade and, when `makeup` is given, adds a 补考 row with that grade right after it. */
export function plantGrade(c: MiniCase, row: GradeRow, grade: Grade, makeup?: Grade): void {
  row.grade = grade;
  if (makeup)
    c.data.grades.splice(c.data.grades.indexOf(row) + 1, 0, {
      ...row,
      grade: makeup,
      attempt: 'makeup',
    });
}

/** Sets every numeric first attempt of seat `seat` in `term` to `value` (a strong member's other courses). */
export function setSeatScores(c: MiniCase, seat: number, term: Term, value: number): void {
  const id = c.seated[seat]!.studentId;
  for (const g of c.data.grades) {
    if (
      g.studentId === id &&
      g.attempt === 'first' &&
      termCode(g.term) === termCode(term) &&
      g.grade.kind === 'numeric'
    ) {
      g.grade = { kind: 'numeric', value };
    }
  }
}
