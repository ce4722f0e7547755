import type { CellValue, Row, RowRef } from '../../cells';
import type { Policy } from '../../policy/types';
import type { Attempt, GradeEntry, GradeValue, TermKey } from '../../records';
import type { TableMapping } from '../../tables';
import { attemptFromRetakeFlag, isVoided, parseAttempt } from '../attempt';
import { parseEntryYear } from '../entryYear';
import { markIn, parseGrade } from '../grade';
import { parseNumber } from '../number';
import { tableStudentId } from '../studentId';
import { parseTerm } from '../term';
import { parseYesNo } from '../yesNo';
import { cellText, isBlank } from '../text';
import { at, headerTextAt, textAt } from './access';
import { NO_ISSUES, noteCell, rowIssue, type RowResult } from './issues';
import { keylessIssues } from './keyless';
import { GradeRow } from './gradeRow';
import { LastValue, LastValue3 } from './lastValue';
import type { Issue } from '../../issue';

type Grading = Policy['grading'];
type Cell = CellValue | undefined;

// No cell is ever this, so the first score always parses (NaN would too, but a symbol says why).
const NONE: unique symbol = Symbol('none');

interface AttemptRead {
  readonly attempt: Attempt;
  /** The column to report when the attempt text names no attempt. */
  readonly col?: number | undefined;
}

const optional = (cell: Cell): string | undefined => {
  const text = cellText(cell);
  return text === '' ? undefined : text;
};

/**
 * Reads the rows of one grade table. Every field is a pure function of its own cells, kept for the
 * last value seen (LastValue): a university export repeats the term, course, credit, major and
 * attempt of a class row after row, so a million rows normalise a small share of their cells. `next`
 * fills one reused GradeRow, so a row without issues allocates nothing.
 */
export class GradeRowReader {
  private readonly c: TableMapping<'grades'>['columns'];
  // The hottest fields keep their last cell inline, each compare site seeing one column's types only
  // (a shared LastValue.of would compare every column's values at one generic, slower site).
  private idRaw: Cell | null = null;
  private idValue: string | undefined;
  private codeRaw: Cell = undefined;
  private codeText = '';
  private nameRaw: Cell = undefined;
  private courseNameText = '';
  private scoreRaw: Cell | typeof NONE = NONE;
  private scoreValue: GradeValue = { kind: 'empty' };
  private studentRaw: Cell = undefined;
  private studentName: string | undefined;
  private readonly parseGrade: (cell: Cell) => GradeValue;
  private readonly mark = new LastValue((cell: Cell) => markIn(cellText(cell)));
  private readonly makeup: LastValue<GradeValue | undefined>;
  private readonly retake: LastValue<GradeValue | undefined>;
  private readonly credit = new LastValue((cell) => {
    const n = parseNumber(cell);
    return { credit: n, unreadable: (n === undefined || n < 0) && !isBlank(cell) };
  });
  private readonly term = new LastValue3(parseTerm);
  private readonly attempt: LastValue3<AttemptRead>;
  private readonly entryYear = new LastValue((cell) => {
    const year = parseEntryYear(cell);
    return { year, unreadable: year === undefined && !isBlank(cell) };
  });
  private readonly voided = new LastValue((cell) => {
    const text = cellText(cell);
    const voided = isVoided(text);
    return { text, voided, unreadable: !!text && !voided && parseYesNo(text) === undefined };
  });
  private readonly major = new LastValue(optional);
  private readonly f: GradeRow;
  /** Issues of the row `next` read last: the shared empty list for most rows. */
  issues: readonly Issue[] = NO_ISSUES;
  private readonly college = new LastValue(optional);
  /**
   * The student of a personal transcript's block (set by TranscriptReader): its rows name no
   * student, the line above them does.
   */
  subject:
    | {
        readonly studentId: string;
        readonly name?: string | undefined;
        readonly major?: string | undefined;
      }
    | undefined;

  constructor(
    private readonly mapping: TableMapping<'grades'>,
    grading: Grading,
  ) {
    this.c = mapping.columns;
    this.f = new GradeRow(mapping);
    const grade = (cell: Cell) => parseGrade(cell, grading);
    const optionalGrade = (cell: Cell) => (isBlank(cell) ? undefined : parseGrade(cell, grading));
    this.parseGrade = grade;
    this.makeup = new LastValue(optionalGrade);
    this.retake = new LastValue(optionalGrade);
    // 正方's old 重修标记 column holds a flag (是/1), not an attempt name.
    const flagColumn = headerTextAt(mapping, this.c.attemptType).includes('标记');
    this.attempt = new LastValue3((typeCell, acquisitionCell, markCell): AttemptRead => {
      const typeText = cellText(typeCell);
      const acquisition = cellText(acquisitionCell);
      if (typeText && flagColumn) {
        const attempt = attemptFromRetakeFlag(typeText);
        // 重修标记 否 only says "not a retake": 取得方式 or the mark may still name the sitting.
        if (attempt === 'first') {
          return { attempt: parseAttempt(undefined, acquisition || undefined, cellText(markCell)) };
        }
        if (attempt !== 'unknown') return { attempt };
      }
      const attempt = parseAttempt(
        typeText || undefined,
        acquisition || undefined,
        cellText(markCell) || undefined,
      );
      return attempt === 'unknown'
        ? { attempt, col: typeText ? this.c.attemptType : this.c.acquisition }
        : { attempt };
    });
  }

  /**
   * The first score. Beside a blank or a 0, a 成绩标志/成绩备注 mark decides (docs/RULES.md §4.2 grade-exports): a 缓考 or
   * 免修 row with 0 is not a fail, a 旷考 row with a blank is one. Any other score stands.
   */
  private firstGrade(row: Row): GradeValue {
    const cell = at(row, this.c.score);
    if (cell !== this.scoreRaw || cell !== cell) {
      this.scoreRaw = cell;
      this.scoreValue = this.parseGrade(cell);
    }
    const grade = this.scoreValue;
    if (this.c.mark === undefined) return grade;
    if (grade.kind !== 'empty' && !(grade.kind === 'numeric' && grade.value === 0)) return grade;
    const mark = this.mark.of(at(row, this.c.mark));
    return mark ?? grade;
  }

  private studentNameOf(cell: Cell): string | undefined {
    if (cell !== this.studentRaw) {
      this.studentRaw = cell;
      this.studentName = optional(cell);
    }
    return this.studentName;
  }

  private termOf(row: Row): TermKey | undefined {
    const c = this.c;
    return this.term.of(at(row, c.academicYear), at(row, c.term), at(row, c.yearTerm));
  }

  /** One grade row: its record, or none for a row without 学号 or course; and its input issues. */
  read(row: Row, ref: RowRef): RowResult<GradeEntry> {
    const f = this.next(row, ref.row, ref);
    return f ? { record: f.entry(), issues: this.issues } : { issues: this.issues };
  }

  /**
   * Reads one row into the reader's shared GradeRow and returns it, or undefined for a row without
   * 学号 or course; the row's input issues are then in `issues`. The GradeRow is overwritten by the
   * next call: keep `entry()` of it, not the object.
   */
  next(row: Row, rowNumber: number, given?: RowRef): GradeRow | undefined {
    const c = this.c;
    const f = this.f;
    f.start(rowNumber, given);
    const subject = this.subject;
    const idCell = subject !== undefined ? subject.studentId : at(row, c.studentId);
    if (idCell !== this.idRaw) {
      this.idRaw = idCell;
      this.idValue = tableStudentId(idCell, this.mapping.displayed);
    }
    const studentId = this.idValue;
    if (studentId === undefined) {
      this.issues = keylessIssues(row, this.mapping, f.ref(), c.studentId, idCell, false);
      return undefined;
    }
    const codeCell = at(row, c.courseCode);
    if (codeCell !== this.codeRaw) {
      this.codeRaw = codeCell;
      this.codeText = cellText(codeCell);
    }
    const code = this.codeText;
    const nameCell = at(row, c.courseName);
    if (nameCell !== this.nameRaw) {
      this.nameRaw = nameCell;
      this.courseNameText = cellText(nameCell);
    }
    const courseName = this.courseNameText;
    if (!code && !courseName) {
      this.issues = [rowIssue('input.grade.noCourse', f.ref())];
      return undefined;
    }

    let issues: Issue[] | undefined;
    const fallbackCol = c.studentId ?? 1;

    const grade = this.firstGrade(row);
    if (grade.kind === 'unknown') {
      issues = noteCell(issues, 'input.grade.unknown', f.ref(), c.score ?? fallbackCol, grade.raw);
    }
    const makeupGrade = this.makeup.of(at(row, c.makeupScore));
    if (makeupGrade?.kind === 'unknown') {
      const col = c.makeupScore ?? fallbackCol;
      issues = noteCell(issues, 'input.grade.unknown', f.ref(), col, makeupGrade.raw);
    }
    const retakeGrade = this.retake.of(at(row, c.retakeScore));
    if (retakeGrade?.kind === 'unknown') {
      const col = c.retakeScore ?? fallbackCol;
      issues = noteCell(issues, 'input.grade.unknown', f.ref(), col, retakeGrade.raw);
    }

    const creditCell = at(row, c.credit);
    const credit = this.credit.of(creditCell);
    if (credit.unreadable) {
      const col = c.credit ?? fallbackCol;
      issues = noteCell(issues, 'input.credit.unreadable', f.ref(), col, cellText(creditCell));
    }

    const term = this.termOf(row);
    if (!term) {
      const col = [c.yearTerm, c.academicYear, c.term].find((k) => !isBlank(at(row, k)));
      if (col !== undefined) {
        issues = noteCell(issues, 'input.term.unreadable', f.ref(), col, textAt(row, col));
      }
    }

    const { attempt, col: attemptCol } = this.attempt.of(
      at(row, c.attemptType),
      at(row, c.acquisition),
      at(row, c.mark),
    );
    if (attemptCol !== undefined) {
      const value = textAt(row, attemptCol);
      issues = noteCell(issues, 'input.attempt.unknown', f.ref(), attemptCol, value);
    }

    const entryYearCell = at(row, c.entryYear);
    const entryYear = this.entryYear.of(entryYearCell);
    if (entryYear.unreadable) {
      const col = c.entryYear ?? fallbackCol;
      issues = noteCell(
        issues,
        'input.entryYear.unreadable',
        f.ref(),
        col,
        cellText(entryYearCell),
      );
    }

    const voided = this.voided.of(at(row, c.voided));
    if (voided.unreadable) {
      const col = c.voided ?? fallbackCol;
      issues = noteCell(issues, 'input.yesNo.unreadable', f.ref(), col, voided.text);
    }

    const n = credit.credit;
    f.studentId = studentId;
    f.name = subject !== undefined ? subject.name : this.studentNameOf(at(row, c.name));
    f.term = term;
    f.courseKey = code || courseName;
    f.courseName = courseName || code;
    f.credit = n !== undefined && n >= 0 ? n : undefined;
    f.grade = grade;
    f.gradeCol = c.score;
    f.attempt = attempt;
    f.makeupGrade = makeupGrade;
    f.retakeGrade = retakeGrade;
    f.voided = voided.voided;
    f.major = subject?.major ?? this.major.of(at(row, c.major));
    f.entryYear = entryYear.year;
    f.college = this.college.of(at(row, c.college));
    this.issues = issues ?? NO_ISSUES;
    return f;
  }
}

/**
 * One grade row read on its own (tests, small tables); the collector keeps a GradeRowReader per
 * table so repeated values are normalised once.
 */
export function readGradeEntry(
  row: Row,
  mapping: TableMapping<'grades'>,
  ref: RowRef,
  grading: Grading,
): RowResult<GradeEntry> {
  return new GradeRowReader(mapping, grading).read(row, ref);
}
