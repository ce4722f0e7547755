import type { FailedCourse } from './types';
import { shownGrade } from './gradeScore';
import type { StudentTally } from './studentTally';
import { termCode } from './termKey';
import { inWindow, type WindowRange } from './window';

/** strict: a first-attempt failure counts even when 补考/重修 passed it; lenient: only courses never passed. */
export type FailedMode = 'strict' | 'lenient';

/**
 * The student's failed courses inside `range`, oldest first, one per course (the earliest failure).
 * The term of a failure is the first attempt's term: a 补考 in a later term does not move it.
 */
export function failedCourses(
  tally: StudentTally,
  range: WindowRange,
  mode: FailedMode,
): FailedCourse[] {
  if (tally.firstFails.length === 0) return [];
  const inside = tally.firstFails
    .filter((e) => inWindow(range, termCode(e.term)))
    .sort((a, b) => termCode(a.term) - termCode(b.term) || a.ref.row - b.ref.row);
  const seen = new Set<string>();
  const out: FailedCourse[] = [];
  for (const e of inside) {
    if (seen.has(e.courseKey)) continue;
    seen.add(e.courseKey);
    const passedLater = tally.passedLater?.has(e.courseKey) ?? false;
    if (mode === 'lenient' && passedLater) continue;
    const course: FailedCourse = {
      courseName: e.courseName,
      courseKey: e.courseKey,
      shown: shownGrade(e.grade),
      grade: e.grade,
      passedLater,
      ref: e.ref,
    };
    out.push(e.term === undefined ? course : { ...course, term: e.term });
  }
  return out;
}
