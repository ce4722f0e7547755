import type { RowRef } from '../../cells';
import type { Attempt, GradeEntry, GradeValue, TermKey } from '../../records';

/** Where a grade table sits: its file (when several) and sheet. */
export interface GradeSheet {
  readonly file?: string;
  readonly sheet: string;
}

/**
 * The grade row just read, as fields of one object the reader overwrites row by row: a million rows
 * that only feed sums need no record, no row reference and no result object each. `entry()` makes a
 * GradeEntry of its own for what must be kept (a failing first attempt is evidence).
 */
export class GradeRow implements Omit<GradeEntry, 'ref'> {
  studentId = '';
  name: string | undefined = undefined;
  term: TermKey | undefined = undefined;
  courseKey = '';
  courseName = '';
  credit: number | undefined = undefined;
  grade: GradeValue = { kind: 'empty' };
  gradeCol: number | undefined = undefined;
  attempt: Attempt = 'first';
  makeupGrade: GradeValue | undefined = undefined;
  retakeGrade: GradeValue | undefined = undefined;
  voided = false;
  major: string | undefined = undefined;
  entryYear: number | undefined = undefined;
  college: string | undefined = undefined;
  /** 1-based sheet row. */
  row = 0;
  private given: RowRef | undefined;

  constructor(readonly where: GradeSheet) {}

  /** Starts a row; `ref` is the caller's own reference, when it has one. */
  start(row: number, ref: RowRef | undefined): void {
    this.row = row;
    this.given = ref;
  }

  /** The row's reference: the caller's, or made now (issues and kept entries only). */
  ref(): RowRef {
    let ref = this.given;
    if (ref === undefined) {
      const { file, sheet } = this.where;
      ref = file === undefined ? { sheet, row: this.row } : { file, sheet, row: this.row };
      this.given = ref;
    }
    return ref;
  }

  /** The row as a GradeEntry of its own. */
  entry(): GradeEntry {
    return {
      ref: this.ref(),
      studentId: this.studentId,
      name: this.name,
      term: this.term,
      courseKey: this.courseKey,
      courseName: this.courseName,
      credit: this.credit,
      grade: this.grade,
      gradeCol: this.gradeCol,
      attempt: this.attempt,
      makeupGrade: this.makeupGrade,
      retakeGrade: this.retakeGrade,
      voided: this.voided,
      major: this.major,
      entryYear: this.entryYear,
      college: this.college,
    };
  }
}
