import type { Row, RowRef } from '../../cells';
import type { AttendanceRecord } from '../../records';
import type { TableMapping } from '../../tables';
import { parseAttendanceStatus, type AttendanceCount } from '../attendanceStatus';
import { parseNumber } from '../number';
import { at, textAt } from './access';
import { addIssue, cellIssue, NO_ISSUES, rowIssue, type RowResult } from './issues';
import { readPerson } from './person';
import type { MessageKey } from '../../messages';

type Counted = AttendanceCount | { problem: MessageKey; params?: Record<string, number> };

/** 应到/实到/缺勤 counts: any two give the third. */
function fromTotals(row: Row, mapping: TableMapping<'attendance'>): Counted {
  const c = mapping.columns;
  const attended = parseNumber(at(row, c.attended));
  const absent = parseNumber(at(row, c.absent));
  const required = parseNumber(at(row, c.required));
  if (attended === undefined && absent === undefined && required === undefined) {
    return { problem: 'input.attendance.noCounts' };
  }
  const req =
    required ?? (attended !== undefined && absent !== undefined ? attended + absent : undefined);
  const att = attended ?? (req !== undefined && absent !== undefined ? req - absent : undefined);
  if (req === undefined || att === undefined)
    return { problem: 'input.attendance.countsIncomplete' };
  if (att < 0 || req < 0 || att > req) {
    return { problem: 'input.attendance.countsInvalid', params: { attended: att, required: req } };
  }
  return { attended: att, required: req };
}

/**
 * One attendance row: either one event (签到情况 出勤/缺勤/迟到/请假) or one person's totals
 * (应到, 实到, 缺勤次数), both as attended/required counts.
 */
export function readAttendance(
  row: Row,
  mapping: TableMapping<'attendance'>,
  ref: RowRef,
): RowResult<AttendanceRecord> {
  const c = mapping.columns;
  const person = readPerson(row, mapping, ref, { byName: false, issueCol: 1 });
  if ('skip' in person) return { issues: person.skip };
  const { studentId, name, issues } = person;

  const statusText = textAt(row, c.status);
  let counted: Counted;
  if (statusText) {
    const status = parseAttendanceStatus(statusText);
    if (!status) {
      const issue = cellIssue('input.attendance.statusUnknown', ref, c.status ?? 1, statusText);
      return { issues: addIssue(issues, issue) };
    }
    counted = status;
  } else {
    counted = fromTotals(row, mapping);
  }
  if ('problem' in counted)
    return { issues: addIssue(issues, rowIssue(counted.problem, ref, counted.params)) };

  const record: AttendanceRecord = { ref, studentId, name, ...counted };
  return { record, issues: issues ?? NO_ISSUES };
}
