import type { CellValue, Row } from '../../cells';
import type { TableMapping } from '../../tables';
import { cellText, headerKey, isBlank } from '../text';

/** The cell of a 1-based column, or undefined when the field has no column. */
export function at(row: Row, col: number | undefined): CellValue | undefined {
  return col === undefined ? undefined : row[col - 1];
}

/** Normalised text of a field's cell ('' when absent). */
export function textAt(row: Row, col: number | undefined): string {
  return col === undefined ? '' : cellText(row[col - 1]);
}

/** Normalised text, or undefined when empty: for optional record fields. */
export function optionalText(row: Row, col: number | undefined): string | undefined {
  const text = textAt(row, col);
  return text === '' ? undefined : text;
}

interface MappingFacts {
  /** 1-based columns of every mapped field. */
  readonly cols: readonly number[];
  /** Header key per column, to spot a header repeated inside the data. */
  readonly headerKeys: ReadonlyMap<number, string>;
}

// Computed once per mapping, not once per row.
const facts = new WeakMap<TableMapping, MappingFacts>();

/** The mapping's columns and header keys, computed on first use. */
export function factsOf(mapping: TableMapping): MappingFacts {
  let f = facts.get(mapping);
  if (!f) {
    const cols = Object.values(mapping.columns).filter((c): c is number => typeof c === 'number');
    const headerKeys = new Map(mapping.headers.map((h) => [h.col, headerKey(h.text)]));
    f = { cols, headerKeys };
    facts.set(mapping, f);
  }
  return f;
}

/** The header text above a column, for readers whose behaviour depends on it (重修标记, 文号). */
export function headerTextAt(mapping: TableMapping, col: number | undefined): string {
  return col === undefined ? '' : (factsOf(mapping).headerKeys.get(col) ?? '');
}

/** How many mapped cells of the row hold something. */
export function filledCount(row: Row, mapping: TableMapping): number {
  let n = 0;
  for (const col of factsOf(mapping).cols) if (!isBlank(row[col - 1])) n += 1;
  return n;
}

/** A merged title read cell by cell: every filled mapped cell holds the same text. */
export function isOneTextRow(row: Row, mapping: TableMapping): boolean {
  let seen: string | undefined;
  for (const col of factsOf(mapping).cols) {
    const v = row[col - 1];
    if (isBlank(v)) continue;
    const text = cellText(v);
    if (seen !== undefined && text !== seen) return false;
    seen = text;
  }
  return true;
}

/** A header row repeated inside the data (page headers of long exports). */
export function isHeaderRepeat(row: Row, mapping: TableMapping): boolean {
  const { headerKeys } = factsOf(mapping);
  let same = 0;
  for (const [col, key] of headerKeys) {
    const v = row[col - 1];
    if (typeof v === 'string' && key !== '' && headerKey(v) === key) same += 1;
  }
  return same >= Math.min(2, headerKeys.size);
}

const SUMMARY_LABELS = new Set([
  '合计',
  '总计',
  '小计',
  '平均',
  '平均分',
  '汇总',
  '统计',
  '备注',
  '说明',
]);

/** 合计, 总计 and similar labels that sit where a name would be in a totals row. */
export function isSummaryLabel(text: string): boolean {
  return SUMMARY_LABELS.has(text.replace(/\s|[:：]/g, ''));
}
