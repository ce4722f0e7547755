import type { CellValue, Row } from '../../cells';
import type { Policy } from '../../policy/types';
import type { GradeValue } from '../../records';
import type { TableMapping, WideLayout } from '../../tables';
import { parseEntryYear } from '../entryYear';
import { parseGrade } from '../grade';
import { tableStudentId } from '../studentId';
import { isBlank } from '../text';
import { at, isSummaryLabel, optionalText } from './access';
import { GradeRow } from './gradeRow';
import { cellIssue, NO_ISSUES, noteCell } from './issues';
import { keylessIssues } from './keyless';
import type { Issue } from '../../issue';

type Cell = CellValue | undefined;

/**
 * Reads the rows of a class grade summary (成绩汇总表): one student per row, one grade entry per
 * course column. A blank course cell is a course the student did not take and yields nothing.
 * Class summaries hold tens of rows, so each row is read afresh; the one GradeRow is still reused.
 */
export class WideGradeReader {
  private readonly f: GradeRow;
  private readonly layout: WideLayout;
  private readonly grade: (cell: Cell) => GradeValue;
  /** Issues of the row `read` took last. */
  issues: readonly Issue[] = NO_ISSUES;
  /** Who the row just read names: 学号, 姓名 and 班级 (its cell, or the class the title names). */
  studentId: string | undefined;
  name: string | undefined;
  className: string | undefined;

  constructor(
    private readonly mapping: TableMapping<'grades'>,
    grading: Policy['grading'],
  ) {
    if (!mapping.wide) throw new Error('WideGradeReader needs a class grade summary mapping');
    this.layout = mapping.wide;
    this.f = new GradeRow(mapping);
    this.grade = (cell) => parseGrade(cell, grading);
  }

  /**
   * Reads one row; `each` receives the shared GradeRow once per course with a grade. Returns the
   * number of entries, or undefined for a row without 学号 (its issues are then in `issues`).
   */
  read(row: Row, rowNumber: number, each: (f: GradeRow) => void): number | undefined {
    const c = this.mapping.columns;
    const f = this.f;
    f.start(rowNumber, undefined);
    const idCell = at(row, c.studentId);
    const studentId = tableStudentId(idCell, this.mapping.displayed);
    if (studentId === undefined) {
      this.issues = keylessIssues(row, this.mapping, f.ref(), c.studentId, idCell, false);
      // Only 学号 and 姓名 are mapped here: a named row of scores without 学号 is still data.
      const name = optionalText(row, c.name);
      if (this.issues.length === 0 && name && !isSummaryLabel(name) && this.hasScores(row))
        this.issues = [cellIssue('input.row.noStudentId', f.ref(), c.studentId ?? 1, '')];
      return undefined;
    }
    const layout = this.layout;
    f.studentId = studentId;
    f.name = optionalText(row, c.name);
    this.studentId = studentId;
    this.name = f.name;
    f.major = optionalText(row, c.major);
    f.college = optionalText(row, c.college);
    f.entryYear = parseEntryYear(at(row, c.entryYear)) ?? layout.entryYear;
    f.term = layout.term;
    f.attempt = layout.attempt;
    f.voided = false;
    f.retakeGrade = undefined;
    this.className = optionalText(row, c.className) ?? layout.className;
    let issues: Issue[] | undefined;
    let entries = 0;
    for (const course of layout.courses) {
      const cell = at(row, course.col);
      const makeupCell = at(row, course.makeupCol);
      if (isBlank(cell) && isBlank(makeupCell)) continue;
      const grade = this.grade(cell);
      if (grade.kind === 'unknown')
        issues = noteCell(issues, 'input.grade.unknown', f.ref(), course.col, grade.raw);
      const makeup = isBlank(makeupCell) ? undefined : this.grade(makeupCell);
      if (makeup?.kind === 'unknown' && course.makeupCol !== undefined)
        issues = noteCell(issues, 'input.grade.unknown', f.ref(), course.makeupCol, makeup.raw);
      f.courseKey = course.name;
      f.courseName = course.name;
      f.credit = course.credit;
      f.grade = grade;
      f.gradeCol = course.col;
      f.makeupGrade = makeup;
      entries++;
      each(f);
    }
    this.issues = issues ?? NO_ISSUES;
    return entries;
  }

  private hasScores(row: Row): boolean {
    return this.layout.courses.some((course) => !isBlank(at(row, course.col)));
  }
}
