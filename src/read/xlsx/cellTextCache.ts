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
    // FNV-1a over the bytes, noting any byte that may start a reference or an escape.
    let h = 0x811c9dc5;
    let special = false;
    for (let i = a; i < b; i++) {
      const byte = buf[i]!;
      if (byte === AMP || byte === UNDERSCORE) special = true;
      h = Math.imul(h ^ byte, 0x01000193);
    }
    const slot = (h ^ (h >>> 14)) & (SLOTS - 1);
    const keys = this.keys;
    const base = slot * WIDTH;
    if (this.lengths[slot] === n) {
      let k = 0;
      while (k < n && keys[base + k] === buf[a + k]) k++;
      if (k === n) return this.values[slot]!;
    }
    const raw = utf8(buf, a, b);
    const value = special ? cellTextOf(raw) : raw;
    for (let k = 0; k < n; k++) keys[base + k] = buf[a + k]!;
    this.lengths[slot] = n;
    this.values[slot] = value;
    return value;
  }
}
