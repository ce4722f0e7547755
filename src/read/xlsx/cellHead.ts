import { CellType, cellTypeAt } from './cellType';

const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;

function isSpace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/** Column number of an A1 reference's letters (`AB12` → 28); 0 when the reference has none. */
function columnAt(buf: Uint8Array, a: number, b: number): number {
  let col = 0;
  for (let i = a; i < b; i++) {
    const code = buf[i] ?? 0;
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col;
}

/** The digits `a`..`b` as a number; 0 when they are not all digits (Excel writes `s="12"`). */
export function positiveIntAt(buf: Uint8Array, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) {
    const d = (buf[i] ?? 0) - 0x30;
    if (d < 0 || d > 9) return 0;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The attributes of a `<c …>` tag that the reader needs, parsed in one pass over the bytes (a
 * sheet has millions of cells, so this is the reader's hottest loop). One instance is reused.
 */
export class CellHead {
  /** Column from `r` (0 when absent), type from `t`, style index from `s`. */
  column = 0;
  type = CellType.Number;
  style = 0;
  selfClosing = false;
  /** Bytes of `r`'s value; meaningful only while `column` > 0 (kept to name a bad reference). */
  refStart = 0;
  refEnd = 0;

  /**
   * Reads attributes from `i` (just after the tag name) to the tag's `>`, skipping quoted values
   * whole; returns the index after the `>`, or -1 when the buffer ends first.
   */
  read(buf: Uint8Array, from: number): number {
    const n = buf.length;
    let i = from;
    this.column = 0;
    this.type = CellType.Number;
    this.style = 0;
    for (;;) {
      while (i < n && isSpace(buf[i])) i++;
      if (i >= n) return -1;
      const b = buf[i];
      if (b === GT || (b === SLASH && buf[i + 1] === GT)) {
        this.selfClosing = b === SLASH;
        return b === GT ? i + 1 : i + 2;
      }
      if (b === SLASH && i + 1 >= n) return -1;
      if (buf[i + 1] === EQUALS && buf[i + 2] === DQUOTE) {
        // `r="A2"`: a one-letter attribute as Excel writes it, the shape of nearly every cell.
        let end = i + 3;
        while (end < n && buf[end] !== DQUOTE) end++;
        if (end >= n) return -1;
        this.attribute(b, buf, i + 3, end);
        i = end + 1;
        continue;
      }
      const nameStart = i;
      while (i < n && buf[i] !== EQUALS && buf[i] !== GT && buf[i] !== SLASH && !isSpace(buf[i]))
        i++;
      if (i === nameStart) i++; // a stray `/`: step over it
      const nameLength = i - nameStart;
      while (i < n && isSpace(buf[i])) i++;
      if (i >= n) return -1;
      if (buf[i] !== EQUALS) continue;
      i++;
      while (i < n && isSpace(buf[i])) i++;
      if (i >= n) return -1;
      const quote = buf[i];
      if (quote !== DQUOTE && quote !== 0x27) continue;
      const start = i + 1;
      i = start;
      while (i < n && buf[i] !== quote) i++;
      if (i >= n) return -1;
      if (nameLength === 1) this.attribute(buf[nameStart], buf, start, i);
      i++;
    }
  }

  private attribute(name: number | undefined, buf: Uint8Array, a: number, b: number): void {
    if (name === 0x72) {
      this.column = columnAt(buf, a, b); // r
      this.refStart = a;
      this.refEnd = b;
    } else if (name === 0x74)
      this.type = cellTypeAt(buf, a, b); // t
    else if (name === 0x73) this.style = positiveIntAt(buf, a, b); // s
  }
}
