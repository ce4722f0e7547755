import type { Row } from '../cells';
import { cellText } from '../normalize/text';
import { recognisedAnywhere } from './matchHeaders';
import type { HeaderCell } from './types';

/** The non-empty cells of a row as header cells (1-based columns, normalised text). */
export function rowCells(row: Row | undefined): HeaderCell[] {
  const cells: HeaderCell[] = [];
  if (!row) return cells;
  row.forEach((v, i) => {
    const text = cellText(v);
    if (text !== '') cells.push({ col: i + 1, text });
  });
  return cells;
}

const TITLE_WORDS = /名单|表|学年|学期|汇总|统计|一览|成绩|处分|签到|考勤|代表|学生会/;

/**
 * A title or note row: one distinct text (a merged cell arrives either in its first cell only or
 * repeated across the merge, depending on the reader) that reads like a title, not like a name.
 */
export function isTitleRow(cells: readonly HeaderCell[]): boolean {
  const first = cells[0];
  if (!first || cells.some((c) => c.text !== first.text)) return false;
  return first.text.length >= 5 || TITLE_WORDS.test(first.text);
}

const ENDS_WITH_COLON = /[:：]$/;

/** "学号：| 2531… | 姓名：| 张三": a label-value row of a personal transcript, not a header. */
export function isLabelValueRow(cells: readonly HeaderCell[]): boolean {
  let pairs = 0;
  cells.forEach((cell, i) => {
    const next = cells[i + 1];
    if (!ENDS_WITH_COLON.test(cell.text) || !next || next.col !== cell.col + 1) return;
    if (!ENDS_WITH_COLON.test(next.text) && !recognisedAnywhere(next.text)) pairs += 1;
  });
  return pairs >= 2;
}

/**
 * The row under a header is a sub-header when each of its cells either repeats the cell above (a
 * merged header read cell by cell) or is itself a header word, and at least one is new.
 */
export function isSubHeaderRow(
  upper: readonly HeaderCell[],
  lower: readonly HeaderCell[],
): boolean {
  if (lower.length === 0) return false;
  const above = new Map(upper.map((c) => [c.col, c.text]));
  let fresh = 0;
  for (const cell of lower) {
    if (above.get(cell.col) === cell.text) continue;
    if (!recognisedAnywhere(cell.text)) return false;
    fresh += 1;
  }
  return fresh > 0;
}

/** Header cells of a two-row header: the lower, more specific text wins in each column. */
export function poolHeaderCells(
  upper: readonly HeaderCell[],
  lower: readonly HeaderCell[],
): HeaderCell[] {
  const byCol = new Map<number, string>(upper.map((c) => [c.col, c.text]));
  for (const c of lower) byCol.set(c.col, c.text);
  return [...byCol.entries()].sort((a, b) => a[0] - b[0]).map(([col, text]) => ({ col, text }));
}
