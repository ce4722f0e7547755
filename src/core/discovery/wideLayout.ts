import { FIVE_LEVEL, MARKS, TWO_LEVEL } from '../normalize/gradeWords';
import type { AnyField, WideCourse, WideLayout } from '../tables';
import { classifyAs, type Classified } from './classify';
import { NOT_A_COURSE, parseCourseHeader } from './courseHeader';
import { matchHeaders, recognisedAnywhere } from './matchHeaders';
import { readSubHeader, subColumnText } from './subHeader';
import { classInText, entryYearInText, termInText } from './titleFacts';
import type { HeaderCell } from './types';
import type { HeaderSpan } from './subHeader';

/** A class grade summary found on a header row. */
export interface WideFound {
  readonly layout: WideLayout;
  readonly found: Classified;
  /** A row of 学分 sits under the header: data starts one row later. */
  readonly creditRow: boolean;
  /** A second header row (成绩 | 学分 | 补考 under each course): data starts one row later. */
  readonly subHeader: boolean;
}

// The columns of a summary that say who the student is; every other column is a course or a total.
const PERSON_FIELDS: readonly AnyField[] = [
  'studentId',
  'name',
  'major',
  'className',
  'college',
  'entryYear',
];
// Data rows looked at to tell grade columns from a roster's own columns (宿舍, 爱好).
const SAMPLE_ROWS = 30;
const GRADE_SHARE = 0.8;
const SCORE = /^\d{1,3}(?:\.\d+)?分?$/;

function gradeLike(text: string): boolean {
  if (SCORE.test(text)) return Number.parseFloat(text) <= 150;
  return text in FIVE_LEVEL || text in TWO_LEVEL || text in MARKS;
}

interface Candidate {
  col: number;
  name: string;
  credit?: number;
  makeupCol?: number;
  /** A 学分 sub-column under the course: each student's row repeats the course's credit. */
  creditCol?: number;
}

/** Course candidates and summary columns of a header row, 补考 columns tied to their course. */
function splitHeader(
  cells: readonly HeaderCell[],
  personCols: ReadonlySet<number>,
): { candidates: Candidate[]; summary: HeaderCell[] } {
  const candidates: Candidate[] = [];
  const summary: HeaderCell[] = [];
  for (const cell of cells) {
    if (personCols.has(cell.col)) continue;
    const course = parseCourseHeader(cell.text);
    const last = candidates[candidates.length - 1];
    if (course?.makeupOf !== undefined) {
      const of =
        course.makeupOf === ''
          ? last?.col === cell.col - 1
            ? last
            : undefined
          : candidates.find((c) => c.name === course.makeupOf);
      if (of && of.makeupCol === undefined) of.makeupCol = cell.col;
      else summary.push(cell);
      continue;
    }
    if (!course || NOT_A_COURSE.test(course.name)) summary.push(cell);
    else if (!recognisedAnywhere(cell.text))
      candidates.push({
        col: cell.col,
        name: course.name,
        ...(course.credit !== undefined ? { credit: course.credit } : {}),
      });
  }
  return { candidates, summary };
}

/**
 * Course candidates of a two-row header: a course merged over 成绩 | 学分 | 补考 (or 总评 | 平时 |
 * 期末) is read from its grade sub-column, with its 补考 and 学分 sub-columns beside it. A course
 * whose sub-columns name no grade (平时 | 期末 only) is not read: which one is the grade is the
 * school's to say, so it is listed with the columns not read.
 */
function underCourses(
  candidates: readonly Candidate[],
  spans: readonly HeaderSpan[],
  summary: HeaderCell[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const span = spans.find((s) => s.parent.col === c.col);
    if (!span) {
      out.push(c);
      continue;
    }
    const roles = matchHeaders(
      'grades',
      span.children.map((ch) => ({ col: ch.col, text: subColumnText('成绩', ch.text) })),
    ).columns;
    if (roles.score === undefined) {
      summary.push(span.parent);
      continue;
    }
    out.push({
      ...c,
      col: roles.score,
      ...(roles.makeupScore !== undefined ? { makeupCol: roles.makeupScore } : {}),
      ...(roles.credit !== undefined ? { creditCol: roles.credit } : {}),
    });
  }
  return out;
}

/**
 * A course's credit from its 学分 sub-column: the one value its students' rows agree on. Rows
 * that disagree leave the course unweighted, and the column is listed as not read.
 */
function creditFromColumn(
  c: Candidate,
  seen: ReadonlySet<string> | undefined,
  cells: readonly HeaderCell[],
  summary: HeaderCell[],
): void {
  if (c.creditCol === undefined || c.credit !== undefined) return;
  const only = seen && seen.size === 1 ? Number([...seen][0]) : Number.NaN;
  if (only > 0 && only <= 20) c.credit = only;
  else summary.push({ col: c.creditCol, text: `${textAt(cells, c.col) || c.name}学分` });
}

function textAt(cells: readonly HeaderCell[], col: number): string {
  return cells.find((c) => c.col === col)?.text ?? '';
}

/** A 学分 row under the header: no 学号, small numbers under most courses. */
function isCreditRow(row: readonly HeaderCell[], idCol: number, courses: readonly Candidate[]) {
  if (row.length === 0 || textAt(row, idCol) !== '') return false;
  const labelled = row.some((c) => /^学分/.test(c.text));
  const small = courses.filter((c) => {
    const n = Number(textAt(row, c.col));
    return textAt(row, c.col) !== '' && n > 0 && n <= 20;
  }).length;
  return small * 2 >= courses.length && (labelled || small === courses.length);
}

/**
 * A class grade summary (成绩汇总表, 班级成绩总表): 学号 and 姓名, then one column per course,
 * perhaps 总分, 平均分 and 名次. Told from a roster by its data: course columns hold scores
 * (numbers, 优秀, 缺考) and the sheet says it is about grades (a title or sheet name with 成绩, a
 * 总分/平均分/名次 column, or credits). Undefined for anything else, including a roster with 部门 or
 * 职务 and a long export with a 课程名称 column.
 */
export function findWide(
  cells: readonly HeaderCell[],
  below: (k: number) => readonly HeaderCell[],
  sheet: string,
  titles: readonly string[],
): WideFound | undefined {
  const grades = matchHeaders('grades', cells);
  const idCol = grades.columns.studentId;
  if (idCol === undefined) return undefined;
  if (grades.columns.courseName !== undefined || grades.columns.courseCode !== undefined)
    return undefined;
  const roster = matchHeaders('roster', cells).columns;
  if (roster.department !== undefined || roster.title !== undefined) return undefined;
  const columns: Partial<Record<AnyField, number>> = {};
  for (const f of PERSON_FIELDS) {
    const col = grades.columns[f];
    if (col !== undefined) columns[f] = col;
  }
  const personCols = new Set(Object.values(columns));
  const split = splitHeader(cells, personCols);
  const { summary } = split;
  const sub = readSubHeader(cells, below(0), personCols);
  const candidates = sub ? underCourses(split.candidates, sub.spans, summary) : split.candidates;
  if (candidates.length < 2) return undefined;

  const creditRow = !sub && isCreditRow(below(0), idCol, candidates);
  if (creditRow)
    for (const c of candidates) {
      const n = Number(textAt(below(0), c.col));
      if (c.credit === undefined && n > 0) c.credit = n;
    }
  const filled = new Map<number, number>();
  const graded = new Map<number, number>();
  const credits = new Map<number, Set<string>>();
  for (let k = creditRow || sub ? 1 : 0; k < SAMPLE_ROWS; k++) {
    const row = below(k);
    if (textAt(row, idCol) === '') continue;
    for (const c of candidates)
      if (c.creditCol !== undefined && textAt(row, c.creditCol) !== '')
        credits.set(c.col, (credits.get(c.col) ?? new Set()).add(textAt(row, c.creditCol)));
    for (const c of candidates) {
      const text = textAt(row, c.col);
      if (text === '') continue;
      filled.set(c.col, (filled.get(c.col) ?? 0) + 1);
      if (gradeLike(text)) graded.set(c.col, (graded.get(c.col) ?? 0) + 1);
    }
  }
  const isCourse = (c: Candidate): boolean =>
    (graded.get(c.col) ?? 0) >= GRADE_SHARE * (filled.get(c.col) ?? 0) &&
    (filled.get(c.col) ?? 0) > 0;
  const courses = candidates.filter(isCourse);
  if (courses.length < 2 || courses.length * 2 < candidates.length) return undefined;
  const texts = [sheet, ...titles];
  const aboutGrades =
    texts.some((t) => t.includes('成绩')) ||
    summary.some((s) => NOT_A_COURSE.test(s.text)) ||
    courses.some((c) => c.credit !== undefined || c.makeupCol !== undefined);
  if (!aboutGrades) return undefined;

  for (const c of courses) creditFromColumn(c, credits.get(c.col), cells, summary);
  const notRead = candidates.filter((c) => !isCourse(c));
  for (const c of notRead) summary.push({ col: c.col, text: textAt(cells, c.col) || c.name });
  const layout = buildLayout(courses, summary, sheet, titles, columns.className !== undefined);
  const classified = classifyAs('grades', cells, texts);
  return {
    layout,
    creditRow,
    subHeader: sub !== undefined,
    found: { ...classified, columns, confidence: titles.length > 0 ? 0.9 : 0.8 },
  };
}

function buildLayout(
  courses: readonly Candidate[],
  summary: readonly HeaderCell[],
  sheet: string,
  titles: readonly string[],
  hasClassColumn: boolean,
): WideLayout {
  let termFrom: WideLayout['termFrom'];
  let term: WideLayout['term'];
  for (const text of titles) {
    term = termInText(text);
    if (term) {
      termFrom = { source: 'title', text };
      break;
    }
  }
  if (!term) {
    term = termInText(sheet);
    if (term) termFrom = { source: 'sheet', text: sheet };
  }
  const className = hasClassColumn
    ? undefined
    : titles.map(classInText).find((c) => c !== undefined);
  const makeup = [sheet, ...titles].some((t) => t.includes('补考'));
  const classText = titles.map(classInText).find((c) => c !== undefined);
  const entryYear = classText === undefined ? undefined : entryYearInText(classText);
  return {
    courses: courses.map((c): WideCourse => ({
      col: c.col,
      name: c.name,
      ...(c.credit !== undefined ? { credit: c.credit } : {}),
      ...(c.makeupCol !== undefined ? { makeupCol: c.makeupCol } : {}),
    })),
    ...(term ? { term } : {}),
    ...(termFrom ? { termFrom } : {}),
    ...(className ? { className } : {}),
    ...(entryYear !== undefined ? { entryYear } : {}),
    attempt: makeup ? 'makeup' : 'first',
    summary: summary.map((s) => ({ col: s.col, text: s.text })),
  };
}
