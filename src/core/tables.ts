import type { Row } from './cells';
import type { Attempt, TermKey } from './records';

/** The kinds of table the product recognises in a teacher's workbook (docs/RULES.md §4 inputs). */
export type TableKind = 'roster' | 'grades' | 'discipline' | 'attendance' | 'delegates';

/** Fields of a roster (学生会成员名单). */
export type RosterField =
  | 'seq'
  | 'name'
  | 'studentId'
  | 'gender'
  | 'college'
  | 'major'
  | 'entryYear'
  | 'className'
  | 'department'
  | 'title'
  | 'political'
  | 'phone'
  | 'level'
  | 'schoolRank'
  | 'rankCohortSize'
  | 'rankPercent'
  | 'collegeUnionRole';

/** Fields of a grade export (正方 new and old systems, 强智, others). */
export type GradeField =
  | 'studentId'
  | 'name'
  | 'academicYear'
  | 'term'
  | 'yearTerm'
  | 'courseCode'
  | 'courseName'
  | 'courseNature'
  | 'credit'
  | 'score'
  | 'makeupScore'
  | 'retakeScore'
  | 'attemptType'
  | 'acquisition'
  | 'mark'
  | 'voided'
  | 'major'
  | 'entryYear'
  | 'className'
  | 'college';

/** Fields of a discipline register (处分名单). */
export type DisciplineField =
  'studentId' | 'name' | 'sanction' | 'date' | 'yearTerm' | 'lifted' | 'reason' | 'liftedDate';

/** Fields of an attendance / sign-in sheet (签到/考勤). */
export type AttendanceField =
  'studentId' | 'name' | 'date' | 'event' | 'status' | 'attended' | 'absent' | 'required';

/** Fields of a 学代会 delegate list. */
export type DelegateField =
  'studentId' | 'name' | 'college' | 'entryYear' | 'className' | 'isCadre' | 'identity';

export interface FieldsByKind {
  roster: RosterField;
  grades: GradeField;
  discipline: DisciplineField;
  attendance: AttendanceField;
  delegates: DelegateField;
}

export type AnyField = FieldsByKind[TableKind];

/** The first rows of one sheet, enough to find its tables (readers send the first 60 or so). */
export interface SheetHead {
  readonly file?: string;
  readonly sheet: string;
  /** rows[0] is Excel row `firstRow` (default 1). */
  readonly rows: readonly Row[];
  readonly firstRow?: number;
  /** The last row that may hold data, when the reader knows it (used range); informative only. */
  readonly lastRow?: number;
  readonly hidden?: boolean;
  /** Displayed text from an HTML, tab-separated or CSV export: see TableMapping.displayed. */
  readonly displayed?: boolean;
}

/** A whole sheet in memory (small workbooks, tests, the task pane after reading). */
export interface SheetGrid extends SheetHead {
  readonly rows: readonly Row[];
}

/**
 * Where one table sits and which column holds which field. Discovery proposes it; the teacher may
 * override any part of it (the task pane's column mapping, a policy file).
 */
export interface TableMapping<K extends TableKind = TableKind> {
  readonly kind: K;
  readonly file?: string;
  readonly sheet: string;
  /** 1-based Excel row of the header. */
  readonly headerRow: number;
  /** 1-based Excel row of the first data row (usually headerRow + 1). */
  readonly firstDataRow: number;
  /** Last data row when another block follows on the same sheet; absent = until the data ends. */
  readonly lastDataRow?: number;
  /** 1-based column per recognised field. */
  readonly columns: Readonly<Partial<Record<FieldsByKind[K], number>>>;
  /** Every non-empty header cell as found, for dropdowns and messages. */
  readonly headers: readonly { readonly col: number; readonly text: string }[];
  /** 0..1: how sure discovery is that this is a `kind` table. */
  readonly confidence: number;
  /** Required fields that no column matched. */
  readonly missing: readonly FieldsByKind[K][];
  /** A class grade summary (one column per course) instead of one row per grade; grades only. */
  readonly wide?: WideLayout;
  /**
   * The sheet came from an export of displayed text (HTML, tab-separated or CSV): a long number
   * there is what Excel showed, so an ID may have lost digits (docs/RULES.md §4.6).
   */
  readonly displayed?: boolean;
  /**
   * Per-student transcripts (个人成绩单), grades only: the rows name no student; a label-value line
   * above each block of course rows ('学号：2531…  姓名：张三  班级：23计应1班') does.
   */
  readonly subject?: 'perBlock';
  /** With subject 'perBlock': the 1-based row of the first student's line, above the header. */
  readonly subjectRow?: number;
}

/** One course column of a class grade summary (成绩汇总表). */
export interface WideCourse {
  readonly col: number;
  /** The course name without its number prefix or credit note ('4、高等数学(4)' → 高等数学). */
  readonly name: string;
  /** From the header ('(4)', '（3学分）') or a 学分 row under it; absent = weighted 1. */
  readonly credit?: number;
  /** The 补考 column that follows the course ('高等数学补考', or a bare '补考'). */
  readonly makeupCol?: number;
}

/**
 * How a class grade summary is read: every course column of a student's row is one grade entry.
 * The term and class come from the title row or the sheet name, when they name one.
 */
export interface WideLayout {
  readonly courses: readonly WideCourse[];
  readonly term?: TermKey;
  /** The text the term was read from, and where it stood. */
  readonly termFrom?: { readonly source: 'title' | 'sheet'; readonly text: string };
  /** The class named by the title ('计算机应用技术2023级1班'), for sheets without a 班级 column. */
  readonly className?: string;
  /** The 年级 the title's class carries ('2023级'), for sheets without a 年级 column. */
  readonly entryYear?: number;
  /** A 补考 sheet: its scores are make-up attempts, not first attempts. */
  readonly attempt: Attempt;
  /** Columns that are not courses (总分, 平均分, 名次, 班级排名): shown to the teacher, never read. */
  readonly summary: readonly { readonly col: number; readonly text: string }[];
}
