import type { Grade, GradeRow, SampleData, Term } from '../model';
import { termCode, termText } from '../model';
import { NATIONAL_SCHOOL } from './policy';

/**
 * Knobs that change how grades are read. The defaults are the documented semantics; the other values
 * exist only so the generator can prove that no planted outcome hangs on a reading the brief left
 * open (see robustness.ts).
 */
export interface Reading {
  readonly window: 'last-year' | 'last-term' | 'two-terms' | 'since-entry';
  /** Count 缓考 as 0 instead of leaving it out. */
  readonly deferredAsZero: boolean;
  /** Leave 旷考 out of the average instead of counting 0 (it still fails). */
  readonly absentLeftOut: boolean;
  /** Average 补考 / 重修 rows in the window as extra courses. */
  readonly laterAttemptsAveraged: boolean;
  /** Five-level points. */
  readonly levelPoints: Readonly<Record<string, number>>;
  /** Ties take the worse rank instead of the better one. */
  readonly tiesWorse: boolean;
}

export const DEFAULT_READING: Reading = {
  window: 'last-year',
  deferredAsZero: false,
  absentLeftOut: false,
  laterAttemptsAveraged: false,
  levelPoints: NATIONAL_SCHOOL.levelPoints,
  tiesWorse: false,
};

/** An exact average: weighted points over doubled credits, both integers (credits are k x 0.5). */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

/** a > b, exactly. */
export function greater(a: Fraction, b: Fraction): boolean {
  return a.num * b.den > b.num * a.den;
}

/** Grade rows by 学号, voided rows left out. */
export function rowsByStudent(data: SampleData): Map<string, GradeRow[]> {
  const out = new Map<string, GradeRow[]>();
  for (const row of data.grades) {
    if (row.voided) continue;
    const list = out.get(row.studentId);
    if (list) list.push(row);
    else out.set(row.studentId, [row]);
  }
  return out;
}

/** The latest term of any (non-voided) grade row: the reference the windows count back from. */
export function referenceTerm(data: SampleData): Term | undefined {
  let best: Term | undefined;
  for (const row of data.grades) {
    if (!row.voided && (!best || termCode(row.term) > termCode(best))) best = row.term;
  }
  return best;
}

/** Whether `term` lies in the window that ends at `ref`. */
export function inWindow(term: Term, ref: Term, window: Reading['window']): boolean {
  const code = termCode(term);
  const hi = termCode(ref);
  if (code > hi) return false;
  switch (window) {
    case 'last-term':
      return code === hi;
    case 'last-year':
      return term.startYear === ref.startYear;
    case 'two-terms':
      return code >= hi - (ref.term === 1 ? 3 : 1);
    case 'since-entry':
      return true;
  }
}

/** The terms of the documented window, as text, for expected.json. */
export function windowTerms(data: SampleData, ref: Term): string[] {
  const seen = new Set<string>();
  for (const row of data.grades) {
    if (!row.voided && inWindow(row.term, ref, 'last-year')) seen.add(termText(row.term));
  }
  return [...seen].sort();
}

/** The points a grade contributes to the average, or undefined when it is left out. */
export function points(grade: Grade, reading: Reading): number | undefined {
  switch (grade.kind) {
    case 'numeric':
      return grade.value;
    case 'five':
      return reading.levelPoints[grade.label];
    case 'two':
      return undefined;
    case 'mark':
      if (grade.mark === '旷考') return reading.absentLeftOut ? undefined : 0;
      return reading.deferredAsZero ? 0 : undefined;
  }
}

/** Whether a grade fails (numeric under 60, 不及格, 不合格, 旷考); 缓考 does not. */
export function fails(grade: Grade): boolean {
  switch (grade.kind) {
    case 'numeric':
      return grade.value < NATIONAL_SCHOOL.passMark;
    case 'five':
      return grade.label === '不及格';
    case 'two':
      return grade.label === '不合格';
    case 'mark':
      return grade.mark === '旷考';
  }
}

/** The credit-weighted average of first attempts in the window (undefined when nothing counts). */
export function average(
  rows: readonly GradeRow[],
  ref: Term,
  reading: Reading,
): Fraction | undefined {
  let num = 0;
  let den = 0;
  for (const row of rows) {
    if (!inWindow(row.term, ref, reading.window)) continue;
    if (row.attempt !== 'first' && !reading.laterAttemptsAveraged) continue;
    const p = points(row.grade, reading);
    if (p === undefined) continue;
    const c2 = Math.round(row.course.credit * 2);
    num += p * c2;
    den += c2;
  }
  return den > 0 ? { num, den } : undefined;
}

/** Courses failed at first attempt inside the window (strict: a later pass does not clear them). */
export function failedCourses(rows: readonly GradeRow[], ref: Term): string[] {
  const names = new Set<string>();
  for (const row of rows) {
    if (row.attempt === 'first' && inWindow(row.term, ref, 'last-year') && fails(row.grade)) {
      names.add(row.course.name);
    }
  }
  return [...names];
}
