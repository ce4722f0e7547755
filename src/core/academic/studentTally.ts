import type { GradeEntry } from '../records';

/** Layout of one term's slot in `StudentTally.terms` (a flat array: one allocation per student, not per term). */
export const SLOT = {
  code: 0,
  /** Sum of score x weight over first attempts that count toward the average. */
  weighted: 1,
  /** Sum of weights (credits, 1 where the credit is missing). */
  weights: 2,
  /** First attempts that count toward the average. */
  courses: 3,
  /** Of those, rows whose credit was missing and weighed 1. */
  noCredit: 4,
  /** Every non-voided row of the term, whatever its grade. */
  rows: 5,
  size: 6,
} as const;

/**
 * What the accumulator keeps about one student: sums per term, the failing first attempts, the courses
 * passed later, and the majors, years, names and sheets seen. Its size follows the student's terms and
 * failures, never the number of rows.
 */
export class StudentTally {
  readonly studentId: string;
  rows = 0;
  readonly terms: number[] = [];
  readonly names: string[] = [];
  readonly majors: string[] = [];
  /** Rows that carried `majors[i]`, to pick the usual one when a student took courses elsewhere. */
  readonly majorRows: number[] = [];
  readonly entryYears: number[] = [];
  /** Rows that carried `entryYears[i]`. */
  readonly entryYearRows: number[] = [];
  /** Indexes into the accumulator's sheet list. */
  readonly sheets: number[] = [];
  /** Rows whose first attempt failed; kept whole, since they are the evidence. */
  readonly firstFails: GradeEntry[] = [];
  passedLater: Set<string> | undefined;
  private lastSlot = -1;

  constructor(studentId: string) {
    this.studentId = studentId;
  }

  /** Offset of the term's slot in `terms`, created on first use. */
  slot(code: number): number {
    const terms = this.terms;
    if (this.lastSlot >= 0 && terms[this.lastSlot] === code) return this.lastSlot;
    for (let i = 0; i < terms.length; i += SLOT.size) {
      if (terms[i] === code) return (this.lastSlot = i);
    }
    const at = terms.length;
    terms.push(code, 0, 0, 0, 0, 0);
    return (this.lastSlot = at);
  }

  /** Adds to slot field `field` of the slot at `at`. */
  bump(at: number, field: number, by: number): void {
    const i = at + field;
    this.terms[i] = (this.terms[i] ?? 0) + by;
  }

  /** Records a name spelling (a workbook may spell one student two ways). */
  noteName(name: string): void {
    if (name !== '' && !this.names.includes(name)) this.names.push(name);
  }

  /** Counts one row stating `major`. */
  noteMajor(major: string): void {
    const i = this.majors.indexOf(major);
    if (i >= 0) this.majorRows[i] = (this.majorRows[i] ?? 0) + 1;
    else {
      this.majors.push(major);
      this.majorRows.push(1);
    }
  }

  /** Counts one row stating 年级 `year`. */
  noteEntryYear(year: number): void {
    const i = this.entryYears.indexOf(year);
    if (i >= 0) this.entryYearRows[i] = (this.entryYearRows[i] ?? 0) + 1;
    else {
      this.entryYears.push(year);
      this.entryYearRows.push(1);
    }
  }

  /** Records the sheet a row came from. */
  noteSheet(sheet: number): void {
    const sheets = this.sheets;
    if (sheets[sheets.length - 1] !== sheet && !sheets.includes(sheet)) sheets.push(sheet);
  }

  /** Marks a course as passed by 补考 or 重修. */
  notePassedLater(courseKey: string): void {
    (this.passedLater ??= new Set()).add(courseKey);
  }
}
