import { columnLetter } from '../core/cells';
import type { Area } from '../core/marks';

/** A rectangle of cells, 1-based and inclusive (the core's Area). */
export type Rect = Area;

/** `B3:D9` (or `B3` for one cell). */
export function a1(rect: Rect): string {
  const first = `${columnLetter(rect.c1)}${rect.r1}`;
  return rect.r1 === rect.r2 && rect.c1 === rect.c2
    ? first
    : `${first}:${columnLetter(rect.c2)}${rect.r2}`;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** The rectangle of an address as WPS writes it (`$A$1:$C$9`, `A1`); undefined if not one. */
export function parseA1(address: string): Rect | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!m) return undefined;
  const c1 = colNumber(m[1]!);
  const r1 = Number(m[2]);
  const c2 = m[3] ? colNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}
