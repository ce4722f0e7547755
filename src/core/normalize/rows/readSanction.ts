import type { Row, RowRef } from '../../cells';
import type { SanctionRecord } from '../../records';
import type { TableMapping } from '../../tables';
import { parseDate } from '../date';
import { parseLifted, readSanctionText } from '../sanction';
import { parseTerm } from '../term';
import { at, headerTextAt, optionalText, textAt } from './access';
import { addIssue, cellIssue, NO_ISSUES, type RowResult } from './issues';
import { readPerson } from './person';
import type { MessageKey } from '../../messages';

/**
 * One discipline row. The student is named by 学号 or 姓名 (either will do); league or party
 * discipline and criticism keep their record with `notSchool` set; any other text outside the school
 * levels keeps its record with `level` undefined and is reported, never guessed. Date
 * serials count from 1904 when the workbook says so (`date1904`).
 */
export function readSanction(
  row: Row,
  mapping: TableMapping<'discipline'>,
  ref: RowRef,
  date1904 = false,
): RowResult<SanctionRecord> {
  const c = mapping.columns;
  const person = readPerson(row, mapping, ref, { byName: false, issueCol: c.name ?? 1 });
  if ('skip' in person) return { issues: person.skip };
  const { studentId, name } = person;
  let issues = person.issues;
  const warn = (key: MessageKey, col: number | undefined, value: string): void => {
    issues = addIssue(issues, cellIssue(key, ref, col ?? c.name ?? c.studentId ?? 1, value));
  };

  const raw = textAt(row, c.sanction);
  const said = raw ? readSanctionText(raw) : {};
  const { level, notSchool, ends } = said;
  if (!raw) warn('input.sanction.missing', c.sanction, '');
  else if (!level && !notSchool) warn('input.sanction.unknown', c.sanction, raw);

  // A register without a date or 是否解除 column often writes them into the 处分 cell itself.
  const dateText = textAt(row, c.date);
  const date = dateText ? parseDate(at(row, c.date), date1904) : said.date;
  // A 处分文号 column stands in for the date only when nothing better exists; it rarely parses.
  if (dateText && !date && !headerTextAt(mapping, c.date).includes('文号')) {
    warn('input.date.unreadable', c.date, dateText);
  }

  const termText = textAt(row, c.yearTerm);
  const term = termText ? parseTerm(undefined, undefined, termText) : undefined;
  if (termText && !term) warn('input.term.unreadable', c.yearTerm, termText);

  const liftedText = textAt(row, c.lifted);
  const status = liftedText ? parseLifted(liftedText) : undefined;
  if (liftedText && status === undefined) warn('input.yesNo.unreadable', c.lifted, liftedText);

  // 解除日期 is when the sanction was lifted; a status that says it still runs overrides it (the
  // date is then the one it is due to end).
  const liftedDateText = textAt(row, c.liftedDate);
  const liftedOn = liftedDateText ? parseDate(at(row, c.liftedDate), date1904) : undefined;
  if (liftedDateText && !liftedOn) warn('input.date.unreadable', c.liftedDate, liftedDateText);
  const lifted = status ?? said.lifted ?? liftedOn !== undefined;

  const record: SanctionRecord = {
    ref,
    studentId,
    name,
    level,
    ...(notSchool ? { notSchool } : {}),
    ...(ends ? { ends } : {}),
    raw,
    date,
    term,
    lifted,
    reason: optionalText(row, c.reason),
    ...(lifted && liftedOn ? { liftedOn } : {}),
  };
  return { record, issues: issues ?? NO_ISSUES };
}
