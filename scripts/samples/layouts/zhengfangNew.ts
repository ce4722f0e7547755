import type { GradeRow } from '../model';
import { termText } from '../model';
import type { CellOut } from '../xlsx/table';
import { gradePoint, remarkCell, scoreCell, times } from './gradeCells';

/** The 正方 (new system) grade export header, exactly as docs/RULES.md §4.2 grade-exports lists it. */
export const ZHENGFANG_NEW_HEADERS = [
  '学年',
  '学期',
  '课程代码',
  '课程名称',
  '课程性质',
  '学分',
  '成绩备注',
  '绩点',
  '成绩性质',
  '是否学位课程',
  '开课学院',
  '课程标记',
  '课程类别',
  '课程归属',
  '教学班',
  '任课教师',
  '考核方式',
  '学号',
  '姓名',
  '学生标记',
  '成绩',
  '是否成绩作废',
  '学分绩点',
] as const;

/** 0-based column of 学号 in the layout (formatted as text). */
export const ZHENGFANG_NEW_ID_COLUMN = ZHENGFANG_NEW_HEADERS.indexOf('学号');

const NATURE = { first: '正常考试', makeup: '补考', retake: '重修' } as const;

/** One grade row in the 正方 new layout; `score` overrides the score cell (text grades in the corpus). */
export function zhengfangNewRow(g: GradeRow, score?: CellOut): CellOut[] {
  const gp = gradePoint(g.grade);
  return [
    `${g.term.startYear}-${g.term.startYear + 1}`,
    g.term.term,
    g.course.code,
    g.course.name,
    g.course.nature,
    g.course.credit,
    remarkCell(g.grade),
    gp,
    NATURE[g.attempt],
    '否',
    g.course.college,
    '主修',
    g.course.category,
    null,
    `(${termText(g.term)})-${g.course.code}-01`,
    g.course.teacher,
    g.course.assessment,
    g.studentId,
    g.name,
    null,
    score === undefined ? scoreCell(g.grade) : score,
    g.voided ? '是' : '否',
    times(g.course.credit, gp),
  ];
}
