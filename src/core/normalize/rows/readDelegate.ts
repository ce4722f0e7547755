import type { Row, RowRef } from '../../cells';
import type { InputIssue } from '../../findings';
import type { DelegateRecord } from '../../records';
import type { TableMapping } from '../../tables';
import { cadreFromIdentity } from '../cadre';
import { parseEntryYear } from '../entryYear';
import { looksScientific, normalizeStudentId } from '../studentId';
import { isBlank } from '../text';
import { parseYesNo } from '../yesNo';
import { at, isSummaryLabel, optionalText, textAt } from './access';
import { addIssue, cellIssue, NO_ISSUES, type RowResult } from './issues';
import { keylessIssues } from './keyless';

/**
 * One 学代会 delegate. `isCadre` comes from a 是否学生会骨干 column, else from 代表类别/身份 when
 * it says so; otherwise it stays undefined and the roster decides.
 */
export function readDelegate(
  row: Row,
  mapping: TableMapping<'delegates'>,
  ref: RowRef,
): RowResult<DelegateRecord> {
  const c = mapping.columns;
  const idCell = at(row, c.studentId);
  const studentId = normalizeStudentId(idCell);
  const name = optionalText(row, c.name);
  if (name === undefined ? studentId === undefined : isSummaryLabel(name)) {
    return {
      issues: name ? NO_ISSUES : keylessIssues(row, mapping, ref, c.studentId, idCell, true),
    };
  }
  let issues: InputIssue[] | undefined;
  const warn = (key: string, col: number | undefined, value: string): void => {
    issues = addIssue(issues, cellIssue(key, ref, col ?? c.name ?? 1, value));
  };
  if (studentId === undefined && !isBlank(idCell)) {
    const key = looksScientific(idCell)
      ? 'input.studentId.scientific'
      : 'input.studentId.unreadable';
    warn(key, c.studentId, textAt(row, c.studentId));
  }
  if (name === undefined && studentId !== undefined) warn('input.row.noName', c.name, studentId);

  const yearText = textAt(row, c.entryYear);
  const entryYear = yearText ? parseEntryYear(at(row, c.entryYear)) : undefined;
  if (yearText && entryYear === undefined)
    warn('input.entryYear.unreadable', c.entryYear, yearText);

  const cadreText = textAt(row, c.isCadre);
  let isCadre = cadreText ? parseYesNo(cadreText) : undefined;
  if (cadreText && isCadre === undefined) warn('input.yesNo.unreadable', c.isCadre, cadreText);
  if (isCadre === undefined) {
    const identity = textAt(row, c.identity);
    if (identity) isCadre = cadreFromIdentity(identity);
  }

  const record: DelegateRecord = {
    ref,
    studentId,
    name: name ?? '',
    college: optionalText(row, c.college),
    entryYear,
    isCadre,
  };
  return { record, issues: issues ?? NO_ISSUES };
}
