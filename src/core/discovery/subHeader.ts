import { headerKey } from '../normalize/text';
import { recognisedAnywhere } from './matchHeaders';
import type { HeaderCell } from './types';

/**
 * Words a 教务 sheet puts in a second header row under a merged 成绩 (初修 | 补考, 总评 | 期末 |
 * 平时) or under a course name (成绩 | 学分). Alone they name no column; under their parent they do.
 */
const SUB_WORDS = new Set([
  '初修',
  '初考',
  '正考',
  '首考',
  '首修',
  '补考',
  '重修',
  '总评',
  '最终',
  '期末',
  '期中',
  '平时',
  '实验',
  '成绩',
  '分数',
  '等级',
  '学分',
  '绩点',
]);

/** A header cell with the cells of the row below that sit under it (its merged area). */
export interface HeaderSpan {
  readonly parent: HeaderCell;
  readonly children: readonly HeaderCell[];
}

/** How a row under a header reads as that header's second row. */
export interface SubHeader {
  /** Upper cells with sub-header cells under them. */
  readonly spans: readonly HeaderSpan[];
  /** Lower cells under a blank upper cell with no header to their left: headers of their own. */
  readonly loose: readonly HeaderCell[];
}

function isSubWord(text: string): boolean {
  return SUB_WORDS.has(headerKey(text)) || recognisedAnywhere(text);
}

/**
 * Reads `lower` as the second row of a two-row header over `upper`, or undefined when it is not
 * one. Merge information is not needed (a CSV or .xls has none, and an .xlsx lists its merges after
 * the data): a merged upper cell arrives in its first column only, or repeated across its area,
 * so a lower cell belongs to the nearest upper text at or left of it. The lower row is a header
 * row when every cell repeats the text above it (a vertical merge read cell by cell) or is a
 * header or sub-header word, none sits under a `keyCols` column (学号, 姓名: every data row has
 * one), and at least one is new.
 */
export function readSubHeader(
  upper: readonly HeaderCell[],
  lower: readonly HeaderCell[],
  keyCols: ReadonlySet<number>,
): SubHeader | undefined {
  if (lower.length === 0 || upper.length === 0) return undefined;
  const above = new Map(upper.map((c) => [c.col, c.text]));
  const children = new Map<number, HeaderCell[]>();
  const loose: HeaderCell[] = [];
  let fresh = 0;
  for (const cell of lower) {
    if (above.get(cell.col) === cell.text) continue;
    if (keyCols.has(cell.col) || !isSubWord(cell.text)) return undefined;
    fresh += 1;
    const parent = parentOf(upper, cell.col);
    if (!parent) {
      if (!recognisedAnywhere(cell.text)) return undefined;
      loose.push(cell);
      continue;
    }
    children.set(parent.col, [...(children.get(parent.col) ?? []), cell]);
  }
  if (fresh === 0) return undefined;
  const spans = upper
    .filter((p) => children.has(p.col))
    .map((parent) => ({ parent, children: children.get(parent.col) ?? [] }));
  return { spans, loose };
}

/** The upper text a column sits under: the cell itself, or the merged cell it continues. */
function parentOf(upper: readonly HeaderCell[], col: number): HeaderCell | undefined {
  let parent: HeaderCell | undefined;
  for (const c of upper) {
    if (c.col > col) break;
    parent = c;
  }
  return parent && firstOfRun(upper, parent);
}

/** The first column of a text repeated over adjacent columns. */
function firstOfRun(upper: readonly HeaderCell[], cell: HeaderCell): HeaderCell {
  let first = cell;
  for (let i = upper.indexOf(cell) - 1; i >= 0; i--) {
    const c = upper[i];
    if (!c || c.text !== cell.text || c.col !== first.col - 1) break;
    first = c;
  }
  return first;
}

/**
 * The text a sub-column is read by: a header word of its own keeps its text (补考, 总评, 学分);
 * a bare sub-header word joins its parent (初修 under 成绩 → 初修成绩, 平时 → 平时成绩).
 */
export function subColumnText(parent: string, child: string): string {
  const p = headerKey(parent);
  const c = headerKey(child);
  if (c.includes(p) || recognisedAnywhere(child)) return child;
  return `${child}${parent}`;
}

/**
 * The header cells of a two-row header as one row: every sub-column read by its joined text, an
 * upper cell without sub-columns as it is, and a loose lower cell as it is.
 */
export function pooledCells(upper: readonly HeaderCell[], sub: SubHeader): HeaderCell[] {
  const byCol = new Map<number, string>(upper.map((c) => [c.col, c.text]));
  for (const { parent, children } of sub.spans) {
    // The merged area's repeats are the sub-columns now, not the parent again.
    for (const c of upper) if (c.col > parent.col && c.text === parent.text) byCol.delete(c.col);
    for (const child of children) byCol.set(child.col, subColumnText(parent.text, child.text));
  }
  for (const c of sub.loose) byCol.set(c.col, c.text);
  return [...byCol.entries()].sort((a, b) => a[0] - b[0]).map(([col, text]) => ({ col, text }));
}
