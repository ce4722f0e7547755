import type { Row, RowRef } from '../../cells';
import type { DelegateRecord } from '../../records';
import type { TableMapping } from '../../tables';
import { cadreFromIdentity } from '../cadre';
import { parseEntryYear } from '../entryYear';
import { parseYesNo } from '../yesNo';
import { at, optionalText, textAt } from './access';
import { addIssue, cellIssue, NO_ISSUES, type RowResult } from './issues';
import { readPerson } from './person';
import type { MessageKey } from '../../messages';

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
  const person = readPerson(row, mapping, ref, { byName: true, issueCol: c.name ?? 1 });
  if ('skip' in person) return { issues: person.skip };
  const { studentId, name } = person;
  let issues = person.issues;
  const warn = (key: MessageKey, col: number | undefined, value: string): void => {
    issues = addIssue(issues, cellIssue(key, ref, col ?? c.name ?? 1, value));
  };
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
