import type { StudentTally } from './studentTally';
import { SLOT } from './studentTally';
import { inWindow, type WindowRange } from './window';

/** One student's credit-weighted average over a window. */
export interface WindowAverage {
  /** Absent when no course in the window counts toward the average. */
  readonly average?: number;
  /** Sum of weights: credits, with 1 standing in for each missing credit. */
  readonly credits: number;
  readonly courses: number;
  /** Courses in the window whose credit was missing (weighed 1). */
  readonly missingCredit: number;
}

/** The 学分加权平均 of the student's first attempts inside `range`. */
export function windowAverage(tally: StudentTally, range: WindowRange): WindowAverage {
  const t = tally.terms;
  let weighted = 0;
  let credits = 0;
  let courses = 0;
  let missingCredit = 0;
  for (let i = 0; i < t.length; i += SLOT.size) {
    if (!inWindow(range, t[i + SLOT.code] ?? 0)) continue;
    weighted += t[i + SLOT.weighted] ?? 0;
    credits += t[i + SLOT.weights] ?? 0;
    courses += t[i + SLOT.courses] ?? 0;
    missingCredit += t[i + SLOT.noCredit] ?? 0;
  }
  return credits > 0
    ? { credits, courses, missingCredit, average: weighted / credits }
    : { credits, courses, missingCredit };
}

/** Rows of the student that carry no term. */
export function rowsWithoutTerm(tally: StudentTally): number {
  const t = tally.terms;
  for (let i = 0; i < t.length; i += SLOT.size) {
    if (t[i + SLOT.code] === 0) return t[i + SLOT.rows] ?? 0;
  }
  return 0;
}

/** The earliest academic year (start year) among the student's termed rows. */
export function earliestYear(tally: StudentTally): number | undefined {
  const t = tally.terms;
  let min = Infinity;
  for (let i = 0; i < t.length; i += SLOT.size) {
    const code = t[i + SLOT.code] ?? 0;
    if (code !== 0 && code < min) min = code;
  }
  return min === Infinity ? undefined : Math.floor(min / 4);
}
