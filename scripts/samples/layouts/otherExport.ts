import type { GradeRow, Student } from '../model';
import { termText } from '../model';
import type { CellOut } from '../xlsx/table';
import { remarkCell, scoreCell } from './gradeCells';

/** A generic export (docs/RULES.md §4.2 grade-exports, "other exports"): 学年学期, 上课专业, 上课年级, 总成绩, 修读类型, 取得方式, 成绩标志. */
export const OTHER_EXPORT_HEADERS = [
  '学号',
  '姓名',
  '学年学期',
  '上课专业',
  '上课年级',
  '上课班级',
  '课程名称',
  '学分',
  '总成绩',
  '修读类型',
  '取得方式',
  '成绩标志',
] as const;

/** Rows of first attempts only (the case that uses this layout has no 补考/重修). */
export function otherExportRow(
  g: GradeRow,
  student: Student | undefined,
  passed: boolean,
): CellOut[] {
  return [
    g.studentId,
    g.name,
    termText(g.term),
    student?.major ?? null,
    student ? String(student.entryYear) : null,
    student?.className ?? null,
    g.course.name,
    g.course.credit,
    scoreCell(g.grade),
    '初修',
    passed ? '初修取得' : null,
    remarkCell(g.grade),
  ];
}
