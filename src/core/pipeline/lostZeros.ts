import type { AcademicAccumulator } from '../academic/accumulator';
import type { MemberRecord } from '../records';
import type { Issue } from '../issue';

const LEADING_ZEROS = /^0+(?=\d)/;

/**
 * A member whose 学号 starts with 0 and has no grade row, while the grades hold the same digits
 * without the zeros: the grade export stored the IDs as numbers. Said once per member, on the
 * roster row, so the teacher knows why the member is 待核实 and what to fix.
 */
export function lostZeroIssues(
  members: readonly MemberRecord[],
  grades: AcademicAccumulator,
): Issue[] {
  if (grades.studentCount === 0) return [];
  const issues: Issue[] = [];
  for (const m of members) {
    if (!LEADING_ZEROS.test(m.studentId) || grades.get(m.studentId)) continue;
    const gradeId = m.studentId.replace(LEADING_ZEROS, '');
    if (!grades.get(gradeId)) continue;
    issues.push({
      severity: 'warning',
      messageKey: 'input.studentId.zerosLost',
      params: {
        ...(m.ref.file !== undefined ? { file: m.ref.file } : {}),
        sheet: m.ref.sheet,
        row: m.ref.row,
        studentId: m.studentId,
        gradeId,
      },
      ref: m.ref,
    });
  }
  return issues;
}
