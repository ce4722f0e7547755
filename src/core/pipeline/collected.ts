import type { CellValue, RowRef } from '../cells';
import type { AcademicAccumulator } from '../academic/accumulator';
import type { NameClassIndex } from '../academic/nameClass';
import type { AttendanceRecord, DelegateRecord, MemberRecord, SanctionRecord } from '../records';
import type { TableMapping } from '../tables';
import type { Issue } from '../issue';

/** A roster as read, every column kept, for the report's annotated copy. */
export interface RosterSnapshot {
  readonly mapping: TableMapping<'roster'>;
  readonly rows: readonly { readonly ref: RowRef; readonly cells: readonly CellValue[] }[];
}

/** Everything read from the workbook, before any rule runs. Memory follows the roster, not the grade rows. */
export interface Collected {
  readonly mappings: readonly TableMapping[];
  readonly members: readonly MemberRecord[];
  readonly rosters: readonly RosterSnapshot[];
  readonly academic: AcademicAccumulator;
  readonly gradeRows: number;
  readonly sanctions: readonly SanctionRecord[];
  readonly attendance: readonly AttendanceRecord[];
  readonly delegates: readonly DelegateRecord[];
  readonly issues: readonly Issue[];
  /** Row-level issues beyond the cap kept in `issues`. */
  readonly issuesDropped: number;
  /** 学号 by 姓名 + 班级 from grade rows that carry both (rosters without 学号). */
  readonly people?: NameClassIndex;
}
