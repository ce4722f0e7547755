import type { GradeValue } from '../records';

/**
 * The grade's value in the credit-weighted average, or NaN when it is left out (docs/RULES.md §4.4 grade-values):
 * numbers and five-level points count, fail marks (旷考, 缺考, 作弊, 取消资格) count as 0, two-level
 * grades (合格/通过), 缓考/免修/免考, blanks and unreadable cells are left out.
 * NaN instead of undefined keeps the hot path free of boxing.
 */
export function averageScore(grade: GradeValue): number {
  switch (grade.kind) {
    case 'numeric':
      return grade.value;
    case 'level':
      return grade.points ?? NaN;
    case 'mark':
      return grade.fail ? 0 : NaN;
    default:
      return NaN;
  }
}

/** Whether the grade is a fail (不及格, a fail mark, a number under the pass mark). */
export function isFail(grade: GradeValue): boolean {
  switch (grade.kind) {
    case 'numeric':
    case 'level':
      return !grade.pass;
    case 'mark':
      return grade.fail;
    default:
      return false;
  }
}

/** Whether the grade is a pass; marks such as 免考 are neither pass nor fail. */
export function isPass(grade: GradeValue): boolean {
  return (grade.kind === 'numeric' || grade.kind === 'level') && grade.pass;
}

/** The grade as the teacher typed it, near enough to find it in the sheet. */
export function shownGrade(grade: GradeValue): string {
  switch (grade.kind) {
    case 'numeric':
      return String(grade.value);
    case 'level':
      return grade.label;
    case 'mark':
      return grade.mark;
    case 'unknown':
      return grade.raw;
    case 'empty':
      return '';
  }
}
