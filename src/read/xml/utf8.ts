const decoder = new TextDecoder();
// Past this many bytes one native call beats the loop below.
const SHORT = 96;
const codes: number[] = [];

/**
 * Decodes short well-formed UTF-8 by hand (cell text is mostly a few ASCII or CJK characters, and
 * a native decoder call per cell costs more than the decoding); returns null for anything else.
 */
function shortUtf8(buf: Uint8Array, start: number, end: number): string | null {
  codes.length = 0;
  for (let i = start; i < end;) {
    const b = buf[i]!;
    if (b < 0x80) {
      codes.push(b);
      i++;
    } else if (b >= 0xc2 && b < 0xe0 && i + 1 < end) {
      const b1 = buf[i + 1]!;
      if ((b1 & 0xc0) !== 0x80) return null;
      codes.push(((b & 0x1f) << 6) | (b1 & 0x3f));
      i += 2;
    } else if (b >= 0xe0 && b < 0xf0 && i + 2 < end) {
      const b1 = buf[i + 1]!;
      const b2 = buf[i + 2]!;
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return null;
      const c = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      if (c < 0x800 || (c >= 0xd800 && c < 0xe000)) return null; // overlong or a surrogate
      codes.push(c);
      i += 3;
    } else {
      return null; // four-byte characters and bad bytes: the native decoder handles them
    }
  }
  return String.fromCharCode.apply(null, codes);
}

/** The UTF-8 bytes `start`..`end` of `buf` as a string (bad sequences become U+FFFD). */
export function utf8(buf: Uint8Array, start: number, end: number): string {
  if (end - start <= SHORT) {
    const text = shortUtf8(buf, start, end);
    if (text !== null) return text;
  }
  return decoder.decode(buf.subarray(start, end));
}

/** The bytes `start`..`end` one character each (for quoting ASCII references back). */
export function latin1(buf: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(buf[i]!);
  return out;
}
