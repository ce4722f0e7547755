import { utf8 } from '../xml/utf8';
import { decodeExcelEscapes, decodeXml } from '../xml/text';

// Direct-mapped: a slot per hash, the newest text wins. 16,384 slots hold a university's course
// catalogue, majors and terms with room to spare; 64 bytes is 21 CJK characters.
const SLOTS = 1 << 14;
const WIDTH = 64;
const AMP = 0x26;
const UNDERSCORE = 0x5f;

/** Text as the teacher typed it: UTF-8 decoded, XML references and Excel's `_xHHHH_` undone. */
export function cellTextOf(raw: string): string {
  return decodeExcelEscapes(decodeXml(raw));
}

/**
 * The slot of the `n` bytes from `a`: FNV-1a over all of a short text, and over its length, ends
 * and middle when longer (texts that differ only elsewhere share a slot and take turns in it; the
 * bytes are compared in full either way, so that costs time, never a wrong string).
 */
function slotOf(buf: Uint8Array, a: number, n: number): number {
  let h = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  if (n <= 16) {
    for (let i = a; i < a + n; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  } else {
    const mid = a + (n >> 1);
    for (let i = a; i < a + 4; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    for (let i = mid - 2; i < mid + 2; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    for (let i = a + n - 8; i < a + n; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  }
  return (h ^ (h >>> 14)) & (SLOTS - 1);
}

/** Whether the bytes hold `&` or `_`, which may start a reference or an Excel escape. */
function mayHoldReference(buf: Uint8Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (buf[i] === AMP || buf[i] === UNDERSCORE) return true;
  return false;
}

/**
 * The text of inline-string and formula-string cells, by the bytes they are stored as. Files
 * written without shared strings (Apache POI's streaming writer, openpyxl's write-only mode) repeat
 * the same term, course, major and 学号 in row after row; a text whose bytes were seen recently
 * gives back the same string, so it is neither decoded nor allocated again, and the core compares
 * it by reference. The decoded value is exactly `cellTextOf(utf8(bytes))`.
 */
export class CellTextCache {
  private readonly keys = new Uint8Array(SLOTS * WIDTH);
  private readonly lengths = new Int32Array(SLOTS).fill(-1);
  private readonly values: string[] = new Array<string>(SLOTS).fill('');

  /** The text of the bytes `a`..`b` of `buf` (see `cellTextOf`). */
  text(buf: Uint8Array, a: number, b: number): string {
    const n = b - a;
    if (n > WIDTH) return cellTextOf(utf8(buf, a, b));
    const slot = slotOf(buf, a, n);
    const keys = this.keys;
    const base = slot * WIDTH;
    if (this.lengths[slot] === n) {
      let k = 0;
      while (k < n && keys[base + k] === buf[a + k]) k++;
      if (k === n) return this.values[slot]!;
    }
    const raw = utf8(buf, a, b);
    const value = mayHoldReference(buf, a, b) ? cellTextOf(raw) : raw;
    for (let k = 0; k < n; k++) keys[base + k] = buf[a + k]!;
    this.lengths[slot] = n;
    this.values[slot] = value;
    return value;
  }
}
