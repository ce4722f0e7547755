/**
 * The standard small union every hostile case starts from, so each case differs from it by one
 * hostile feature and its expected outcome can be worked out by hand.
 */
import { cellString } from './grids';
import type { SpecCell, SpecSheet } from './spec';

export interface Person {
  readonly name: string;
  readonly id: SpecCell;
  readonly dept: string;
  readonly title: string;
  readonly political: SpecCell;
}

export const ROSTER_HEADER = [
  '序号',
  '姓名',
  '学号',
  '学院',
  '专业',
  '年级',
  '部门',
  '职务',
  '政治面貌',
] as const;

/** Six members: a clean presidium and one department with 2 heads and 2 staff; 陈静 is 群众. */
export const UNION: readonly Person[] = [
  { name: '张伟', id: '2023030201001', dept: '主席团', title: '主席', political: '中共党员' },
  { name: '李娜', id: '2023030201002', dept: '主席团', title: '副主席', political: '共青团员' },
  { name: '王芳', id: '2023030201003', dept: '学习部', title: '部长', political: '共青团员' },
  { name: '刘洋', id: '2023030201004', dept: '学习部', title: '副部长', political: '中共预备党员' },
  { name: '陈静', id: '2023030201005', dept: '学习部', title: '干事', political: '群众' },
  { name: '杨帆', id: '2023030201006', dept: '学习部', title: '干事', political: '共青团员' },
];

/** Plain 学号 strings of the standard union, in roster order. */
export const IDS = UNION.map((p) => cellString(p.id));

/** A roster row in the standard column order; `seq` is 序号. */
export function rosterRow(p: Person, seq: number): SpecCell[] {
  return [seq, p.name, p.id, '信息工程学院', '软件技术', '2023级', p.dept, p.title, p.political];
}

/**
 * A roster sheet as teachers keep it: merged title on row 1, a blank row 2, the header on row 3,
 * members from row 4; the 学号 column is formatted as text.
 */
export function rosterSheet(
  people: readonly Person[] = UNION,
  extra: Partial<SpecSheet> = {},
  name = '学生会名单',
): SpecSheet {
  return {
    name,
    rows: [
      ['XX学院学生会工作人员名单'],
      [],
      [...ROSTER_HEADER],
      ...people.map((p, i) => rosterRow(p, i + 1)),
    ],
    merges: ['A1:I1'],
    textColumns: [3],
    ...extra,
  };
}

export const GRADE_HEADER = ['学年', '学期', '课程名称', '学分', '成绩', '学号', '姓名'] as const;

/** Two courses per member of `people` in 2024-2025 term 2; `score(i, course)` gives each score. */
export function gradeRows(
  people: readonly Person[] = UNION,
  score: (i: number, course: number) => SpecCell = () => 85,
): SpecCell[][] {
  const courses: [string, number][] = [
    ['高等数学', 4],
    ['大学英语', 3],
  ];
  return people.flatMap((p, i) =>
    courses.map(([course, credit], c) => [
      '2024-2025',
      '2',
      course,
      credit,
      score(i, c),
      cellString(p.id),
      p.name,
    ]),
  );
}

/** A grade sheet with its header on row 1. */
export function gradeSheet(
  rows: readonly SpecCell[][] = gradeRows(),
  extra: Partial<SpecSheet> = {},
  name = '成绩',
): SpecSheet {
  return { name, rows: [[...GRADE_HEADER], ...rows], textColumns: [6], ...extra };
}
