import type { RowRef } from './cells';
import type { MessageKey } from './messages';

/** 政治面貌, normalised (docs/RULES.md §4.5 political-values). `unknown` = a value the product does not recognise. */
export type PoliticalStatus =
  | 'party-member'
  | 'probationary-member'
  | 'league-member'
  | 'masses'
  | 'democratic-party'
  | 'non-partisan'
  | 'unknown'
  | 'missing';

/** Which union a roster row belongs to when the roster has a 级别 column. */
export type UnionLevel = 'school' | 'college';

/** The school's own ranking, when the roster (or a grade sheet) carries one. */
export interface SchoolRank {
  readonly rank?: number;
  readonly cohortSize?: number;
  /** 0..100; given directly ("前8%") or derived from rank / cohortSize. */
  readonly percent?: number;
  readonly raw: string;
}

/**
 * One roster row, normalised. Text fields are trimmed, NFKC-folded; IDs are always text.
 * A field read from a cell is `?: T | undefined`: the readers write every field, a blank cell as
 * `undefined`, so that a million rows share one object shape (and one hidden class).
 */
export interface MemberRecord {
  readonly ref: RowRef;
  readonly studentId: string;
  readonly name: string;
  readonly gender?: string | undefined;
  readonly college?: string | undefined;
  readonly major?: string | undefined;
  readonly entryYear?: number | undefined;
  readonly className?: string | undefined;
  readonly department?: string | undefined;
  readonly title?: string | undefined;
  readonly political: PoliticalStatus;
  readonly politicalRaw?: string | undefined;
  readonly level?: UnionLevel | undefined;
  readonly schoolRank?: SchoolRank | undefined;
  /** The 院学生会 role column, when the roster has one (from-colleges rule). */
  readonly collegeUnionRole?: string | undefined;
  /**
   * `name-class`: the roster has no 学号 column; the member is matched to the grade data by 姓名 +
   * 班级, and `studentId` is the matched 学号 (or, unmatched, a placeholder such as 张三（1班）).
   */
  readonly keyedBy?: 'name-class';
  /** Why a member keyed by 姓名 + 班级 matches no single student: eligibility is 待核实. */
  readonly unmatched?: {
    readonly messageKey: MessageKey;
    readonly params: Readonly<Record<string, string | number>>;
  };
}

/** A graded result after normalisation (docs/RULES.md §4.4 grade-values). */
export type GradeValue =
  | { readonly kind: 'numeric'; readonly value: number; readonly pass: boolean }
  | {
      readonly kind: 'level';
      readonly label: string;
      /** Points for the weighted average; absent for two-level grades (合格/通过), which are left out. */
      readonly points?: number;
      readonly pass: boolean;
    }
  | {
      readonly kind: 'mark';
      readonly mark: string;
      /** 旷考, 缺考, 作弊, 取消资格 fail; 缓考, 免修, 免考 do not. */
      readonly fail: boolean;
    }
  | { readonly kind: 'empty' }
  | { readonly kind: 'unknown'; readonly raw: string };

/** How a grade row was obtained. */
export type Attempt = 'first' | 'makeup' | 'retake' | 'deferred' | 'unknown';

/** A term as a sortable key: start year of the academic year, then 1 or 2 (or 3 for a summer term). */
export interface TermKey {
  readonly startYear: number;
  readonly term: number;
}

/** One grade row, normalised; cell fields are `T | undefined` as in MemberRecord. */
export interface GradeEntry {
  readonly ref: RowRef;
  readonly studentId: string;
  readonly name?: string | undefined;
  readonly term?: TermKey | undefined;
  /** Course code when present, otherwise the normalised course name. */
  readonly courseKey: string;
  readonly courseName: string;
  readonly credit?: number | undefined;
  readonly grade: GradeValue;
  /** 1-based column the grade was read from, to name the cell when it cannot be read. */
  readonly gradeCol?: number | undefined;
  readonly attempt: Attempt;
  /** 补考成绩 / 重修成绩 columns of the old 正方 layout, on the same row. */
  readonly makeupGrade?: GradeValue | undefined;
  readonly retakeGrade?: GradeValue | undefined;
  /** 是否成绩作废 = 是: the row is ignored. */
  readonly voided: boolean;
  readonly major?: string | undefined;
  readonly entryYear?: number | undefined;
  readonly college?: string | undefined;
}

/** 处分等级 in order of gravity. */
/** Discipline that is not a school sanction: the league's, the party's, or criticism (通报批评). */
export type NotSchoolSanction = 'league' | 'party' | 'criticism';
/** The membership a record ends: 开除团籍, 开除党籍, 取消预备党员资格. */
export type EndedMembership = 'league' | 'party' | 'probationary';

export type SanctionLevel = '警告' | '严重警告' | '记过' | '记大过' | '留校察看' | '开除学籍';

export interface SanctionRecord {
  readonly ref: RowRef;
  readonly studentId?: string | undefined;
  readonly name?: string | undefined;
  /** `undefined` when the text names no school sanction (reported, not guessed). */
  readonly level?: SanctionLevel | undefined;
  /** League or party discipline, or criticism: not a 校纪处分, told to the teacher as a note. */
  readonly notSchool?: NotSchoolSanction;
  /** The membership the record ends (开除团籍, 开除党籍, 取消预备党员资格): see the political rule. */
  readonly ends?: EndedMembership;
  readonly raw: string;
  /** ISO date `YYYY-MM-DD` when known. */
  readonly date?: string | undefined;
  readonly term?: TermKey | undefined;
  readonly lifted: boolean;
  readonly reason?: string | undefined;
  /** ISO date the sanction was lifted (解除日期), when the register gives one. */
  readonly liftedOn?: string;
}

/** Attendance of one person, one row = one event or one person's totals. */
export interface AttendanceRecord {
  readonly ref: RowRef;
  readonly studentId?: string | undefined;
  readonly name?: string | undefined;
  readonly attended: number;
  readonly required: number;
}

export interface DelegateRecord {
  readonly ref: RowRef;
  readonly studentId?: string | undefined;
  readonly name: string;
  readonly college?: string | undefined;
  readonly entryYear?: number | undefined;
  /** `undefined`: not stated in the sheet, decided by matching the roster. */
  readonly isCadre?: boolean | undefined;
}
