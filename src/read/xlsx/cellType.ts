/** A cell's `t` attribute: how its `<v>` or `<is>` is to be read. */
export const enum CellType {
  Number,
  Shared,
  Formula,
  Inline,
  Bool,
  Error,
  Date,
}

function is(buf: Uint8Array, a: number, b: number, word: string): boolean {
  if (b - a !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (buf[a + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** The type named by the attribute value in bytes `a`..`b`; unknown types read as numbers. */
export function cellTypeAt(buf: Uint8Array, a: number, b: number): CellType {
  if (b - a === 1) {
    const c = buf[a];
    if (c === 0x73) return CellType.Shared; // s
    if (c === 0x62) return CellType.Bool; // b
    if (c === 0x65) return CellType.Error; // e
    if (c === 0x64) return CellType.Date; // d
    return CellType.Number;
  }
  if (is(buf, a, b, 'str')) return CellType.Formula;
  if (is(buf, a, b, 'inlineStr')) return CellType.Inline;
  return CellType.Number;
}
