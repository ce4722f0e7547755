import type { GradeRow } from '../model';
import { termText } from '../model';
import type { CellOut } from '../xlsx/table';
import { gradePoint, remarkCell } from './gradeCells';

/** 强智 grade export as docs/RULES.md §4.2 grade-exports lists it, with the 学号 and 姓名 a class-wide export adds in front. */
export const QIANGZHI_HEADERS = [
  '学号',
  '姓名',
  '序号',
  '开课学期',
  '课程编号',
  '课程名称',
  '成绩',
  '成绩标识',
  '学分',
  '总学时',
  '绩点',
  '补重学期',
  '考核方式',
  '考试性质',
  '课程属性',
  '课程性质',
] as const;

const EXAM = { first: '正常考试', makeup: '补考', retake: '重修' } as const;

/** One row; a mark kept in 成绩标识 leaves 成绩 empty, as 强智 prints it. */
export function qiangzhiRow(g: GradeRow, seq: number): CellOut[] {
  const g2 = g.grade;
  const score =
    g2.kind === 'numeric'
      ? g2.value
      : g2.kind === 'mark'
        ? g2.where === 'score'
          ? g2.mark
          : null
        : g2.label;
  return [
    g.studentId,
    g.name,
    seq,
    termText(g.term),
    g.course.code,
    g.course.name,
    score,
    remarkCell(g2),
    g.course.credit,
    g.course.credit * 16,
    gradePoint(g2),
    g.attempt === 'first' ? null : termText(g.term),
    g.course.assessment,
    EXAM[g.attempt],
    g.course.nature.includes('选修') ? '选修' : '必修',
    g.course.nature,
  ];
}
