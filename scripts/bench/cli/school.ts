import type { Prng } from '../../samples/prng';

/** A major in one entry year: students are ranked within it. */
export interface Cohort {
  readonly college: string;
  readonly major: string;
  readonly entryYear: number;
  /** Six digits of the 学号 after the year: college, major and class codes. */
  readonly code: string;
  readonly majorIndex: number;
}

/** One student of the generated school. */
export interface Student {
  readonly id: string;
  readonly name: string;
  readonly cohort: Cohort;
  readonly ability: number;
}

const MAJORS: readonly (readonly [college: string, major: string])[] = [
  ['计算机学院', '计算机科学与技术'],
  ['计算机学院', '软件工程'],
  ['经济管理学院', '会计学'],
  ['经济管理学院', '市场营销'],
  ['外国语学院', '英语'],
  ['机械工程学院', '机械设计制造及其自动化'],
  ['化学化工学院', '应用化学'],
  ['文学院', '汉语言文学'],
  ['数学学院', '数学与应用数学'],
  ['法学院', '法学'],
];
const ENTRY_YEARS = [2021, 2022, 2023, 2024];
const COURSE_WORDS = [
  '高等数学',
  '大学英语',
  '线性代数',
  '概率论与数理统计',
  '思想道德与法治',
  '中国近现代史纲要',
  '马克思主义基本原理',
  '大学物理',
  '体育',
  '形势与政策',
  '专业导论',
  '程序设计基础',
  '管理学原理',
  '写作与沟通',
  '学科前沿讲座',
  '专业实践',
];
const LEVELS = ['Ⅰ', 'Ⅱ', 'Ⅲ'];

/** The 12 columns of the generated 正方-style export (学号 and names as text, scores as numbers). */
export const GRADE_HEADERS = [
  '学年',
  '学期',
  '课程代码',
  '课程名称',
  '课程性质',
  '学分',
  '学号',
  '姓名',
  '专业',
  '年级',
  '成绩',
  '绩点',
] as const;

/** The roster header, as in the demo sample. */
export const ROSTER_HEADERS = [
  '序号',
  '姓名',
  '学号',
  '性别',
  '学院',
  '专业',
  '年级',
  '班级',
  '部门',
  '职务',
  '政治面貌',
] as const;

/** Every cohort, majors within entry years. */
export function cohortsOf(): Cohort[] {
  return ENTRY_YEARS.flatMap((entryYear) =>
    MAJORS.map(([college, major], majorIndex) => ({
      college,
      major,
      entryYear,
      majorIndex,
      code: `${String(11 + Math.floor(majorIndex / 2)).padStart(2, '0')}0${majorIndex}0`,
    })),
  );
}

function courseName(majorIndex: number, course: number): string {
  const word = COURSE_WORDS[(course + majorIndex * 3) % COURSE_WORDS.length] ?? '课程';
  return `${word}${LEVELS[Math.floor(course / COURSE_WORDS.length)] ?? ''}`;
}

function fiveLevel(score: number): string {
  if (score >= 90) return '优秀';
  if (score >= 80) return '良好';
  if (score >= 70) return '中等';
  return score >= 60 ? '及格' : '不及格';
}

/** One grade row: course `course` of the student, in a term from entry up to 2025-2026-1. */
export function gradeRow(student: Student, course: number, prng: Prng): (string | number)[] {
  const { cohort } = student;
  const terms = (2025 - cohort.entryYear) * 2 + 1;
  const term = course % terms;
  const year = cohort.entryYear + Math.floor(term / 2);
  const elective = course % 5 === 4;
  const credit = elective ? 2 : ([2, 3, 4, 3.5][course % 4] ?? 3);
  const raw = Math.max(0, Math.min(100, Math.round(prng.normal(student.ability, 8))));
  const mark = prng.next();
  let score: string | number = raw;
  if (mark < 0.004) score = '缓考';
  else if (mark < 0.008) score = '旷考';
  else if (elective) score = fiveLevel(raw);
  const points = typeof score === 'number' && score >= 60 ? Math.round(score - 50) / 10 : 0;
  return [
    `${year}-${year + 1}`,
    String((term % 2) + 1),
    `B${cohort.code.slice(0, 4)}${String(course).padStart(3, '0')}`,
    courseName(cohort.majorIndex, course),
    elective ? '选修' : '必修',
    credit,
    student.id,
    student.name,
    cohort.major,
    `${cohort.entryYear}级`,
    score,
    points,
  ];
}

const DEPARTMENTS = ['主席团', '学习部', '文体部', '宣传部', '权益部', '组织部', '生活部'];
const POLITICAL = ['共青团员', '共青团员', '共青团员', '中共党员', '中共预备党员'];

/** `members` roster rows drawn evenly from the students. */
export function rosterRows(
  students: readonly Student[],
  members: number,
  prng: Prng,
): (string | number)[][] {
  const step = Math.max(1, Math.floor(students.length / members));
  const rows: (string | number)[][] = [];
  for (let i = 0; i < members && i * step < students.length; i++) {
    const s = students[i * step];
    if (!s) break;
    const department = DEPARTMENTS[i % DEPARTMENTS.length] ?? '学习部';
    const head = i < DEPARTMENTS.length * 2;
    const title = department === '主席团' ? (i === 0 ? '主席' : '副主席') : head ? '部长' : '干事';
    rows.push([
      i + 1,
      s.name,
      s.id,
      prng.chance(0.5) ? '男' : '女',
      s.cohort.college,
      s.cohort.major,
      `${s.cohort.entryYear}级`,
      `${s.cohort.major}${(i % 3) + 1}班`,
      department,
      title,
      prng.pick(POLITICAL),
    ]);
  }
  return rows;
}
