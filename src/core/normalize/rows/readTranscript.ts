import type { Row } from '../../cells';
import type { Policy } from '../../policy/types';
import type { TableMapping } from '../../tables';
import { namesStudent, studentLineOfRow, type StudentLine } from '../../discovery/studentLine';
import { tableStudentId } from '../studentId';
import { filledCount, isHeaderRepeat, isOneTextRow } from './access';
import { NO_ISSUES, rowIssue } from './issues';
import { GradeRowReader } from './readGradeEntry';
import type { GradeRow } from './gradeRow';
import type { Issue } from '../../issue';

/** The student whose course rows follow: read, or named too poorly to own them. */
type Current =
  | { readonly state: 'none' }
  | { readonly state: 'unusable' }
  | { readonly state: 'named'; readonly line: StudentLine; readonly studentId: string };

const hasColon = (row: Row): boolean =>
  row.some((v) => typeof v === 'string' && (v.includes('：') || v.includes(':')));

/**
 * Reads a stack of personal transcripts (个人成绩单, TableMapping.subject 'perBlock'): a line naming
 * the student ('学号：2531…  姓名：张三  班级：23计应1班') starts a block and owns the course rows under
 * it; repeated headers, titles and footers ('平均学分绩点：3.1') are not data. A course row with no
 * student above it, and a line that names no usable 学号, are reported, never guessed.
 */
export class TranscriptReader {
  private readonly rows: GradeRowReader;
  private current: Current = { state: 'none' };
  /** Issues of the row `next` read last. */
  issues: readonly Issue[] = NO_ISSUES;

  constructor(
    private readonly mapping: TableMapping<'grades'>,
    grading: Policy['grading'],
  ) {
    this.rows = new GradeRowReader(mapping, grading);
  }

  /** The student of the block being read, for the 姓名 + 班级 index. */
  get student(): StudentLine | undefined {
    return this.current.state === 'named' ? this.current.line : undefined;
  }

  next(row: Row, rowNumber: number): GradeRow | undefined {
    this.issues = NO_ISSUES;
    const line = hasColon(row) ? studentLineOfRow(row) : undefined;
    if (line) {
      this.start(line, rowNumber);
      return undefined;
    }
    if (filledCount(row, this.mapping) <= 1 || isOneTextRow(row, this.mapping)) return undefined;
    if (isHeaderRepeat(row, this.mapping)) return undefined;
    const current = this.current;
    if (current.state === 'unusable') return undefined;
    if (current.state === 'none') {
      this.issues = [rowIssue('input.transcript.noStudent', this.ref(rowNumber))];
      return undefined;
    }
    const read = this.rows.next(row, rowNumber);
    this.issues = this.rows.issues;
    return read;
  }

  private start(line: StudentLine, rowNumber: number): void {
    const studentId =
      line.studentId === undefined ? undefined : tableStudentId(line.studentId, undefined);
    if (studentId !== undefined) {
      this.current = { state: 'named', line, studentId };
      this.rows.subject = { studentId, name: line.name, major: line.major };
      return;
    }
    this.current = { state: 'unusable' };
    this.rows.subject = undefined;
    const ref = this.ref(rowNumber);
    this.issues = [
      namesStudent(line)
        ? rowIssue('input.transcript.noStudentId', ref, {
            value: line.studentId ?? line.name ?? '',
          })
        : rowIssue('input.transcript.unnamed', ref),
    ];
  }

  private ref(row: number) {
    const m = this.mapping;
    return m.file === undefined ? { sheet: m.sheet, row } : { file: m.file, sheet: m.sheet, row };
  }
}
