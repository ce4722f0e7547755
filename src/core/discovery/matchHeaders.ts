import { headerKey } from '../normalize/text';
import type { AnyField, TableKind } from '../tables';
import { KIND_SPECS } from './synonyms';
import type { FieldSpec, HeaderCell, KindSpec } from './types';

/** One kind's header lookup, built once from its spec. */
interface KindIndex {
  readonly spec: KindSpec;
  /** header key → fields it names exactly, with the synonym's position in its list. */
  readonly exact: ReadonlyMap<string, readonly { field: AnyField; rank: number }[]>;
  readonly known: ReadonlySet<string>;
  readonly contains: readonly { field: AnyField; word: string; exclude: readonly string[] }[];
}

/** The columns one header row gives one kind, and how strongly it points to that kind. */
export interface HeaderMatch {
  readonly kind: TableKind;
  readonly columns: Readonly<Partial<Record<AnyField, number>>>;
  /** Sum of the matched fields' weights, plus a little for known unread headers. */
  readonly score: number;
  /** Weight beyond the fields every kind shares: how specific the evidence is. */
  readonly specific: number;
  readonly matchedFields: number;
  /** Header cells recognised at all (a field or a known header). */
  readonly recognisedCells: number;
}

const EXACT = 1;
// A header that matches only once "(百分制)"-style trailing notes are dropped.
const LOOSE = 0.85;
const CONTAINS = 0.6;
const KNOWN_WEIGHT = 0.3;

function buildIndex(spec: KindSpec): KindIndex {
  const exact = new Map<string, { field: AnyField; rank: number }[]>();
  const contains: { field: AnyField; word: string; exclude: readonly string[] }[] = [];
  for (const [field, fs] of Object.entries(spec.fields) as [AnyField, FieldSpec][]) {
    fs.exact.forEach((text, rank) => {
      const key = headerKey(text);
      exact.set(key, [...(exact.get(key) ?? []), { field, rank }]);
    });
    for (const word of fs.contains ?? []) contains.push({ field, word, exclude: fs.exclude ?? [] });
  }
  return { spec, exact, contains, known: new Set(spec.known.map(headerKey)) };
}

const INDEXES: ReadonlyMap<TableKind, KindIndex> = new Map(
  KIND_SPECS.map((spec) => [spec.kind, buildIndex(spec)]),
);

const TRAILING_BRACKETS = /\([^()]*\)$/;
// '1、专业', '2.学号': hand-kept sheets number their headers; the number is not part of the name.
const NUMBERED = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、.](?=\D)/;

/** The header key of a cell, without a leading '1、' number. */
export function fieldKey(text: string): string {
  const key = headerKey(text);
  return NUMBERED.test(key) ? key.replace(NUMBERED, '') : key;
}

interface Candidate {
  col: number;
  field: AnyField;
  score: number;
}

function candidatesFor(index: KindIndex, cell: HeaderCell, out: Candidate[]): boolean {
  const key = fieldKey(cell.text);
  if (key === '') return false;
  const direct = index.exact.get(key);
  if (direct) {
    for (const m of direct)
      out.push({ col: cell.col, field: m.field, score: EXACT - m.rank * 0.01 });
    return true;
  }
  const loose = key.replace(TRAILING_BRACKETS, '');
  const viaLoose = loose !== key && loose !== '' ? index.exact.get(loose) : undefined;
  if (viaLoose) {
    for (const m of viaLoose)
      out.push({ col: cell.col, field: m.field, score: LOOSE - m.rank * 0.01 });
    return true;
  }
  if (index.known.has(key) || index.known.has(loose)) return true;
  let found = false;
  for (const c of index.contains) {
    if (key.includes(c.word) && !c.exclude.some((w) => key.includes(w))) {
      // Longer, more specific words first when two fields compete for the cell.
      out.push({ col: cell.col, field: c.field, score: CONTAINS + c.word.length * 0.001 });
      found = true;
    }
  }
  return found;
}

/**
 * Maps header cells to one kind's fields. Every cell and every field is used at most once; the
 * strongest pairs are taken first, so an exact "补考成绩" keeps 补考成绩 away from `score`, and
 * "成绩" beats "成绩备注". Cells may repeat a column (two header rows); the first pair wins.
 */
export function matchHeaders(kind: TableKind, cells: readonly HeaderCell[]): HeaderMatch {
  const index = INDEXES.get(kind);
  if (!index) throw new Error(`no header index for ${kind}`);
  const candidates: Candidate[] = [];
  const recognisedCols = new Set<number>();
  for (const cell of cells)
    if (candidatesFor(index, cell, candidates)) recognisedCols.add(cell.col);
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const columns: Partial<Record<AnyField, number>> = {};
  const usedCols = new Set<number>();
  let score = 0;
  let specific = 0;
  let matchedFields = 0;
  for (const c of candidates) {
    if (usedCols.has(c.col) || columns[c.field] !== undefined) continue;
    columns[c.field] = c.col;
    usedCols.add(c.col);
    const weight = (index.spec.fields as Readonly<Record<string, FieldSpec>>)[c.field]?.weight ?? 0;
    score += weight;
    specific += Math.max(0, weight - 1);
    matchedFields += 1;
  }
  score += (recognisedCols.size - usedCols.size) * KNOWN_WEIGHT;
  return { kind, columns, score, specific, matchedFields, recognisedCells: recognisedCols.size };
}

/** True when some kind knows this header text (a field synonym or a known unread header). */
export function recognisedAnywhere(text: string): boolean {
  for (const index of INDEXES.values()) {
    const scratch: Candidate[] = [];
    if (candidatesFor(index, { col: 0, text }, scratch)) return true;
  }
  return false;
}
