import type { RowRef } from '../cells';
import type { Attempt, GradeEntry, GradeValue, TermKey } from '../records';
import { termCode } from './termKey';

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

const NONE: readonly never[] = Object.freeze([]);

/** The later sitting (补考, 重修) that passed a course: the evidence beside the first failure. */
export interface LaterPass {
  readonly attempt: Attempt;
  readonly grade: GradeValue;
  readonly term?: TermKey | undefined;
  readonly ref: RowRef;
}

/** `[first, ...more]`, or none when there is no first value. */
function listOf<T>(first: T | undefined, more: readonly T[] | undefined): T[] {
  if (first === undefined) return [];
  return more === undefined ? [first] : [first, ...more];
}

/**
 * What the accumulator keeps about one student: sums per term, the failing first attempts, the courses
 * passed later, and the majors, years, names and sheets seen. Its size follows the student's terms and
 * failures, never the number of rows.
 *
 * Nearly every student has one name, major, 年级 and sheet, so the first of each sits in the object
 * itself and only a second one opens an array: a row of a 30,000-student export touches this object
 * and its term sums, not eight scattered arrays.
 */
export class StudentTally {
  readonly studentId: string;
  rows = 0;
  readonly terms: number[] = [];
  /** Courses passed by a later sitting, with the first such sitting (earliest term, then row). */
  passedLater: Map<string, LaterPass> | undefined;
  private lastSlot = -1;
  private name0: string | undefined;
  private moreNames: string[] | undefined;
  private major0: string | undefined;
  private major0Rows = 0;
  private moreMajors: string[] | undefined;
  private moreMajorRows: number[] | undefined;
  private year0: number | undefined;
  private year0Rows = 0;
  private moreYears: number[] | undefined;
  private moreYearRows: number[] | undefined;
  private sheet0: number | undefined;
  private moreSheets: number[] | undefined;
  private fails: GradeEntry[] | undefined;
  private unreadable: GradeEntry[] | undefined;

  constructor(studentId: string) {
    this.studentId = studentId;
  }

  /** Name spellings in order of first appearance (a workbook may spell one student two ways). */
  get names(): readonly string[] {
    return listOf(this.name0, this.moreNames);
  }

  /** Majors stated by the rows, in order of first appearance. */
  get majors(): readonly string[] {
    return listOf(this.major0, this.moreMajors);
  }

  /** Rows that carried `majors[i]`, to pick the usual one when a student took courses elsewhere. */
  get majorRows(): readonly number[] {
    return this.major0 === undefined ? [] : listOf(this.major0Rows, this.moreMajorRows);
  }

  /** 年级 stated by the rows, in order of first appearance. */
  get entryYears(): readonly number[] {
    return listOf(this.year0, this.moreYears);
  }

  /** Rows that carried `entryYears[i]`. */
  get entryYearRows(): readonly number[] {
    return this.year0 === undefined ? [] : listOf(this.year0Rows, this.moreYearRows);
  }

  /** Indexes into the accumulator's sheet list. */
  get sheets(): readonly number[] {
    return listOf(this.sheet0, this.moreSheets);
  }

  /** Rows whose first attempt failed; kept whole, since they are the evidence. */
  get firstFails(): readonly GradeEntry[] {
    return this.fails ?? NONE;
  }

  /** First attempts whose grade cell could not be read (A-, #N/A): evidence for 待核实. */
  get unreadableGrades(): readonly GradeEntry[] {
    return this.unreadable ?? NONE;
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

  /** Records a name spelling. */
  noteName(name: string): void {
    if (name === '' || name === this.name0) return;
    if (this.name0 === undefined) this.name0 = name;
    else if (this.moreNames === undefined) this.moreNames = [name];
    else if (!this.moreNames.includes(name)) this.moreNames.push(name);
  }

  /** Counts one row stating `major`. */
  noteMajor(major: string): void {
    if (major === this.major0) this.major0Rows++;
    else if (this.major0 === undefined) {
      this.major0 = major;
      this.major0Rows = 1;
    } else {
      const more = (this.moreMajors ??= []);
      const rows = (this.moreMajorRows ??= []);
      const i = more.indexOf(major);
      if (i >= 0) rows[i] = (rows[i] ?? 0) + 1;
      else {
        more.push(major);
        rows.push(1);
      }
    }
  }

  /** Counts one row stating 年级 `year`. */
  noteEntryYear(year: number): void {
    if (year === this.year0) this.year0Rows++;
    else if (this.year0 === undefined) {
      this.year0 = year;
      this.year0Rows = 1;
    } else {
      const more = (this.moreYears ??= []);
      const rows = (this.moreYearRows ??= []);
      const i = more.indexOf(year);
      if (i >= 0) rows[i] = (rows[i] ?? 0) + 1;
      else {
        more.push(year);
        rows.push(1);
      }
    }
  }

  /** Records the sheet a row came from. */
  noteSheet(sheet: number): void {
    if (sheet === this.sheet0) return;
    if (this.sheet0 === undefined) this.sheet0 = sheet;
    else if (this.moreSheets === undefined) this.moreSheets = [sheet];
    else if (!this.moreSheets.includes(sheet)) this.moreSheets.push(sheet);
  }

  /** Keeps a failing first attempt. */
  noteFail(entry: GradeEntry): void {
    (this.fails ??= []).push(entry);
  }

  /** Keeps a first attempt whose grade cell could not be read. */
  noteUnreadable(entry: GradeEntry): void {
    (this.unreadable ??= []).push(entry);
  }

  /** Marks a course as passed by 补考 or 重修; the earliest passing sitting is kept as evidence. */
  notePassedLater(courseKey: string, pass: LaterPass): void {
    const map = (this.passedLater ??= new Map<string, LaterPass>());
    const kept = map.get(courseKey);
    if (kept === undefined || isEarlier(pass, kept)) map.set(courseKey, pass);
  }
}

function isEarlier(a: LaterPass, b: LaterPass): boolean {
  const at = termCode(a.term);
  const bt = termCode(b.term);
  return at < bt || (at === bt && a.ref.sheet === b.ref.sheet && a.ref.row < b.ref.row);
}
