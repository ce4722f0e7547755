import type { CellValue, Row, RowRef } from '../cells';
import { AcademicAccumulator } from '../academic/accumulator';
import type { Policy } from '../policy/types';
import type { AttendanceRecord, DelegateRecord, MemberRecord, SanctionRecord } from '../records';
import type { TableMapping } from '../tables';
import { readAttendance, readDelegate, readMember, readSanction } from '../normalize/rowReaders';
import { GradeRowReader } from '../normalize/rows/readGradeEntry';
import { TranscriptReader } from '../normalize/rows/readTranscript';
import { WideGradeReader } from '../normalize/rows/readWideGrades';
import { NameClassIndex } from '../academic/nameClass';
import { cellText } from '../normalize/text';
import type { Collected, RosterSnapshot } from './collected';
import { neededColumns } from './neededColumns';
import { sheetKey } from './sheetKey';
import type { Issue } from '../issue';

/** Row-level issues kept in full; beyond this only a count, so a broken 1M-row export stays readable. */
const MAX_ROW_ISSUES = 200;

interface Route {
  readonly mapping: TableMapping;
  /** The first row the table reads: a transcript's first student line stands above its header. */
  readonly from: number;
  readonly roster?: { rows: { ref: RowRef; cells: CellValue[] }[] };
  /** One reader per grade table, so a value repeated down a column is normalised once. */
  readonly grades?: GradeRowReader;
  /** A class grade summary: one row, one entry per course. */
  readonly wide?: WideGradeReader;
  /** Personal transcripts: the student comes from the line above each block. */
  readonly transcript?: TranscriptReader;
}

/** What a workbook says about reading its cells. */
export interface CollectorOptions {
  /** Date serials count from 1904-01-01 (Excel's 1904 date system). */
  readonly date1904?: boolean;
}

/**
 * Takes rows as a reader produces them (block by block, sheet by sheet) and keeps only what the rules
 * need: roster rows, per-student grade sums, sanctions, attendance, delegates.
 */
export class Collector {
  private readonly routes = new Map<string, Route[]>();
  private readonly mappings: TableMapping[] = [];
  private readonly members: MemberRecord[] = [];
  private readonly rosters: RosterSnapshot[] = [];
  private readonly academic = new AcademicAccumulator();
  private readonly sanctions: SanctionRecord[] = [];
  private readonly attendance: AttendanceRecord[] = [];
  private readonly delegates: DelegateRecord[] = [];
  private readonly issues: Issue[] = [];
  private readonly people = new NameClassIndex();
  // Students already in `people`. Exports sorted by student skip on the compare with the last one;
  // exports sorted by course (正方 often is) on a set lookup, never on building a key per row.
  private lastNoted: string | undefined;
  private readonly noted = new Set<string>();
  private issuesDropped = 0;
  private gradeRows = 0;
  // Rows arrive sheet by sheet: the last sheet's routes spare a key and a lookup per row.
  private lastFile: string | undefined;
  private lastSheet: string | undefined;
  private lastRoutes: Route[] | undefined;

  constructor(
    private readonly policy: Policy,
    mappings: readonly TableMapping[] = [],
    private readonly options: CollectorOptions = {},
  ) {
    this.addTables(mappings);
  }

  /** Registers tables; streaming readers add each sheet's tables once its head has been seen. */
  addTables(mappings: readonly TableMapping[]): void {
    for (const mapping of mappings) {
      this.mappings.push(mapping);
      const key = sheetKey(mapping.file, mapping.sheet);
      const from = mapping.subjectRow ?? mapping.firstDataRow;
      const route: Route =
        mapping.kind === 'roster'
          ? { mapping, from, roster: { rows: [] } }
          : mapping.kind === 'grades' && mapping.wide
            ? {
                mapping,
                from,
                wide: new WideGradeReader(mapping as TableMapping<'grades'>, this.policy.grading),
              }
            : mapping.kind === 'grades' && mapping.subject === 'perBlock'
              ? {
                  mapping,
                  from,
                  transcript: new TranscriptReader(
                    mapping as TableMapping<'grades'>,
                    this.policy.grading,
                  ),
                }
              : mapping.kind === 'grades'
                ? {
                    mapping,
                    from,
                    grades: new GradeRowReader(
                      mapping as TableMapping<'grades'>,
                      this.policy.grading,
                    ),
                  }
                : { mapping, from };
      const list = this.routes.get(key);
      if (list) list.push(route);
      else this.routes.set(key, [route]);
      if (route.roster)
        this.rosters.push({ mapping: mapping as TableMapping<'roster'>, rows: route.roster.rows });
    }
    this.lastRoutes = undefined;
  }

  /** 1-based columns the check needs from a sheet (see neededColumns); null when it holds no table. */
  columnsFor(file: string | undefined, sheet: string): number[] | null {
    return neededColumns(this.mappings, file, sheet);
  }

  /** Takes one sheet row (index 0 = column A). Rows outside every table are ignored. */
  push(file: string | undefined, sheet: string, rowNumber: number, row: Row): void {
    let list = this.lastRoutes;
    if (list === undefined || sheet !== this.lastSheet || file !== this.lastFile) {
      list = this.routes.get(sheetKey(file, sheet));
      if (!list) return;
      this.lastFile = file;
      this.lastSheet = sheet;
      this.lastRoutes = list;
    }
    for (const route of list) {
      const m = route.mapping;
      if (rowNumber < route.from) continue;
      if (m.lastDataRow !== undefined && rowNumber > m.lastDataRow) continue;
      this.take(route, rowNumber, row);
    }
  }

  private take(route: Route, rowNumber: number, row: Row): void {
    const m = route.mapping;
    if (route.grades !== undefined) {
      // The common path of a big export: fields straight into the tallies, no object per row.
      const grades = route.grades;
      const read = grades.next(row, rowNumber);
      if (grades.issues.length > 0) this.note(grades.issues);
      if (read !== undefined) {
        this.gradeRows++;
        this.academic.addRow(read);
        const classCol = m.columns.className;
        const id = read.studentId;
        if (classCol !== undefined && id !== this.lastNoted && !this.noted.has(id))
          this.notePerson(id, read.name, cellText(row[classCol - 1]));
      }
      return;
    }
    if (route.wide !== undefined) {
      const wide = route.wide;
      const entries = wide.read(row, rowNumber, (f) => {
        this.gradeRows++;
        this.academic.addRow(f);
      });
      if (wide.issues.length > 0) this.note(wide.issues);
      if (entries !== undefined) this.notePerson(wide.studentId, wide.name, wide.className ?? '');
      return;
    }
    if (route.transcript !== undefined) {
      const transcript = route.transcript;
      const read = transcript.next(row, rowNumber);
      if (transcript.issues.length > 0) this.note(transcript.issues);
      if (read !== undefined) {
        this.gradeRows++;
        this.academic.addRow(read);
        const line = transcript.student;
        const id = read.studentId;
        if (id !== this.lastNoted) this.notePerson(id, line?.name, line?.className ?? '');
      }
      return;
    }
    const ref: RowRef =
      m.file === undefined
        ? { sheet: m.sheet, row: rowNumber }
        : { file: m.file, sheet: m.sheet, row: rowNumber };
    switch (m.kind) {
      case 'grades': {
        const reader =
          route.grades ?? new GradeRowReader(m as TableMapping<'grades'>, this.policy.grading);
        const out = reader.read(row, ref);
        this.note(out.issues);
        if (out.record) {
          this.gradeRows++;
          this.academic.add(out.record);
        }
        return;
      }
      case 'roster': {
        const out = readMember(row, m as TableMapping<'roster'>, ref);
        this.note(out.issues);
        if (out.record) {
          this.members.push(out.record);
          route.roster?.rows.push({ ref, cells: Array.from(row, (c) => c ?? null) });
        }
        return;
      }
      case 'discipline': {
        const out = readSanction(
          row,
          m as TableMapping<'discipline'>,
          ref,
          this.options.date1904 === true,
        );
        this.note(out.issues);
        if (out.record) this.sanctions.push(out.record);
        return;
      }
      case 'attendance': {
        const out = readAttendance(row, m as TableMapping<'attendance'>, ref);
        this.note(out.issues);
        if (out.record) this.attendance.push(out.record);
        return;
      }
      case 'delegates': {
        const out = readDelegate(row, m as TableMapping<'delegates'>, ref);
        this.note(out.issues);
        if (out.record) this.delegates.push(out.record);
        return;
      }
    }
  }

  /** Remembers who a grade row names by 姓名 + 班级, for rosters without 学号. */
  private notePerson(studentId: string | undefined, name: string | undefined, className: string) {
    if (studentId === undefined) return;
    this.lastNoted = studentId;
    this.noted.add(studentId);
    if (name !== undefined && className !== '') this.people.note(studentId, name, className);
  }

  private note(issues: readonly Issue[]): void {
    for (const issue of issues) {
      if (this.issues.length < MAX_ROW_ISSUES) this.issues.push(issue);
      else this.issuesDropped++;
    }
  }

  /** Everything collected; the collector should not be pushed to afterwards. */
  finish(): Collected {
    return {
      mappings: this.mappings,
      members: this.members,
      rosters: this.rosters,
      academic: this.academic,
      gradeRows: this.gradeRows,
      sanctions: this.sanctions,
      attendance: this.attendance,
      delegates: this.delegates,
      issues: this.issues,
      issuesDropped: this.issuesDropped,
      people: this.people,
    };
  }
}
