import type { RowRef } from '../cells';
import type { Evidence } from '../findings';
import type { Attempt, GradeValue, TermKey } from '../records';
import type { MessageKey } from '../messages';

/** A course that counts against the `failed` rule, with its evidence. */
export interface FailedCourse {
  readonly courseName: string;
  readonly courseKey: string;
  readonly term?: TermKey | undefined;
  /** The failing first-attempt grade as the teacher typed it (e.g. `52`, `旷考`, `不及格`). */
  readonly shown: string;
  readonly grade: GradeValue;
  /** Passed later by 补考 / 重修 (only `strict` mode still counts it). */
  readonly passedLater: boolean;
  readonly ref: RowRef;
  /** The sitting that passed it, when `passedLater`: both attempts are the evidence. */
  readonly later?: {
    readonly attempt: Attempt;
    /** The passing grade as typed (e.g. `70`, `及格`). */
    readonly shown: string;
    readonly term?: TermKey | undefined;
    readonly ref: RowRef;
  };
}

/** A first attempt whose grade cell could not be read ('A-', '#N/A', '补考'): it may be a fail. */
export interface UnreadableGrade {
  readonly courseName: string;
  readonly term?: TermKey | undefined;
  /** The cell as written. */
  readonly shown: string;
  readonly ref: RowRef;
  /** The grade's column, when the reader knew it. */
  readonly col?: number | undefined;
}

export interface RankInfo {
  /** 1-based; ties share the better rank. Absent when the school's 综合排名 gives a percentage only. */
  readonly rank?: number;
  /** Absent when the school's 综合排名 gives a percentage only. */
  readonly cohortSize?: number;
  /** rank / cohortSize x 100. */
  readonly percent: number;
  /** Largest rank still inside the top share (ceil or floor of topPercent x cohortSize); absent without a cohort size. */
  readonly limitRank?: number;
  /** The verdict: rank <= limitRank, or percent <= topPercent when only a percentage is known. Always set by buildAcademicIndex. */
  readonly withinTop?: boolean;
  /** The policy's top share the verdict used (30 = top 30%). */
  readonly topPercent?: number;
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
  readonly average?: number | undefined;
  readonly failed: readonly FailedCourse[];
  /** First attempts in the failed window whose grade could not be read: failed cannot be ruled out. */
  readonly unreadable?: readonly UnreadableGrade[] | undefined;
  readonly rank?: RankInfo | undefined;
  /** Why the rank could not be computed (message key), when it could not. */
  readonly rankProblem?: MessageKey | undefined;
  readonly major?: string | undefined;
  readonly entryYear?: number | undefined;
  /** Where `major` came from: a 专业 column of the grade rows, the roster, or the grade sheet's members. */
  readonly majorSource?: 'grades' | 'roster' | 'sheet' | undefined;
  /** Where `entryYear` came from; `earliest-term` is a guess and does not make anyone a freshman. */
  readonly entryYearSource?: 'grades' | 'roster' | 'student-id' | 'earliest-term' | undefined;
  /** The first name spelling seen (roster first, then grade rows). */
  readonly name?: string | undefined;
  /** Every other spelling seen for this 学号 (a workbook may spell one student two ways). */
  readonly otherNames?: readonly string[] | undefined;
  /** The ranking cohort, when one could be formed. */
  readonly cohortLabel?: string | undefined;
  /** Grade sheets the student's rows came from. */
  readonly sheets?: readonly { readonly file?: string; readonly sheet: string }[] | undefined;
  /** Things the teacher should know about how the record was computed (message keys with parameters). */
  readonly notes?: readonly AcademicNote[] | undefined;
}

/** A remark on how an academic figure was obtained, rendered from the message catalogue. */
export interface AcademicNote {
  readonly messageKey: MessageKey;
  readonly params: Evidence;
}

/** Academic records by 学号, with the term the window was measured from. */
export interface AcademicIndex {
  readonly referenceTerm?: TermKey | undefined;
  /** Terms of the rank window present in the data, oldest first. */
  readonly windowTerms: readonly TermKey[];
  /** Terms of the failed-course window present in the data, when buildAcademicIndex computed it. */
  readonly failedWindowTerms?: readonly TermKey[];
  get(studentId: string): AcademicRecord | undefined;
  /** Every record, in order of first appearance (grade data first, then roster members without grades). */
  readonly records?: readonly AcademicRecord[];
  /** Remarks about the data as a whole (e.g. a reference term that could not be read). */
  readonly notes?: readonly AcademicNote[];
}
