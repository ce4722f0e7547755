import { isCellError, type CellValue, type Row, type RowRef } from '../../cells';
import type { TableMapping } from '../../tables';
import { displayedDigitsLost, looksScientific, lostDigitsDisplay } from '../studentId';
import { cellText, isBlank } from '../text';
import { filledCount, isHeaderRepeat, isOneTextRow, isSummaryLabel } from './access';
import { cellIssue, NO_ISSUES, rowIssue } from './issues';
import type { Issue } from '../../issue';

/**
 * Issues for a row that has no usable key (学号, or 学号 and 姓名 where either will do). Blank
 * rows, repeated headers and notes or titles (one text, maybe repeated across a merge) are not data and say nothing; a row with
 * data and no key, or an unreadable 学号, is reported.
 */
export function keylessIssues(
  row: Row,
  mapping: TableMapping,
  ref: RowRef,
  idCol: number | undefined,
  idCell: CellValue | undefined,
  nameAlsoKeys: boolean,
): readonly Issue[] {
  if (
    filledCount(row, mapping) <= 1 ||
    isOneTextRow(row, mapping) ||
    isHeaderRepeat(row, mapping)
  ) {
    return NO_ISSUES;
  }
  if (idCol !== undefined && isCellError(idCell))
    return [cellIssue('input.studentId.error', ref, idCol, idCell.error)];
  const lost = idCol === undefined ? undefined : lostIdIssue(mapping, ref, idCol, idCell);
  if (lost) return [lost];
  if (idCol !== undefined && !isBlank(idCell))
    return [cellIssue('input.studentId.unreadable', ref, idCol, cellText(idCell))];
  if (nameAlsoKeys || idCol === undefined) return [rowIssue('input.row.noKey', ref)];
  return [cellIssue('input.row.noStudentId', ref, idCol, '')];
}

/**
 * The note for a 学号 whose digits are lost, or undefined: an export of displayed text is asked to
 * export 学号 as text; a number (or its scientific text) in a workbook, to format the column as text.
 */
export function lostIdIssue(
  mapping: TableMapping,
  ref: RowRef,
  idCol: number,
  idCell: CellValue | undefined,
): Issue | undefined {
  if (mapping.displayed === true && displayedDigitsLost(idCell))
    return cellIssue('input.studentId.digitsLost', ref, idCol, cellText(idCell));
  const shown = lostDigitsDisplay(idCell);
  if (shown !== undefined) return cellIssue('input.studentId.scientific', ref, idCol, shown);
  if (looksScientific(idCell))
    return cellIssue('input.studentId.scientific', ref, idCol, cellText(idCell));
  return undefined;
}

/**
 * The placeholder key of a member in a roster without 学号: 张三（2023级1班）, or the name alone
 * without a class. The pipeline replaces it by the 学号 the grade data gives 姓名 + 班级.
 */
export function nameClassKey(row: Row, c: TableMapping<'roster'>['columns']): string | undefined {
  const name = c.name === undefined ? '' : cellText(row[c.name - 1]);
  // Totals rows (合计) and notes are not members.
  if (name === '' || name.length > 20 || isSummaryLabel(name)) return undefined;
  const className = c.className === undefined ? '' : cellText(row[c.className - 1]);
  return className === '' ? name : `${name}（${className}）`;
}
