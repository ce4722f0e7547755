import type { RowRef } from '../cells';
import type { GradeValue, TermKey } from '../records';

/** A course that counts against the `failed` rule, with its evidence. */
export interface FailedCourse {
  readonly courseName: string;
  readonly courseKey: string;
  readonly term?: TermKey;
  /** The failing first-attempt grade as the teacher typed it (e.g. `52`, `旷考`, `不及格`). */
  readonly shown: string;
  readonly grade: GradeValue;
  /** Passed later by 补考 / 重修 (only `strict` mode still counts it). */
  readonly passedLater: boolean;
  readonly ref: RowRef;
}

export interface RankInfo {
  /** 1-based; ties share the better rank. */
  readonly rank: number;
  readonly cohortSize: number;
  /** rank / cohortSize x 100. */
  readonly percent: number;
  /** Largest rank still inside the top share (ceil or floor of topPercent x cohortSize). */
  readonly limitRank: number;
  /** `computed` from the grade data, or the school's own 综合排名 column. */
  readonly source: 'computed' | 'school';
  /** e.g. `计算机应用技术 / 2023级`. */
  readonly cohortLabel: string;
}

/** One student's academic record over the policy's term window. */
export interface AcademicRecord {
  readonly studentId: string;
  /** Grade rows found for the student (any term). */
  readonly gradeRows: number;
  /** Grade rows inside the term window that count toward the average. */
  readonly averagedCourses: number;
  readonly credits: number;
  /** Credit-weighted average (学分加权平均), absent when nothing numeric counts. */
  readonly average?: number;
  readonly failed: readonly FailedCourse[];
  readonly rank?: RankInfo;
  /** Why the rank could not be computed (message key), when it could not. */
  readonly rankProblem?: string;
  readonly major?: string;
  readonly entryYear?: number;
}

/** Academic records by 学号, with the term the window was measured from. */
export interface AcademicIndex {
  readonly referenceTerm?: TermKey;
  readonly windowTerms: readonly TermKey[];
  get(studentId: string): AcademicRecord | undefined;
}
