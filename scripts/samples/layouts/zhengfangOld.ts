import type { Grade, GradeRow, Student } from '../model';
import type { CellOut } from '../xlsx/table';
import { gradePoint, remarkCell, scoreCell } from './gradeCells';

/** 正方 (old system) export as docs/RULES.md §4.2 grade-exports lists it, with 学号 and 姓名 in front. */
export const ZHENGFANG_OLD_HEADERS = [
  '学号',
  '姓名',
  '学年',
  '学期',
  '课程代码',
  '课程名称',
  '课程性质',
  '课程归属',
  '学分',
  '绩点',
  '成绩',
  '辅修标记',
  '补考成绩',
  '重修成绩',
  '学院名称',
  '备注',
  '重修标记',
] as const;

/**
 * One row per first attempt: the old system writes a 补考 score and a 重修 score in columns of the
 * first attempt's row instead of rows of their own.
 */
export function zhengfangOldRows(
  rows: readonly GradeRow[],
  students: ReadonlyMap<string, Student>,
): CellOut[][] {
  const later = (g: GradeRow, attempt: 'makeup' | 'retake'): Grade | undefined =>
    rows.find(
      (r) =>
        r.attempt === attempt && r.studentId === g.studentId && r.course.code === g.course.code,
    )?.grade;
  return rows
    .filter((g) => g.attempt === 'first')
    .map((g) => {
      const makeup = later(g, 'makeup');
      const retake = later(g, 'retake');
      return [
        g.studentId,
        g.name,
        `${g.term.startYear}-${g.term.startYear + 1}`,
        g.term.term,
        g.course.code,
        g.course.name,
        g.course.nature,
        null,
        g.course.credit,
        gradePoint(g.grade),
        scoreCell(g.grade),
        '0',
        makeup ? scoreCell(makeup) : null,
        retake ? scoreCell(retake) : null,
        students.get(g.studentId)?.college ?? null,
        remarkCell(g.grade),
        retake ? '1' : '0',
      ];
    });
}
