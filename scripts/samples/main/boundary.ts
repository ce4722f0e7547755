import { average, DEFAULT_READING, inWindow } from '../expected/academic';
import type { Fraction } from '../expected/academic';
import { limitRank } from '../expected/policy';
import type { GradeRow, Student, Term } from '../model';

const value = (f: Fraction | undefined): number => (f ? f.num / f.den : 0);

function windowAvg(rows: readonly GradeRow[], ref: Term): number {
  return value(average(rows, ref, DEFAULT_READING));
}

/**
 * The deliberate boundary case (plant BOUND). In a cohort of n, with limit L = ceil(30% x n):
 * exactly L - 1 other students average clearly above the member, the member and one non-member
 * "twin" share identical window grades (so identical averages), everyone else is clearly below.
 * Correct: both rank L, inside. Floor rounding or ties taking the worse rank would put them outside.
 */
export function plantBoundary(
  grades: Map<string, GradeRow[]>,
  cohort: readonly Student[],
  member: Student,
  twin: Student,
  ref: Term,
): { limit: number } {
  const limit = limitRank(cohort.length);
  const others = cohort.filter((s) => s !== member && s !== twin);
  const rowsOf = (s: Student): GradeRow[] => grades.get(s.studentId) ?? [];
  // Open a gap of at least 1.2 points between the (L-1)th and Lth of the others.
  let sorted = others.slice();
  for (let round = 0; ; round++) {
    sorted = others.slice().sort((a, b) => windowAvg(rowsOf(b), ref) - windowAvg(rowsOf(a), ref));
    const hi = windowAvg(rowsOf(sorted[limit - 2]!), ref);
    const lo = windowAvg(rowsOf(sorted[limit - 1]!), ref);
    if (hi - lo >= 1.2) break;
    if (round > 20) throw new Error('BOUND: could not open a gap');
    for (const s of sorted.slice(0, limit - 1)) {
      for (const r of rowsOf(s)) {
        if (
          r.attempt === 'first' &&
          inWindow(r.term, ref, 'last-year') &&
          r.grade.kind === 'numeric'
        ) {
          if (r.grade.value >= 60 && r.grade.value <= 99)
            r.grade = { kind: 'numeric', value: r.grade.value + 1 };
        }
      }
    }
  }
  const target =
    (windowAvg(rowsOf(sorted[limit - 2]!), ref) + windowAvg(rowsOf(sorted[limit - 1]!), ref)) / 2;
  steerAverage(rowsOf(member), ref, target);
  copyWindow(grades, member, twin, ref);
  return { limit };
}

/** Moves numeric window scores one point at a time until the average is within 0.2 of `target`. */
function steerAverage(rows: GradeRow[], ref: Term, target: number): void {
  const numeric = rows.filter(
    (r) =>
      r.attempt === 'first' && inWindow(r.term, ref, 'last-year') && r.grade.kind === 'numeric',
  );
  for (let i = 0; i < 1000; i++) {
    const avg = windowAvg(rows, ref);
    if (Math.abs(avg - target) <= 0.2) return;
    const up = avg < target;
    const candidates = numeric.filter(
      (r) => r.grade.kind === 'numeric' && (up ? r.grade.value < 99 : r.grade.value > 61),
    );
    const pick = candidates.sort((a, b) => score(a) - score(b))[up ? 0 : candidates.length - 1];
    if (!pick) break;
    pick.grade = { kind: 'numeric', value: score(pick) + (up ? 1 : -1) };
  }
  throw new Error('BOUND: could not steer the average');
}

function score(r: GradeRow): number {
  return r.grade.kind === 'numeric' ? r.grade.value : 0;
}

/** Gives the twin exactly the member's window rows (same courses, order and grades). */
function copyWindow(
  grades: Map<string, GradeRow[]>,
  member: Student,
  twin: Student,
  ref: Term,
): void {
  const mine = (grades.get(member.studentId) ?? []).filter((r) =>
    inWindow(r.term, ref, 'last-year'),
  );
  const kept = (grades.get(twin.studentId) ?? []).filter(
    (r) => !inWindow(r.term, ref, 'last-year'),
  );
  const copies = mine.map((r) => ({
    ...r,
    studentId: twin.studentId,
    name: twin.name,
    grade: { ...r.grade },
  }));
  grades.set(twin.studentId, [...kept, ...copies]);
}
