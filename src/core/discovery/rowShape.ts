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
