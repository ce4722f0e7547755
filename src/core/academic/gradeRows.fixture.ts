import type { Attempt, GradeEntry, GradeValue } from '../records';
import { parseTermText } from './termKey';

/** Five-level points used by the tests (a policy's `grading.levelPoints` has the same shape). */
export const TEST_LEVEL_POINTS: Readonly<Record<string, number>> = {
  优秀: 95,
  良好: 85,
  中等: 75,
  及格: 65,
  不及格: 50,
};
const TWO_LEVEL: Readonly<Record<string, boolean>> = {
  合格: true,
  通过: true,
  不合格: false,
  不通过: false,
};
const FAIL_MARKS = ['旷考', '缺考', '作弊', '取消资格'];
const OTHER_MARKS = ['缓考', '免修', '免考'];

/** A GradeValue as the row readers would produce it for a cell (pass mark 60). */
export function grade(cell: number | string | null): GradeValue {
  if (cell === null || cell === '') return { kind: 'empty' };
  if (typeof cell === 'number') return { kind: 'numeric', value: cell, pass: cell >= 60 };
  const points = TEST_LEVEL_POINTS[cell];
  if (points !== undefined) return { kind: 'level', label: cell, points, pass: cell !== '不及格' };
  const two = TWO_LEVEL[cell];
  if (two !== undefined) return { kind: 'level', label: cell, pass: two };
  if (FAIL_MARKS.includes(cell)) return { kind: 'mark', mark: cell, fail: true };
  if (OTHER_MARKS.includes(cell)) return { kind: 'mark', mark: cell, fail: false };
  return { kind: 'unknown', raw: cell };
}

export interface RowSpec {
  id: string;
  course: string;
  score: number | string | null;
  term?: string | undefined;
  credit?: number | undefined;
  attempt?: Attempt;
  makeup?: number | string;
  retake?: number | string;
  voided?: boolean;
  name?: string;
  major?: string;
  year?: number;
  sheet?: string;
  file?: string;
  row?: number;
}

let nextRow = 2;

/** A normalised grade row; unspecified fields take ordinary values. */
export function entry(spec: RowSpec): GradeEntry {
  const term = spec.term === undefined ? undefined : parseTermText(spec.term);
  const base: GradeEntry = {
    ref: {
      sheet: spec.sheet ?? '成绩',
      row: spec.row ?? nextRow++,
      ...(spec.file !== undefined ? { file: spec.file } : {}),
    },
    studentId: spec.id,
    courseKey: spec.course,
    courseName: spec.course,
    grade: grade(spec.score),
    attempt: spec.attempt ?? 'first',
    voided: spec.voided ?? false,
    term,
    credit: spec.credit,
    name: spec.name,
    major: spec.major,
    entryYear: spec.year,
  };
  return {
    ...base,
    ...(spec.makeup === undefined ? {} : { makeupGrade: grade(spec.makeup) }),
    ...(spec.retake === undefined ? {} : { retakeGrade: grade(spec.retake) }),
  };
}
