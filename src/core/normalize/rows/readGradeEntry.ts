import type { CellValue, Row, RowRef } from '../../cells';
import type { InputIssue } from '../../findings';
import type { Policy } from '../../policy/types';
import type { Attempt, GradeEntry, GradeValue } from '../../records';
import type { TableMapping } from '../../tables';
import { attemptFromRetakeFlag, isVoided, parseAttempt } from '../attempt';
import { parseEntryYear } from '../entryYear';
import { parseGrade } from '../grade';
import { parseNumber } from '../number';
import { normalizeStudentId } from '../studentId';
import { parseTerm } from '../term';
import { parseYesNo } from '../yesNo';
import { cellText, isBlank } from '../text';
import { at, headerTextAt, optionalText, textAt } from './access';
import { NO_ISSUES, noteCell, rowIssue, type RowResult } from './issues';
import { keylessIssues } from './keyless';

type Grading = Policy['grading'];
type GradeColumns = TableMapping<'grades'>['columns'];

function readAttempt(
  row: Row,
  mapping: TableMapping<'grades'>,
): { attempt: Attempt; col?: number } {
  const c = mapping.columns;
  const typeText = textAt(row, c.attemptType);
  // 正方's old 重修标记 column holds a flag (是/1), not an attempt name.
  if (typeText && headerTextAt(mapping, c.attemptType).includes('标记')) {
    const attempt = attemptFromRetakeFlag(typeText);
    if (attempt !== 'unknown') return { attempt };
  }
  const acquisition = textAt(row, c.acquisition);
  const attempt = parseAttempt(
    typeText || undefined,
    acquisition || undefined,
    textAt(row, c.mark) || undefined,
  );
  return attempt === 'unknown'
    ? { attempt, col: typeText ? c.attemptType : c.acquisition }
    : { attempt };
}

/** The first score; an empty score cell with 缓考/旷考 in the mark column takes the mark. */
function firstGrade(row: Row, c: GradeColumns, grading: Grading): GradeValue {
  const grade = parseGrade(at(row, c.score), grading);
  if (grade.kind !== 'empty' || c.mark === undefined) return grade;
  const mark = parseGrade(at(row, c.mark), grading);
  return mark.kind === 'mark' ? mark : grade;
}

function optionalGrade(cell: CellValue | undefined, grading: Grading): GradeValue | undefined {
  return isBlank(cell) ? undefined : parseGrade(cell, grading);
}

/**
 * One grade row. Cheap on purpose (a university export has a million rows): every parser it calls
 * caches by distinct text, and a row without issues allocates only its record.
 */
export function readGradeEntry(
  row: Row,
  mapping: TableMapping<'grades'>,
  ref: RowRef,
  grading: Grading,
): RowResult<GradeEntry> {
  const c = mapping.columns;
  const idCell = at(row, c.studentId);
  const studentId = normalizeStudentId(idCell);
  if (studentId === undefined) {
    return { issues: keylessIssues(row, mapping, ref, c.studentId, idCell, false) };
  }
  const code = textAt(row, c.courseCode);
  const courseName = textAt(row, c.courseName);
  if (!code && !courseName) return { issues: [rowIssue('input.grade.noCourse', ref)] };

  // No per-row closure: a million rows would allocate a million of them.
  let issues: InputIssue[] | undefined;
  const fallbackCol = c.studentId ?? 1;

  const grade = firstGrade(row, c, grading);
  if (grade.kind === 'unknown') {
    issues = noteCell(issues, 'input.grade.unknown', ref, c.score ?? fallbackCol, grade.raw);
  }
  const makeupGrade = optionalGrade(at(row, c.makeupScore), grading);
  if (makeupGrade?.kind === 'unknown') {
    const col = c.makeupScore ?? fallbackCol;
    issues = noteCell(issues, 'input.grade.unknown', ref, col, makeupGrade.raw);
  }
  const retakeGrade = optionalGrade(at(row, c.retakeScore), grading);
  if (retakeGrade?.kind === 'unknown') {
    const col = c.retakeScore ?? fallbackCol;
    issues = noteCell(issues, 'input.grade.unknown', ref, col, retakeGrade.raw);
  }

  const creditCell = at(row, c.credit);
  const credit = parseNumber(creditCell);
  if ((credit === undefined || credit < 0) && !isBlank(creditCell)) {
    const col = c.credit ?? fallbackCol;
    issues = noteCell(issues, 'input.credit.unreadable', ref, col, cellText(creditCell));
  }

  const term = parseTerm(at(row, c.academicYear), at(row, c.term), at(row, c.yearTerm));
  if (!term) {
    const col = [c.yearTerm, c.academicYear, c.term].find((k) => !isBlank(at(row, k)));
    if (col !== undefined) {
      issues = noteCell(issues, 'input.term.unreadable', ref, col, textAt(row, col));
    }
  }

  const { attempt, col: attemptCol } = readAttempt(row, mapping);
  if (attemptCol !== undefined) {
    const value = textAt(row, attemptCol);
    issues = noteCell(issues, 'input.attempt.unknown', ref, attemptCol, value);
  }

  const entryYearCell = at(row, c.entryYear);
  const entryYear = parseEntryYear(entryYearCell);
  if (entryYear === undefined && !isBlank(entryYearCell)) {
    const col = c.entryYear ?? fallbackCol;
    issues = noteCell(issues, 'input.entryYear.unreadable', ref, col, cellText(entryYearCell));
  }

  const voidedText = textAt(row, c.voided);
  const voided = isVoided(voidedText);
  if (voidedText && !voided && parseYesNo(voidedText) === undefined) {
    issues = noteCell(issues, 'input.yesNo.unreadable', ref, c.voided ?? fallbackCol, voidedText);
  }

  const record: GradeEntry = {
    ref,
    studentId,
    name: optionalText(row, c.name),
    term,
    courseKey: code || courseName,
    courseName: courseName || code,
    credit: credit !== undefined && credit >= 0 ? credit : undefined,
    grade,
    attempt,
    makeupGrade,
    retakeGrade,
    voided,
    major: optionalText(row, c.major),
    entryYear,
    college: optionalText(row, c.college),
  };
  return { record, issues: issues ?? NO_ISSUES };
}
