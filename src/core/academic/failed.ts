import type { GradeEntry } from '../records';
import type { FailedCourse, UnreadableGrade } from './types';
import { shownGrade } from './gradeScore';
import type { StudentTally } from './studentTally';
import { NO_TERM, termCode } from './termKey';
import { inWindow, type WindowRange } from './window';

/** strict: a first-attempt failure counts even when 补考/重修 passed it; lenient: only courses never passed. */
export type FailedMode = 'strict' | 'lenient';

// A row without a term sorts last: a termed failure of the same course is the better evidence.
function sortCode(e: GradeEntry): number {
  const code = termCode(e.term);
  return code === NO_TERM ? Number.MAX_SAFE_INTEGER : code;
}

function byTermThenRow(a: GradeEntry, b: GradeEntry): number {
  return sortCode(a) - sortCode(b) || a.ref.row - b.ref.row;
}

function inOrder(entries: readonly GradeEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) {
    const a = entries[i - 1];
    const b = entries[i];
    if (a && b && byTermThenRow(a, b) > 0) return false;
  }
  return true;
}

/**
 * The student's failed courses inside `range`, oldest first, one per course (the earliest failure).
 * The term of a failure is the first attempt's term: a 补考 in a later term does not move it.
 * A failure on a row without a term counts in every window (docs/RULES.md §1 failed): its term is
 * unknown, so it cannot be placed outside the window, and "no failed course" cannot be confirmed.
 */
export function failedCourses(
  tally: StudentTally,
  range: WindowRange,
  mode: FailedMode,
): FailedCourse[] {
  const inside: GradeEntry[] = [];
  for (const e of tally.firstFails) {
    const code = termCode(e.term);
    if (code === NO_TERM || inWindow(range, code)) inside.push(e);
  }
  if (inside.length === 0) return [];
  // Rows usually arrive in term order already; sorting only when they do not keeps 30k students cheap.
  if (!inOrder(inside)) inside.sort(byTermThenRow);
  const seen = new Set<string>();
  const out: FailedCourse[] = [];
  for (const e of inside) {
    if (seen.has(e.courseKey)) continue;
    seen.add(e.courseKey);
    const later = tally.passedLater?.get(e.courseKey);
    const passedLater = later !== undefined;
    if (mode === 'lenient' && passedLater) continue;
    out.push({
      courseName: e.courseName,
      courseKey: e.courseKey,
      term: e.term,
      shown: shownGrade(e.grade),
      grade: e.grade,
      passedLater,
      ref: e.ref,
      ...(later
        ? {
            later: {
              attempt: later.attempt,
              shown: shownGrade(later.grade),
              ...(later.term ? { term: later.term } : {}),
              ref: later.ref,
            },
          }
        : {}),
    });
  }
  return out;
}

/**
 * The student's first attempts inside `range` (rows without a term included, as for failures)
 * whose grade cell could not be read: any of them may be a fail, so the failed rule cannot pass
 * the student. Undefined when there are none. Only first attempts: in strict mode a later sitting
 * cannot clear them, and an unreadable 补考 of a course failed first changes nothing.
 */
export function unreadableGrades(
  tally: StudentTally,
  range: WindowRange,
  mode: FailedMode,
): UnreadableGrade[] | undefined {
  const out: UnreadableGrade[] = [];
  for (const e of tally.unreadableGrades) {
    const code = termCode(e.term);
    if (e.grade.kind !== 'unknown' || (code !== NO_TERM && !inWindow(range, code))) continue;
    // Lenient mode forgives a course a later sitting passed, whatever the first grade was.
    if (mode === 'lenient' && tally.passedLater?.has(e.courseKey)) continue;
    out.push({
      courseName: e.courseName,
      term: e.term,
      shown: e.grade.raw,
      ref: e.ref,
      col: e.gradeCol,
    });
  }
  return out.length > 0 ? out : undefined;
}
