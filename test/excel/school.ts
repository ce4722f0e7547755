/**
 * A whole university's grade export at Excel's row limit, as a generated sheet of the double: 19
 * columns of a 正方-like export of which the check maps 6 (开课学期, 课程名称, 学分, 学号, 姓名, 成绩),
 * and a roster of members drawn from the same students. Values come from (row, col) alone, so the
 * jest test, the bench and the browser test build the same workbook without storing it.
 */
import { presetPolicy } from '../../src/core/policy/presets';
import type { Policy } from '../../src/core/policy/types';
import { DoubleWorkbook, type Scalar } from '../excel-double';
import { MAX_ROWS } from '../excel-double/limits';
import { jsonBytes } from '../excel-double/size';
import { cellAt, usedRect } from '../excel-double/state';

export const GRADE_SHEET = '全校成绩';
export const ROSTER_SHEET = '学生会名单';

export const GRADE_HEADERS = [
  '序号',
  '开课学期',
  '课程名称',
  '学分',
  '绩点',
  '开课学院',
  '教学班',
  '任课教师',
  '考核方式',
  '学号',
  '姓名',
  '成绩',
  '学生标记',
  '是否学位课程',
  '选课课号',
  '总学时',
  '课程归属',
  '学分绩点',
  '授课方式',
] as const;

/** The columns discovery maps (1-based), for the figures: 开课学期..学分 and 学号..成绩. */
export const MAPPED_GRADE_COLUMNS = [2, 3, 4, 10, 11, 12] as const;

const COURSES_PER_STUDENT = 35;
const COURSES = [
  '高等数学',
  '大学英语',
  '线性代数',
  '概率论与数理统计',
  '大学物理',
  '程序设计基础',
  '数据结构',
  '计算机组成原理',
  '操作系统',
  '计算机网络',
  '数据库原理',
  '软件工程',
  '思想道德与法治',
  '中国近现代史纲要',
  '马克思主义基本原理',
  '毛泽东思想和中国特色社会主义理论体系概论',
  '形势与政策',
  '大学体育',
  '军事理论',
  '心理健康教育',
  '职业生涯规划',
  '创新创业基础',
  '离散数学',
  '算法设计与分析',
  '编译原理',
  '人工智能导论',
  '机器学习',
  '数字电路',
  '信号与系统',
  '工程制图',
  '管理学原理',
  '会计学基础',
  '经济学原理',
  '大学语文',
  '劳动教育',
];
const COLLEGES = ['信息工程学院', '机电工程学院', '经济管理学院', '外国语学院', '马克思主义学院'];
const TEACHERS = ['王建国', '李红梅', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄丽'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鑫宇浩然'.split('');

/** A well-mixed 32-bit hash of two integers (deterministic, no state). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** Every student sits 35 courses: row r (from 2) is course (r-2) % 35 of student (r-2) / 35. */
export function studentOfRow(row: number): number {
  return Math.floor((row - 2) / COURSES_PER_STUDENT);
}

// Kept per student: the generator is called for every cell read, a million times per column.
const ids: string[] = [];
const names: string[] = [];

/** The 学号 of student s: entry year, then a running number (text, as every export keeps it). */
export function studentId(s: number): string {
  return (ids[s] ??= `${2021 + (s % 4)}${String(100000 + s).padStart(6, '0')}`);
}

/** A plausible two- or three-character name for student s. */
export function studentName(s: number): string {
  const given = GIVEN[s % GIVEN.length]!;
  const second = s % 3 === 0 ? '' : GIVEN[Math.floor(s / GIVEN.length) % GIVEN.length]!;
  return (names[s] ??= `${SURNAMES[Math.floor(s / 7) % SURNAMES.length]!}${given}${second}`);
}

const TERMS = ['2024-2025-1', '2024-2025-2'];

/** Every 15th student is a member of the union (so members' grades are spread over the sheet). */
export const MEMBER_STRIDE = 15;

function score(s: number, course: number): Scalar {
  const h = mix(s, course);
  // Members do well (their rank and failed-course rules pass); others spread from 40 to 100.
  if (s % MEMBER_STRIDE === 0) return 85 + (h % 15);
  if (h % 211 === 0) return '良好';
  return 40 + (h % 61);
}

function credit(course: number): number {
  return 1 + (course % 4) * 0.5 + (course % 3 === 0 ? 1 : 0);
}

function points(s: number, c: number): number {
  const sc = score(s, c);
  return typeof sc === 'number' ? Math.max(0, Math.round((sc - 50) / 10) * 10) / 10 : 3.5;
}

/** The value of (row, col) of the grade sheet: the header on row 1, a grade line below. */
export function gradeValue(row: number, col: number): Scalar | null {
  if (row === 1) return GRADE_HEADERS[col - 1] ?? null;
  // Only what the column needs is computed: a million-row read calls this six million times.
  const s = studentOfRow(row);
  const c = (row - 2) % COURSES_PER_STUDENT;
  const term = c < 18 ? 1 : 2;
  switch (col) {
    case 1:
      return row - 1;
    case 2:
      return TERMS[term - 1]!;
    case 3:
      return COURSES[c]!;
    case 4:
      return credit(c);
    case 5:
      return points(s, c);
    case 6:
      return COLLEGES[c % COLLEGES.length]!;
    case 7:
      return `(2024-2025-${term})-${1000 + c}-${(s % 12) + 1}`;
    case 8:
      return TEACHERS[(c * 5) % TEACHERS.length]!;
    case 9:
      return c % 5 === 4 ? '考查' : '考试';
    case 10:
      return studentId(s);
    case 11:
      return studentName(s);
    case 12:
      return score(s, c);
    case 13:
      return null;
    case 14:
      return c < 12 ? '是' : '否';
    case 15:
      return `${1000 + c}-${(s % 12) + 1}`;
    case 16:
      return credit(c) * 16;
    case 17:
      return c % 7 === 0 ? '公共课' : '本专业';
    case 18:
      return Math.round(credit(c) * points(s, c) * 10) / 10;
    case 19:
      return '讲授';
    default:
      return null;
  }
}

/** Members: every 15th student; departments of 8 (2 heads, 6 staff); the first `flagged` staff are 群众. */
export function rosterRows(members: number, flagged: number): Scalar[][] {
  const rows: Scalar[][] = [
    ['XX大学学生会工作人员名单'],
    [],
    ['序号', '姓名', '学号', '学院', '专业', '年级', '部门', '职务', '政治面貌'],
  ];
  let marked = 0;
  for (let i = 0; i < members; i++) {
    const s = i * MEMBER_STRIDE;
    const inDept = (i - 2) % 8;
    const staff = i >= 2 && inDept >= 2;
    const political = staff && marked < flagged ? (marked++, '群众') : '共青团员';
    rows.push([
      i + 1,
      studentName(s),
      studentId(s),
      COLLEGES[s % COLLEGES.length]!,
      '软件技术',
      `${2021 + (s % 4)}级`,
      i < 2 ? '主席团' : `部门${Math.floor((i - 2) / 8) + 1}`,
      i === 0 ? '主席' : i === 1 ? '副主席' : inDept < 2 ? '部长' : '干事',
      political,
    ]);
  }
  return rows;
}

export interface SchoolOptions {
  /** Last row of the grade sheet (header on row 1); default Excel's limit, 1,048,576. */
  readonly rows?: number;
  readonly members?: number;
  readonly flagged?: number;
}

/** The double holding the roster and the generated grade sheet. */
export function schoolWorkbook(options: SchoolOptions = {}): DoubleWorkbook {
  const double = DoubleWorkbook.fromSheets([
    { name: ROSTER_SHEET, rows: rosterRows(options.members ?? 2000, options.flagged ?? 500) },
  ]);
  double.addGeneratedSheet({
    name: GRADE_SHEET,
    rows: options.rows ?? MAX_ROWS,
    cols: GRADE_HEADERS.length,
    value: gradeValue,
  });
  return double;
}

/**
 * The national-school preset with its eligibility rules (political, rank, failed, discipline) but
 * without the structure limits: a 2,000-member roster is a school-scale load test, not a union.
 */
export function schoolPolicy(): Policy {
  const p = presetPolicy('national-school');
  p.rules['staff-total'].enabled = false;
  p.rules.departments.enabled = false;
  return p;
}

/**
 * Bytes of `cols` of a sheet as Office.js would return them, row by row (`["a",1,""]`): what
 * reading only the needed columns costs at the least, the measure of the 1.25 budget.
 */
export function columnBytes(
  double: DoubleWorkbook,
  sheet: string,
  cols: readonly number[],
): number {
  const state = double.sheet(sheet);
  const used = usedRect(state, true);
  let bytes = 0;
  for (let row = 1; row <= (used?.r2 ?? 0); row++)
    bytes += jsonBytes(cols.map((c) => cellAt(state, row, c)?.value ?? ''));
  return bytes;
}
