import type { CellValue } from '../../../src/core/cells';
import { Prng } from '../../samples/prng';
import { COURSES_PER_TERM, type Course } from './catalog';
import type { Student } from './university';

/** The grade sheet's header (12 columns, a trimmed 正方 export with 学院, 专业, 年级 columns). */
export const GRADE_HEADER = [
  '学年学期',
  '学号',
  '姓名',
  '学院',
  '专业',
  '年级',
  '课程代码',
  '课程名称',
  '课程性质',
  '学分',
  '成绩',
  '修读类型',
] as const;

type Cells = CellValue[];

/**
 * A copy of a string that shares nothing with the original: a reader hands the core fresh strings
 * whose hash V8 has not computed yet, and the engine's per-text caches must pay for that here too.
 */
function freshCopy(s: string): string {
  return (' ' + s).slice(1);
}

/**
 * `BENCH_CORE_STRINGS=interned`: one string per distinct text instead, as the .xlsx reader hands
 * them over (a shared-strings table, or inline texts through its CellTextCache).
 */
const INTERNED = process.env.BENCH_CORE_STRINGS === 'interned';
const fresh: (s: string) => string = INTERNED ? (s) => s : freshCopy;
const terms = new Map<number, string>();

function termText(entryYear: number, k: number): string {
  const y = entryYear + Math.floor(k / 2);
  if (!INTERNED) return `${y}-${y + 1}-${(k % 2) + 1}`;
  const key = y * 2 + (k % 2);
  let text = terms.get(key);
  if (text === undefined) terms.set(key, (text = `${y}-${y + 1}-${(k % 2) + 1}`));
  return text;
}

function gradeCell(course: Course, score: number, prng: Prng): CellValue {
  const s = Math.max(0, Math.min(100, score));
  if (course.scale === 'five')
    return s >= 90 ? '优秀' : s >= 80 ? '良好' : s >= 70 ? '中等' : s >= 60 ? '及格' : '不及格';
  if (course.scale === 'two') return s >= 60 ? '合格' : '不合格';
  const u = prng.next();
  if (u < 0.1) return Math.round(s * 2) / 2;
  if (u < 0.14) return String(Math.round(s));
  return Math.round(s);
}

function fails(grade: CellValue, passMark = 60): boolean {
  if (typeof grade === 'number') return grade < passMark;
  if (typeof grade === 'string')
    return /^(?:不及格|不合格|旷考)$/.test(grade) || Number(grade) < passMark;
  return false;
}

function row(st: Student, k: number, c: Course, grade: CellValue, attempt: string): Cells {
  const co = st.cohort;
  return [
    fresh(termText(co.entryYear, k)),
    fresh(st.id),
    fresh(st.name),
    fresh(co.college),
    fresh(co.major),
    co.entryYear,
    fresh(c.code),
    fresh(c.name),
    fresh(c.nature),
    c.credit,
    typeof grade === 'string' ? fresh(grade) : grade,
    fresh(attempt),
  ];
}

type Emit = (k: number, course: Course, grade: CellValue, attempt: string) => void;

/** One student's rows: 9 first attempts per programme term reached, plus 补考 and 重修 rows after failures. */
function studentRows(st: Student, emit: Emit): void {
  const prng = new Prng(st.seed);
  const terms = st.cohort.terms;
  for (let k = 0; k < terms; k++) {
    for (let j = 0; j < COURSES_PER_TERM; j++) {
      const course = st.cohort.courses[k * COURSES_PER_TERM + j];
      if (!course) continue;
      const u = prng.next();
      const grade: CellValue =
        u < 0.003
          ? '缓考'
          : u < 0.006
            ? '旷考'
            : gradeCell(course, prng.normal(st.ability + 3 - (j % 4) * 2, 8), prng);
      emit(k, course, grade, '初修');
      if (!fails(grade)) continue;
      const later = prng.next();
      if (later < 0.65) emit(k, course, gradeCell(course, prng.normal(70, 8), prng), '补考');
      else if (later < 0.9 && k + 1 < terms)
        emit(k + 1, course, gradeCell(course, prng.normal(72, 8), prng), '重修');
    }
  }
}

/**
 * The students whose rows fill the first `quota` rows (the last one perhaps in part): the population is
 * planned a little larger, and students past the quota are not in the data at all.
 */
export function studentsWithin(students: readonly Student[], quota: number): Student[] {
  let rows = 0;
  const out: Student[] = [];
  for (const st of students) {
    if (rows >= quota) break;
    out.push(st);
    studentRows(st, () => rows++);
  }
  if (rows < quota) throw new Error(`the population has ${rows} grade rows, ${quota} asked`);
  return out;
}

/**
 * The grade rows of `students`, exactly `quota` of them, in blocks of about `blockRows` rows as a
 * reader hands them over. Order is class by class and, within a class, course by course (the order of
 * an export sorted by 教学班), so consecutive rows rarely belong to the same student.
 */
export function* gradeBlocks(
  students: readonly Student[],
  quota: number,
  blockRows: number,
): Generator<Cells[]> {
  let left = quota;
  let block: Cells[] = [];
  let i = 0;
  while (left > 0 && i < students.length) {
    const first = students[i];
    if (!first) break;
    const klass: Cells[][] = [];
    while (
      i < students.length &&
      students[i]?.className === first.className &&
      students[i]?.cohort === first.cohort
    ) {
      const st = students[i] as Student;
      const rows: Cells[] = [];
      studentRows(st, (k, course, grade, attempt) => rows.push(row(st, k, course, grade, attempt)));
      klass.push(rows);
      i++;
    }
    const longest = Math.max(...klass.map((r) => r.length));
    for (let j = 0; j < longest && left > 0; j++)
      for (const rows of klass) {
        const r = rows[j];
        if (!r || left === 0) continue;
        block.push(r);
        left--;
      }
    if (block.length >= blockRows) {
      yield block;
      block = [];
    }
  }
  if (left > 0) throw new Error(`the population has ${quota - left} grade rows, ${quota} asked`);
  if (block.length > 0) yield block;
}
