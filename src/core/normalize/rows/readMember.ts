import { isCellError, type Row, type RowRef } from '../../cells';
import type { MemberRecord } from '../../records';
import type { TableMapping } from '../../tables';
import { parseEntryYear } from '../entryYear';
import { normalizePolitical } from '../political';
import { parseSchoolRank } from '../rank';
import { DIGITS_LOST_KEY, tableStudentId } from '../studentId';
import { parseUnionLevel } from '../unionLevel';
import { at, filledCount, optionalText, textAt } from './access';
import { addIssue, cellIssue, NO_ISSUES, type RowResult } from './issues';
import { keylessIssues, lostIdIssue, nameClassKey } from './keyless';
import type { MessageKey } from '../../messages';
import type { Issue } from '../../issue';

/**
 * One roster row as a member. No record for blank, note or repeated-header rows, nor for a row
 * without a readable 学号 (reported: without it the member cannot be matched to any grade); a 学号
 * that lost digits keeps the member, 待核实 (docs/RULES.md §4.6).
 */
export function readMember(
  row: Row,
  mapping: TableMapping<'roster'>,
  ref: RowRef,
): RowResult<MemberRecord> {
  const c = mapping.columns;
  const idCell = at(row, c.studentId);
  // A roster without a 学号 column (many 中职 schools) keys members by 姓名 + 班级 instead.
  const keyless = c.studentId === undefined;
  // A 学号 that lost digits (Excel keeps 15) is neither dropped nor matched: the member is kept under
  // a key no grade row can carry, and the grade rules say 待核实 with the reason.
  const lost =
    c.studentId === undefined || filledCount(row, mapping) <= 1
      ? undefined
      : lostIdIssue(mapping, ref, c.studentId, idCell);
  const studentId = keyless
    ? nameClassKey(row, c)
    : lost
      ? `${String(lost.params?.['value'] ?? '')}（第${ref.row}行）`
      : tableStudentId(idCell, mapping.displayed);
  if (studentId === undefined) {
    return { issues: keylessIssues(row, mapping, ref, c.studentId, idCell, false) };
  }
  let issues: Issue[] | undefined = lost ? [lost] : undefined;
  const warn = (key: MessageKey, col: number | undefined, value: string): void => {
    issues = addIssue(issues, cellIssue(key, ref, col ?? c.studentId ?? 1, value));
  };

  const name = textAt(row, c.name);
  if (!name) warn('input.row.noName', c.name, studentId);
  const politicalRaw = optionalText(row, c.political);
  const political = normalizePolitical(at(row, c.political));
  if (political === 'unknown') warn('input.political.unknown', c.political, politicalRaw ?? '');

  const levelText = optionalText(row, c.level);
  const level = levelText ? parseUnionLevel(levelText) : undefined;
  if (levelText && !level) warn('input.level.unknown', c.level, levelText);

  const yearText = optionalText(row, c.entryYear);
  const entryYear = yearText ? parseEntryYear(at(row, c.entryYear)) : undefined;
  if (yearText && entryYear === undefined)
    warn('input.entryYear.unreadable', c.entryYear, yearText);

  const rankText = optionalText(row, c.schoolRank) ?? optionalText(row, c.rankPercent);
  const schoolRank = rankText
    ? parseSchoolRank(at(row, c.schoolRank), at(row, c.rankCohortSize), at(row, c.rankPercent))
    : undefined;
  if (rankText && !schoolRank) {
    warn(
      'input.rank.unreadable',
      textAt(row, c.schoolRank) ? c.schoolRank : c.rankPercent,
      rankText,
    );
  }

  // An error value reads as blank; say so, or 待核实 would not tell the teacher which cell is broken.
  for (const col of Object.values<number>(c)) {
    const value = at(row, col);
    if (isCellError(value)) warn('input.cell.error', col, value.error);
  }

  const record: MemberRecord = {
    ref,
    studentId,
    name,
    gender: optionalText(row, c.gender),
    college: optionalText(row, c.college),
    major: optionalText(row, c.major),
    entryYear,
    className: optionalText(row, c.className),
    department: optionalText(row, c.department),
    title: optionalText(row, c.title),
    political,
    politicalRaw,
    level,
    schoolRank,
    collegeUnionRole: optionalText(row, c.collegeUnionRole),
    ...(keyless ? { keyedBy: 'name-class' as const } : {}),
    ...(lost
      ? {
          unmatched: {
            messageKey: DIGITS_LOST_KEY,
            params: { value: String(lost.params?.['value'] ?? '') },
          },
        }
      : {}),
  };
  return { record, issues: issues ?? NO_ISSUES };
}
