import { isFailing } from '../grades';
import type { Grade, GradeRow, Scale, Student, Term } from '../model';
import { termCode } from '../model';

/** A student's first-attempt rows in `term`. */
function firstRows(rows: readonly GradeRow[], term: Term): GradeRow[] {
  return rows.filter((r) => r.attempt === 'first' && termCode(r.term) === termCode(term));
}

function mustGet(map: ReadonlyMap<string, GradeRow[]>, id: string): GradeRow[] {
  const rows = map.get(id);
  if (!rows) throw new Error(`no grade rows for ${id}`);
  return rows;
}

/** FAIL1: the 2-credit numeric major course of the term scored 55, then a 补考 row of 68 right after it. */
export function plantMakeupPass(grades: Map<string, GradeRow[]>, id: string, term: Term): string {
  const rows = mustGet(grades, id);
  const target = firstRows(rows, term).find(
    (r) => r.course.scale === 'numeric' && r.course.code.startsWith('Z') && r.course.credit === 2,
  );
  if (!target) throw new Error('FAIL1: no 2-credit numeric major course in the window');
  target.grade = { kind: 'numeric', value: 55 };
  rows.splice(rows.indexOf(target) + 1, 0, {
    ...target,
    grade: { kind: 'numeric', value: 68 },
    attempt: 'makeup',
  });
  return target.course.name;
}

/** FAIL2: 旷考 typed in the 成绩 cell of the term's 2-credit numeric course. */
export function plantAbsent(grades: Map<string, GradeRow[]>, id: string, term: Term): string {
  const target = firstRows(mustGet(grades, id), term).find(
    (r) => r.course.scale === 'numeric' && r.course.credit === 2,
  );
  if (!target) throw new Error('FAIL2: no 2-credit numeric course in the window');
  target.grade = { kind: 'mark', mark: '旷考', where: 'score' };
  return target.course.name;
}

/** VOID: a voided row scoring 35 placed just before the valid row of the same course. */
export function plantVoided(
  grades: Map<string, GradeRow[]>,
  id: string,
  term: Term,
  score: number,
): string {
  const rows = mustGet(grades, id);
  const target = firstRows(rows, term).find((r) => r.course.scale === 'numeric');
  if (!target) throw new Error('VOID: no numeric course in the window');
  rows.splice(rows.indexOf(target), 0, {
    ...target,
    grade: { kind: 'numeric', value: score },
    voided: true,
  });
  return target.course.name;
}

/**
 * Makes sure the export shows each kind of grade cell at least once among non-members, whatever the
 * random draws gave: 旷考 in 成绩备注 (score 0), 缓考 in 成绩 and in 成绩备注, 不及格, 不合格.
 * Each goes to a weak non-member at the bottom of a cohort, where no reading of it can move a member.
 */
export function plantCellVariety(
  grades: Map<string, GradeRow[]>,
  weakest: readonly Student[],
  term: Term,
): void {
  const variety: readonly { scale: Scale; grade: Grade }[] = [
    { scale: 'numeric', grade: { kind: 'mark', mark: '旷考', where: 'remark' } },
    { scale: 'numeric', grade: { kind: 'mark', mark: '缓考', where: 'score' } },
    { scale: 'numeric', grade: { kind: 'mark', mark: '缓考', where: 'remark' } },
    { scale: 'five', grade: { kind: 'five', label: '不及格' } },
    { scale: 'two', grade: { kind: 'two', label: '不合格' } },
  ];
  variety.forEach(({ scale, grade }, i) => {
    // Start from a different weak student per kind, moving on when one has no suitable row.
    for (let j = 0; j < weakest.length; j++) {
      const student = weakest[(i + j) % weakest.length]!;
      const row = firstRows(mustGet(grades, student.studentId), term).find(
        (r) => r.course.scale === scale && r.grade.kind !== 'mark' && !isFailing(r.grade),
      );
      if (row) {
        row.grade = grade;
        return;
      }
    }
    throw new Error(`cell variety ${i}: no suitable row`);
  });
}
