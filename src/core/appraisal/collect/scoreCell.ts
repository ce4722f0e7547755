import { isCellError } from '../../cells';
import type { CellValue } from '../../cells';

/** What a scorer left in a score cell. */
export type ScoreCell =
  | { readonly kind: 'number'; readonly value: number; readonly fromText: boolean }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly shown: string };

/** Reads a score cell: numbers, numbers typed as text (`18`, `１８`, `18分`), blanks, anything else. */
export function readScore(cell: CellValue | undefined): ScoreCell {
  if (cell === null || cell === undefined) return { kind: 'missing' };
  if (typeof cell === 'number')
    return Number.isFinite(cell)
      ? { kind: 'number', value: cell, fromText: false }
      : { kind: 'invalid', shown: String(cell) };
  if (isCellError(cell)) return { kind: 'invalid', shown: cell.error };
  if (cell instanceof Date) return { kind: 'invalid', shown: cell.toISOString().slice(0, 10) };
  if (typeof cell === 'boolean') return { kind: 'invalid', shown: String(cell) };
  const text = cell.normalize('NFKC').trim();
  if (text === '') return { kind: 'missing' };
  const numeric = text.replace(/分$/, '').trim();
  const value = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(numeric) ? Number(numeric) : Number.NaN;
  return Number.isFinite(value)
    ? { kind: 'number', value, fromText: true }
    : { kind: 'invalid', shown: text };
}

/** Text of a name-like cell (姓名, 学号, 部门, 职务), normalised; numbers keep their digits. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.normalize('NFKC').trim();
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  if (isCellError(cell)) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}
