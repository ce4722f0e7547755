import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { NameMaker } from '../../samples/names';
import { Prng } from '../../samples/prng';
import {
  cohortsOf,
  GRADE_HEADERS,
  gradeRow,
  rosterRows,
  ROSTER_HEADERS,
  type Student,
} from './school';

/** Bump when the generated content changes, so cached files from an older generator are rebuilt. */
const GENERATOR_VERSION = 1;
export const SEED = 20251122;
/** Courses per student: 30,000 students x 40 courses is the university the issue describes. */
export const COURSES_PER_STUDENT = 40;
const ROSTER_MEMBERS = 300;

/** The generated inputs of one size. */
export interface CliInputs {
  readonly roster: string;
  readonly grades: string;
  readonly rows: number;
}

/** The school's students, enough for `rows` grade rows, the same on every run. */
export function studentsFor(rows: number): Student[] {
  const prng = new Prng(SEED);
  const names = new NameMaker(prng.fork('names'));
  const count = Math.ceil(rows / COURSES_PER_STUDENT);
  const students: Student[] = [];
  const cohorts = cohortsOf();
  for (let i = 0; i < count; i++) {
    const cohort = cohorts[i % cohorts.length];
    if (!cohort) throw new Error('no cohorts');
    const serial = String(Math.floor(i / cohorts.length) + 1).padStart(4, '0');
    students.push({
      id: `${cohort.entryYear}${cohort.code}${serial}`,
      name: names.next(),
      cohort,
      ability: prng.normal(78, 9),
    });
  }
  return students;
}

async function writeGrades(
  path: string,
  students: readonly Student[],
  rows: number,
): Promise<void> {
  const prng = new Prng(SEED + 1);
  // Shared strings, as 正方 and Excel itself write them: the realistic (and bigger-to-index) case.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet('成绩');
  ws.addRow([...GRADE_HEADERS]).commit();
  let written = 0;
  for (const student of students) {
    for (let course = 0; course < COURSES_PER_STUDENT && written < rows; course++, written++) {
      ws.addRow(gradeRow(student, course, prng)).commit();
    }
  }
  ws.commit();
  await wb.commit();
}

async function writeRoster(path: string, students: readonly Student[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('学生会名单');
  ws.addRow([...ROSTER_HEADERS]);
  for (const row of rosterRows(students, ROSTER_MEMBERS, new Prng(SEED + 2))) ws.addRow(row);
  await wb.xlsx.writeFile(path);
}

/**
 * The roster and grade workbooks for `rows` grade rows under `dir`, generated once: a stamp file
 * records the parameters, and files with a matching stamp are reused (generating 1M rows takes
 * about a minute). Written to a temporary name first, so an interrupted run leaves no half file.
 */
export async function cliInputs(
  dir: string,
  rows: number,
  log: (line: string) => void,
): Promise<CliInputs> {
  mkdirSync(dir, { recursive: true });
  const inputs = {
    roster: join(dir, `roster-${rows}.xlsx`),
    grades: join(dir, `grades-${rows}.xlsx`),
    rows,
  };
  const stampPath = join(dir, `inputs-${rows}.json`);
  const stamp = JSON.stringify({
    GENERATOR_VERSION,
    SEED,
    rows,
    COURSES_PER_STUDENT,
    ROSTER_MEMBERS,
  });
  const fresh =
    existsSync(stampPath) &&
    readFileSync(stampPath, 'utf8') === stamp &&
    existsSync(inputs.roster) &&
    existsSync(inputs.grades);
  if (fresh) return inputs;
  log(`cli: generating ${rows.toLocaleString('en')} grade rows under ${dir} (once; reused later)`);
  const students = studentsFor(rows);
  await writeGrades(`${inputs.grades}.part`, students, rows);
  renameSync(`${inputs.grades}.part`, inputs.grades);
  await writeRoster(inputs.roster, students);
  writeFileSync(stampPath, stamp);
  return inputs;
}
