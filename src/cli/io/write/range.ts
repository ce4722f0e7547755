/** A rectangle of 1-based rows and columns. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function decodeRef(ref: string, range: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Bad A1 range "${range}"`);
  let col = 0;
  for (const ch of (m[1] ?? '').toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** Decodes an A1 range (`B2:D5`, or a single cell `B2`) to a rectangle. */
export function decodeRange(range: string): Rect {
  const [first = '', second] = range.split(':');
  const a = decodeRef(first, range);
  const b = second === undefined ? a : decodeRef(second, range);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
