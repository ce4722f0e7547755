import { NameMaker } from '../../samples/names';
import type { Prng } from '../../samples/prng';
import { COLLEGES, COURSES_PER_TERM, coursesOf, type Course } from './catalog';

/** Entry years in the data and how many programme terms each has reached by 2025-2026-1. */
export const ENTRY_YEARS: readonly (readonly [year: number, terms: number, weight: number])[] = [
  [2022, 7, 1],
  [2023, 5, 1],
  [2024, 3, 1],
  [2025, 1, 0.35],
];

/** One major and entry year (the rank rule's cohort). */
export interface Cohort {
  readonly college: string;
  readonly collegeIndex: number;
  readonly major: string;
  readonly majorIndex: number;
  readonly entryYear: number;
  /** Programme terms reached by the reference term 2025-2026-1. */
  readonly terms: number;
  readonly courses: readonly Course[];
  readonly size: number;
}

/** One student of the grade data. */
export interface Student {
  readonly id: string;
  readonly name: string;
  readonly gender: string;
  readonly cohort: Cohort;
  readonly className: string;
  /** Mean score the student's grades scatter around. */
  readonly ability: number;
  /** Seed of the student's own PRNG, so their rows can be counted first and generated later. */
  readonly seed: number;
}

/** Grade rows a student of `terms` programme terms has before retakes. */
export function firstAttempts(terms: number): number {
  return terms * COURSES_PER_TERM;
}

/**
 * Cohorts sized so their students' first attempts add up to a little more than `rows` (the grade
 * stream stops at exactly `rows`): about 30,000 students for 1.2 million rows. A grade table split
 * over `parts` sheets gives sheet `part` the colleges whose index is `part` modulo `parts`.
 */
export function planCohorts(rows: number, prng: Prng, parts = 1, part = 0): Cohort[] {
  const shapes: Omit<Cohort, 'size'>[] = [];
  const weights: number[] = [];
  COLLEGES.forEach((college, collegeIndex) => {
    if (collegeIndex % parts !== part) return;
    college.majors.forEach((major, majorIndex) => {
      for (const [entryYear, terms, yearWeight] of ENTRY_YEARS) {
        shapes.push({
          college: college.name,
          collegeIndex,
          major,
          majorIndex,
          entryYear,
          terms,
          courses: coursesOf(collegeIndex, majorIndex, major),
        });
        weights.push(yearWeight * (0.5 + prng.next()) * firstAttempts(terms));
      }
    });
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return shapes.map((shape, i) => {
    const share = ((weights[i] ?? 0) / total) * rows * 1.03;
    return { ...shape, size: Math.max(1, Math.ceil(share / firstAttempts(shape.terms))) };
  });
}

const CLASS_SIZE = 45;

/** Every student of every cohort, in cohort order, with 12-digit text 学号 (year, college, major, class, seat). */
export function makeStudents(cohorts: readonly Cohort[], prng: Prng): Student[] {
  const names = new NameMaker(prng.fork('names'));
  const out: Student[] = [];
  for (const c of cohorts) {
    for (let i = 0; i < c.size; i++) {
      const klass = Math.floor(i / CLASS_SIZE) + 1;
      const seat = (i % CLASS_SIZE) + 1;
      const pad = (n: number) => String(n).padStart(2, '0');
      out.push({
        id: `${c.entryYear}${pad(c.collegeIndex + 1)}${pad(c.majorIndex + 1)}${pad(klass)}${pad(seat)}`,
        name: names.next(),
        gender: prng.chance(0.52) ? '女' : '男',
        cohort: c,
        className: `${c.major.slice(0, 4)}${String(c.entryYear).slice(2)}${pad(klass)}`,
        ability: prng.normal(79, 6),
        seed: Math.floor(prng.next() * 4294967296),
      });
    }
  }
  return out;
}
