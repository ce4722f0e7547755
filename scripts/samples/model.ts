/**
 * The sample data as plain values, before any layout: the writers turn it into sheets and CSV files,
 * and expected/ computes the outcome from it. Nothing here depends on src/core.
 */

/** A term: start year of the academic year and 1 (autumn) or 2 (spring). */
export interface Term {
  readonly startYear: number;
  readonly term: 1 | 2;
}

export type FiveLevel = '优秀' | '良好' | '中等' | '及格' | '不及格';
export type TwoLevel = '合格' | '不合格';

/** How a course is graded. */
export type Scale = 'numeric' | 'five' | 'two';

/**
 * A grade as generated. `mark` grades carry where the layout puts the mark: in the score cell itself,
 * or in a remark column (成绩备注 / 成绩标识 / 成绩标志) beside a 0 (旷考) or an empty score (缓考).
 */
export type Grade =
  | { readonly kind: 'numeric'; readonly value: number }
  | { readonly kind: 'five'; readonly label: FiveLevel }
  | { readonly kind: 'two'; readonly label: TwoLevel }
  | { readonly kind: 'mark'; readonly mark: '旷考' | '缓考'; readonly where: 'score' | 'remark' };

export interface Course {
  readonly code: string;
  readonly name: string;
  /** Credits, always a multiple of 0.5. */
  readonly credit: number;
  readonly scale: Scale;
  /** 课程性质: 必修课 / 选修课 / 公共必修课 ... */
  readonly nature: string;
  /** 课程类别 */
  readonly category: string;
  /** 开课学院 */
  readonly college: string;
  /** 考核方式: 考试 / 考查 */
  readonly assessment: string;
  readonly teacher: string;
}

export type Attempt = 'first' | 'makeup' | 'retake';

export interface GradeRow {
  readonly studentId: string;
  readonly name: string;
  readonly term: Term;
  readonly course: Course;
  grade: Grade;
  readonly attempt: Attempt;
  /** 是否成绩作废 = 是 */
  readonly voided: boolean;
}

/** A student in the grade data (member or not), with the truth the layouts may not show. */
export interface Student {
  readonly studentId: string;
  readonly name: string;
  readonly gender: '男' | '女';
  readonly college: string;
  readonly major: string;
  readonly entryYear: number;
  readonly className: string;
  /** Latent ability the scores are drawn around (not written anywhere). */
  ability: number;
}

/** One roster row. */
export interface Member {
  readonly studentId: string;
  readonly name: string;
  readonly gender: string;
  readonly college: string;
  readonly major: string;
  readonly entryYear: number;
  readonly className: string;
  readonly department: string;
  readonly title: string;
  /** 政治面貌 as typed ('' = left empty). */
  readonly political: string;
  /** 院学生会任职 ('' = none). */
  readonly collegeRole: string;
  readonly phone: string;
  /** The school's own 综合排名 as `rank/size`, when the roster carries one. */
  readonly schoolRank?: { readonly rank: number; readonly size: number };
}

export type SanctionLevel = '警告' | '严重警告' | '记过' | '留校察看' | '开除学籍';

export interface Sanction {
  readonly studentId: string;
  readonly name: string;
  readonly level: SanctionLevel;
  /** ISO date YYYY-MM-DD. */
  readonly date: string;
  readonly reason: string;
  readonly lifted: boolean;
}

export interface Delegate {
  readonly studentId: string;
  readonly name: string;
  readonly college: string;
  readonly entryYear: number;
  readonly isCadre: boolean;
}

/** Everything one check sees. */
export interface SampleData {
  readonly members: Member[];
  /** Every student that appears in the grade data, members among them. */
  readonly students: Student[];
  readonly grades: GradeRow[];
  readonly sanctions: Sanction[];
  /** Absent when the input has no delegate sheet. */
  readonly delegates?: Delegate[];
  readonly studentsServed?: number;
  /** Whether the roster has the 院学生会任职 column. */
  readonly hasCollegeRoleColumn: boolean;
}

/** `2025-2026-1` */
export function termText(term: Term): string {
  return `${term.startYear}-${term.startYear + 1}-${term.term}`;
}

/** A sortable integer for a term. */
export function termCode(term: Term): number {
  return term.startYear * 4 + term.term;
}
