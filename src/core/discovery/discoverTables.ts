import type { AnyField, SheetHead, TableMapping, WideLayout } from '../tables';
import { classifyAs, classifyHeaderRow, type Classified } from './classify';
import { missingFields } from './required';
import { sideBySide } from './sideBySide';
import { recognisedAnywhere } from './matchHeaders';
import { isLabelValueRow, isTitleRow, rowCells } from './rowShape';
import { pooledCells, readSubHeader } from './subHeader';
import type { HeaderCell } from './types';
import { findWide } from './wideLayout';
import { namesStudent, studentLineOf } from './studentLine';

interface Block {
  /** 0-based indexes into head.rows. */
  headerIdx: number;
  lastHeaderIdx: number;
  cells: HeaderCell[];
  found: Classified;
  hints: string[];
  wide?: WideLayout;
  /** A personal transcript: the index of the label-value line above the header naming the student. */
  perBlock?: number | undefined;
}

function isBlankOrTitle(cells: readonly HeaderCell[]): boolean {
  return cells.length === 0 || isTitleRow(cells);
}

/** Title texts directly above row `idx` (skipping blank rows), down to row `floor`. */
function titlesAbove(cellsOf: (i: number) => HeaderCell[], idx: number, floor: number): string[] {
  const titles: string[] = [];
  for (let i = idx - 1; i >= floor; i--) {
    const cells = cellsOf(i);
    if (!isBlankOrTitle(cells)) break;
    if (cells[0]) titles.push(cells[0].text);
  }
  return titles;
}

/**
 * A row holding a value, not a header word, under the previous table's 学号 or 姓名 column is that
 * table's data, however many header words its other cells hold (a register row '警告处分 | 未解除'
 * matches two sanction headers by their words).
 */
function isDataOf(prev: Block, cells: readonly HeaderCell[]): boolean {
  const { studentId, name } = prev.found.columns;
  return cells.some((c) => (c.col === studentId || c.col === name) && !recognisedAnywhere(c.text));
}

/**
 * A grade header without 学号 or 姓名 columns under a line naming the student (学号 or 姓名, in
 * one cell or across cells): a personal transcript (个人成绩单), one student per block.
 */
function namesStudentAbove(
  block: Block,
  cellsOf: (i: number) => HeaderCell[],
  idx: number,
  floor: number,
): number | undefined {
  const { kind, columns } = block.found;
  if (kind !== 'grades' || columns.studentId !== undefined || columns.name !== undefined)
    return undefined;
  for (let i = idx - 1; i >= floor; i--) {
    const line = studentLineOf(cellsOf(i));
    if (line && namesStudent(line)) return i;
  }
  return undefined;
}

function sameColumns(a: Classified, b: Classified): boolean {
  const ka = Object.entries(a.columns);
  return (
    ka.length === Object.keys(b.columns).length &&
    ka.every(([f, c]) => b.columns[f as AnyField] === c)
  );
}

function toMapping(head: SheetHead, block: Block, first: number, lastIdx?: number): TableMapping {
  const { found } = block;
  const firstDataRow = first + block.lastHeaderIdx + 1;
  return {
    kind: found.kind,
    ...(head.file !== undefined ? { file: head.file } : {}),
    sheet: head.sheet,
    headerRow: first + block.headerIdx,
    firstDataRow,
    ...(lastIdx !== undefined ? { lastDataRow: Math.max(firstDataRow - 1, first + lastIdx) } : {}),
    columns: found.columns,
    headers: block.cells.map((c) => ({ col: c.col, text: c.text })),
    confidence: found.confidence,
    // A class grade summary needs only its 学号 column: its courses are columns of their own.
    // A transcript's student comes from the line above each block.
    missing: block.wide
      ? []
      : missingFields(found.kind, found.columns).filter(
          (f) => !(block.perBlock !== undefined && f === 'studentId'),
        ),
    ...(block.wide ? { wide: block.wide } : {}),
    ...(block.perBlock !== undefined
      ? { subject: 'perBlock' as const, subjectRow: first + block.perBlock }
      : {}),
  };
}

/**
 * Finds the tables in the first rows of a sheet: header rows under titles, blank rows and notes;
 * two-row headers; several blocks stacked vertically (a block ends before the next block's title
 * or header; an identical header with no title between is a repeated page header, not a block) or
 * side by side on one header row, split at an empty column.
 * Returns [] for a sheet with no recognisable table; the caller reports it.
 */
export function discoverTables(head: SheetHead): TableMapping[] {
  const first = head.firstRow ?? 1;
  const memo = new Map<number, HeaderCell[]>();
  const cellsOf = (i: number): HeaderCell[] => {
    let cells = memo.get(i);
    if (!cells) memo.set(i, (cells = rowCells(head.rows[i])));
    return cells;
  };
  const blocks: Block[] = [];
  for (let i = 0; i < head.rows.length; i++) {
    const prev = blocks[blocks.length - 1];
    if (prev && i <= prev.lastHeaderIdx) continue;
    const cells = cellsOf(i);
    if (cells.length < 2 || isLabelValueRow(cells) || (prev && isDataOf(prev, cells))) continue;
    // A transcript's next student line, however poorly filled ('学号：' | '' | '姓名：'), is its data.
    if (prev?.perBlock !== undefined && studentLineOf(cells)) continue;
    const hints = [head.sheet, ...titlesAbove(cellsOf, i, prev ? prev.lastHeaderIdx + 1 : 0)];
    const classified = classifyHeaderRow(cells, hints);
    // A class grade summary reads like a roster (学号, 姓名, 专业) or like nothing (course names).
    const wide =
      classified === undefined || classified.kind === 'roster' || classified.kind === 'grades'
        ? findWide(cells, (k) => cellsOf(i + 1 + k), head.sheet, hints.slice(1))
        : undefined;
    if (wide) {
      // A page header repeated further down is not a second table.
      if (prev?.wide && sameColumns(wide.found, prev.found) && hints.length === 1) continue;
      const lastHeaderIdx = wide.creditRow || wide.subHeader ? i + 1 : i;
      blocks.push({
        headerIdx: i,
        lastHeaderIdx,
        cells,
        found: wide.found,
        hints,
        wide: wide.layout,
      });
      continue;
    }
    const found = classified;
    if (!found) continue;
    const hasTitle = hints.length > 1;
    // Each student of a stacked transcript repeats the course header under their own lines.
    if (prev?.perBlock !== undefined && found.kind === 'grades' && sameColumns(found, prev.found))
      continue;
    if (prev && found.kind === prev.found.kind && sameColumns(found, prev.found) && !hasTitle)
      continue;
    const beside = sideBySide(cells, hints);
    if (beside) {
      for (const s of beside) blocks.push({ headerIdx: i, lastHeaderIdx: i, ...s, hints });
      continue;
    }
    const block: Block = { headerIdx: i, lastHeaderIdx: i, cells, found, hints };
    const keyCols = new Set(
      [found.columns.studentId, found.columns.name].filter((c): c is number => c !== undefined),
    );
    const sub = readSubHeader(cells, cellsOf(i + 1), keyCols);
    if (sub) {
      // The row under is part of the header whatever it does to the score: read as data, its
      // words were lost, and a merged 成绩 read on the upper row alone named its first
      // sub-column (平时, 初修) as the grade.
      const pooled = pooledCells(cells, sub);
      Object.assign(block, {
        lastHeaderIdx: i + 1,
        cells: pooled,
        found: classifyAs(found.kind, pooled, hints),
      });
    }
    block.perBlock = namesStudentAbove(block, cellsOf, i, prev ? prev.lastHeaderIdx + 1 : 0);
    blocks.push(block);
  }
  return blocks.map((block, k) => {
    // Tables side by side share a header row; only a table further down ends this one.
    const next = blocks.slice(k + 1).find((b) => b.headerIdx > block.lastHeaderIdx);
    if (!next) return toMapping(head, block, first);
    let p = next.headerIdx;
    while (p - 1 > block.lastHeaderIdx && isBlankOrTitle(cellsOf(p - 1))) p--;
    return toMapping(head, block, first, p - 1);
  });
}
