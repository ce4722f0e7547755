import type { GradeEntry } from '../records';
import { averageScore, isFail, isPass } from './gradeScore';
import { SLOT, StudentTally } from './studentTally';
import { NO_TERM, termCode } from './termKey';
import { sheetKey } from '../pipeline/sheetKey';

/** A grade sheet as the teacher knows it: file (when several) and sheet name. */
export interface SheetId {
  readonly file?: string;
  readonly sheet: string;
}

/**
 * A grade row held in an object its reader reuses row by row: the fields of a GradeEntry, its sheet,
 * and a GradeEntry of its own on demand for what a tally keeps.
 */
export interface GradeRowView extends Omit<GradeEntry, 'ref'> {
  readonly where: SheetId;
  entry(): GradeEntry;
}

const isView = (row: GradeRowView | GradeEntry): row is GradeRowView => 'where' in row;

/**
 * Folds a stream of grade rows into per-student tallies (see StudentTally). Memory follows the number of
 * students, not rows, so a 1.2M-row university export fits; `add` does no allocation for an ordinary
 * row of a student already seen.
 */
export class AcademicAccumulator {
  private readonly byId = new Map<string, StudentTally>();
  private readonly sheetList: SheetId[] = [];
  private readonly sheetIndex = new Map<string, number>();
  private readonly codes = new Set<number>();
  private last: StudentTally | undefined;
  private lastFile: string | undefined;
  private lastSheet: string | undefined;
  private lastSheetAt = -1;
  private readonly majorNames = new Map<string, string>();
  private lastMajorIn: string | undefined;
  private lastMajor = '';
  /** Largest term code seen (NO_TERM when no row had a term). */
  latestCode = NO_TERM;
  rows = 0;
  voidedRows = 0;
  rowsWithoutTerm = 0;

  /** Takes one normalised grade row; 是否成绩作废 rows are counted and otherwise ignored. */
  add(entry: GradeEntry): void {
    this.fold(entry, entry.ref);
  }

  /** `add` of a reused row object: it is copied into a GradeEntry only when a tally keeps the row. */
  addRow(row: GradeRowView): void {
    this.fold(row, row.where);
  }

  private fold(entry: GradeRowView | GradeEntry, where: SheetId): void {
    if (entry.voided) {
      this.voidedRows++;
      return;
    }
    this.rows++;
    const s = this.student(entry.studentId);
    s.rows++;
    if (entry.name !== undefined) s.noteName(entry.name);
    if (entry.major !== undefined && entry.major !== '') s.noteMajor(this.majorOf(entry.major));
    if (entry.entryYear !== undefined) s.noteEntryYear(entry.entryYear);
    s.noteSheet(this.sheetOf(where));
    const code = termCode(entry.term);
    if (code === NO_TERM) this.rowsWithoutTerm++;
    else if (code > this.latestCode) this.latestCode = code;
    const at = this.slotOf(s, code);
    s.bump(at, SLOT.rows, 1);
    const grade = entry.grade;
    if (entry.attempt === 'makeup' || entry.attempt === 'retake') {
      // A later attempt never replaces the first score in the average; it only clears a failure.
      if (isPass(grade)) {
        const ref = isView(entry) ? entry.entry().ref : entry.ref;
        s.notePassedLater(entry.courseKey, {
          attempt: entry.attempt,
          grade,
          term: entry.term,
          ref,
        });
      }
      return;
    }
    // An unreadable first grade may be a fail: kept so the member is 待核实, never passed.
    if (grade.kind === 'unknown') s.noteUnreadable(isView(entry) ? entry.entry() : entry);
    const score = averageScore(grade);
    if (!Number.isNaN(score)) {
      let weight = entry.credit;
      if (weight === undefined || !(weight >= 0) || !Number.isFinite(weight)) {
        weight = 1;
        s.bump(at, SLOT.noCredit, 1);
      }
      if (weight > 0) {
        s.bump(at, SLOT.weighted, score * weight);
        s.bump(at, SLOT.weights, weight);
        s.bump(at, SLOT.courses, 1);
      }
    }
    if (isFail(grade)) {
      s.noteFail(isView(entry) ? entry.entry() : entry);
      // Old 正方 layout: 补考成绩 / 重修成绩 sit on the first attempt's row.
      const { makeupGrade: makeup, retakeGrade: retake } = entry;
      const later =
        makeup && isPass(makeup)
          ? { attempt: 'makeup' as const, grade: makeup }
          : retake && isPass(retake)
            ? { attempt: 'retake' as const, grade: retake }
            : undefined;
      if (later) {
        const ref = isView(entry) ? entry.entry().ref : entry.ref;
        s.notePassedLater(entry.courseKey, { ...later, term: entry.term, ref });
      }
    }
  }

  /** Every student seen, in order of first appearance. */
  students(): IterableIterator<StudentTally> {
    return this.byId.values();
  }

  /** The tally of one student, if any row named them. */
  get(studentId: string): StudentTally | undefined {
    return this.byId.get(studentId);
  }

  get studentCount(): number {
    return this.byId.size;
  }

  /** The sheet behind an index in `StudentTally.sheets`. */
  sheet(index: number): SheetId | undefined {
    return this.sheetList[index];
  }

  /** Every term code that occurs in the data (NO_TERM included when some row had no term). */
  termCodes(): ReadonlySet<number> {
    return this.codes;
  }

  private student(id: string): StudentTally {
    const last = this.last;
    if (last !== undefined && last.studentId === id) return last;
    let s = this.byId.get(id);
    if (s === undefined) {
      s = new StudentTally(id);
      this.byId.set(id, s);
    }
    return (this.last = s);
  }

  /**
   * One string per major, so a tally's own major compares by reference: the reader hands over a fresh
   * copy now and then, and comparing contents would load each tally's stored string.
   */
  private majorOf(major: string): string {
    if (major === this.lastMajorIn) return this.lastMajor;
    let one = this.majorNames.get(major);
    if (one === undefined) this.majorNames.set(major, (one = major));
    this.lastMajorIn = major;
    return (this.lastMajor = one);
  }

  private slotOf(s: StudentTally, code: number): number {
    const before = s.terms.length;
    const at = s.slot(code);
    if (s.terms.length !== before) this.codes.add(code);
    return at;
  }

  private sheetOf(ref: SheetId): number {
    if (ref.sheet === this.lastSheet && ref.file === this.lastFile) return this.lastSheetAt;
    const key = sheetKey(ref.file, ref.sheet);
    let at = this.sheetIndex.get(key);
    if (at === undefined) {
      at = this.sheetList.length;
      this.sheetList.push(
        ref.file === undefined ? { sheet: ref.sheet } : { file: ref.file, sheet: ref.sheet },
      );
      this.sheetIndex.set(key, at);
    }
    this.lastFile = ref.file;
    this.lastSheet = ref.sheet;
    return (this.lastSheetAt = at);
  }
}
