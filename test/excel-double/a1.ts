import { columnLetter } from '../../src/core/cells';
import { MAX_COLS, MAX_ROWS } from './limits';
import type { Rect } from './rect';

/** A parsed A1 reference, with its sheet when the text named one. */
export interface ParsedRef {
  readonly sheet?: string;
  readonly rect: Rect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/** 1-based column number of letters (A → 1); NaN when out of Excel's range. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n >= 1 && n <= MAX_COLS ? n : NaN;
}

function cell(text: string): { row: number; col: number } | null {
  const m = CELL.exec(text);
  if (!m) return null;
  const col = columnNumber(m[1]!);
  const row = Number(m[2]);
  return Number.isNaN(col) || row < 1 || row > MAX_ROWS ? null : { row, col };
}

function order(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

function parseRef(text: string): Rect | null {
  const cols = COLS.exec(text);
  if (cols) {
    const [c1, c2] = order(columnNumber(cols[1]!), columnNumber(cols[2]!));
    return Number.isNaN(c1) || Number.isNaN(c2) ? null : { r1: 1, c1, r2: MAX_ROWS, c2 };
  }
  const rows = ROWS.exec(text);
  if (rows) {
    const [r1, r2] = order(Number(rows[1]), Number(rows[2]));
    return r1 < 1 || r2 > MAX_ROWS ? null : { r1, c1: 1, r2, c2: MAX_COLS };
  }
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const a = cell(parts[0]!);
  const b = parts.length === 2 ? cell(parts[1]!) : a;
  if (!a || !b) return null;
  const [r1, r2] = order(a.row, b.row);
  const [c1, c2] = order(a.col, b.col);
  return { r1, c1, r2, c2 };
}

/** Splits `Sheet!A1` / `'My ''x'' sheet'!A1` into sheet and reference; null when malformed. */
export function parseA1(text: string): ParsedRef | null {
  const s = text.trim();
  const bang = s.lastIndexOf('!');
  if (bang < 0) {
    const rect = parseRef(s);
    return rect ? { rect } : null;
  }
  let sheet = s.slice(0, bang);
  if (sheet.startsWith("'")) {
    if (!sheet.endsWith("'") || sheet.length < 3) return null;
    const inner = sheet.slice(1, -1);
    if (/(^|[^'])'([^']|$)/.test(inner.replace(/''/g, ''))) return null;
    sheet = inner.replace(/''/g, "'");
  } else if (/[\s'!]/.test(sheet) || sheet === '') return null;
  const rect = parseRef(s.slice(bang + 1));
  return rect ? { sheet, rect } : null;
}

/** Sheet name as Excel writes it in an address: quoted when it is not a plain identifier. */
export function quoteSheet(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The reference part of an address (`A1`, `A1:C3`, `A:C`, `2:5`). */
export function rectA1(r: Rect): string {
  if (r.r1 === 1 && r.r2 === MAX_ROWS) return `${columnLetter(r.c1)}:${columnLetter(r.c2)}`;
  if (r.c1 === 1 && r.c2 === MAX_COLS) return `${r.r1}:${r.r2}`;
  const a = `${columnLetter(r.c1)}${r.r1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? a : `${a}:${columnLetter(r.c2)}${r.r2}`;
}

/** `Range.address` as Excel reports it. */
export function formatAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${rectA1(r)}`;
}
