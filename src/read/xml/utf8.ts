const decoder = new TextDecoder();

/** The UTF-8 bytes `start`..`end` of `buf` as a string (bad sequences become U+FFFD). */
export function utf8(buf: Uint8Array, start: number, end: number): string {
  return decoder.decode(buf.subarray(start, end));
}

/** The bytes `start`..`end` one character each (for quoting ASCII references back). */
export function latin1(buf: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(buf[i]!);
  return out;
}
