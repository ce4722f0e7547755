import type { CellValue, Row, RowRef } from '../../cells';
import type { TableMapping } from '../../tables';
import { tableStudentId } from '../studentId';
import { isBlank } from '../text';
import { at, isSummaryLabel, optionalText, textAt } from './access';
import { addIssue, cellIssue, NO_ISSUES } from './issues';
import { keylessIssues, lostIdIssue } from './keyless';
import type { Issue } from '../../issue';

type PersonTable =
  TableMapping<'attendance'> | TableMapping<'discipline'> | TableMapping<'delegates'>;

/** Who a register row names: a 学号, a 姓名, or both, with a warning for an unreadable 学号. */
export type Person =
  | { readonly skip: readonly Issue[] }
  | {
      readonly studentId: string | undefined;
      readonly name: string | undefined;
      readonly idCell: CellValue | undefined;
      readonly issues: Issue[] | undefined;
    };

/**
 * The person of a discipline, attendance or delegate row, which may name a student by 学号 or by
 * 姓名. Rows naming nobody, and totals rows (合计), are skipped; `byName` registers (delegates) also
 * skip a totals row that happens to carry an ID. `issueCol` is where an unreadable 学号 is reported.
 */
export function readPerson(
  row: Row,
  mapping: PersonTable,
  ref: RowRef,
  opts: { readonly byName: boolean; readonly issueCol: number },
): Person {
  const c = mapping.columns;
  const idCell = at(row, c.studentId);
  const studentId = tableStudentId(idCell, mapping.displayed);
  const name = optionalText(row, c.name);
  const skip = opts.byName
    ? name === undefined
      ? studentId === undefined
      : isSummaryLabel(name)
    : studentId === undefined && (!name || isSummaryLabel(name));
  if (skip)
    return { skip: name ? NO_ISSUES : keylessIssues(row, mapping, ref, c.studentId, idCell, true) };
  let issues: Issue[] | undefined;
  if (studentId === undefined && !isBlank(idCell)) {
    const col = c.studentId ?? opts.issueCol;
    const lost = lostIdIssue(mapping, ref, col, idCell);
    issues = addIssue(
      issues,
      lost ?? cellIssue('input.studentId.unreadable', ref, col, textAt(row, c.studentId)),
    );
  }
  return { studentId, name, idCell, issues };
}
