import type { Row } from '../cells';
import { rowCells } from './rowShape';
import type { HeaderCell } from './types';

/** Who a personal transcript's label-value line names ('学号：2531… 姓名：张三 班级：23计应1班'). */
export interface StudentLine {
  readonly studentId?: string;
  readonly name?: string;
  readonly className?: string;
  readonly major?: string;
}

type LineField = keyof StudentLine;

// Labels of the line that names the student, longest first; other labels (性别, 打印日期) only end
// the value before them.
const LABELS: readonly (readonly [string, LineField])[] = [
  ['学生学号', 'studentId'],
  ['学生姓名', 'name'],
  ['班级名称', 'className'],
  ['专业名称', 'major'],
  ['学籍号', 'studentId'],
  ['行政班', 'className'],
  ['学号', 'studentId'],
  ['姓名', 'name'],
  ['班级', 'className'],
  ['专业', 'major'],
];

// A label: CJK letters ending in a colon. '学 号' is folded first.
const LABEL = /[\u4e00-\u9fff]{1,8}\s*[:：]/g;
const SPACED = /(学|姓|班|专)\s+(号|名|级|业)(?=\s*[:：])/g;

interface Label {
  readonly field: LineField | undefined;
  readonly start: number;
  readonly end: number;
}

/** Labels in one cell's text, each starting where its own word starts ('张三班级：' → 班级). */
function labelsIn(text: string): Label[] {
  return [...text.matchAll(LABEL)].map((m) => {
    const word = m[0].replace(/\s*[:：]$/, '');
    const known = LABELS.find(([w]) => word.endsWith(w));
    const index = m.index;
    const start = known ? index + word.length - known[0].length : index;
    return { field: known?.[1], start, end: index + m[0].length };
  });
}

/**
 * The student a label-value line names, in one cell or across cells ('学号：' | '2531…'), or
 * undefined when the row is not such a line (no 学号, 姓名, 班级 or 专业 label). A label with no
 * value is left out, so a line naming nobody is `{}`.
 */
export function studentLineOf(cells: readonly HeaderCell[]): StudentLine | undefined {
  let found: Partial<Record<LineField, string>> | undefined;
  cells.forEach((cell, i) => {
    const text = cell.text.normalize('NFKC').replace(SPACED, '$1$2');
    const labels = labelsIn(text);
    labels.forEach((label, k) => {
      const field = label.field;
      if (!field) return;
      found ??= {};
      const start = label.end;
      const end = labels[k + 1]?.start ?? text.length;
      let value = text.slice(start, end).trim().split(/\s+/)[0] ?? '';
      // '学号：' | '2531…': the value is the next cell, unless that is a label itself.
      const next = cells[i + 1];
      if (value === '' && end === text.length && next && next.col === cell.col + 1) {
        if (!/[:：]\s*$/.test(next.text)) value = next.text.trim();
      }
      if (value !== '' && found[field] === undefined) found[field] = value;
    });
  });
  return found;
}

/** studentLineOf for a raw sheet row (the collector, while rows stream). */
export function studentLineOfRow(row: Row): StudentLine | undefined {
  return studentLineOf(rowCells(row));
}

/** Whether a line names the student well enough to own the course rows under it. */
export function namesStudent(line: StudentLine): boolean {
  return line.studentId !== undefined || line.name !== undefined;
}
