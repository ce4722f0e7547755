/** Little-endian reads that never run past the data: a short read is a damaged file, not a crash. */
import { FormatError } from '../errors';

/** The byte at `at`, or a damaged-file error when it is beyond `data`. */
export function u8(data: Uint8Array, at: number): number {
  const v = data[at];
  if (v === undefined)
    throw new FormatError(`byte ${at} beyond ${data.length}`, 'io.legacy.damaged');
  return v;
}

/** An unsigned 16-bit little-endian number at `at`. */
export function u16(data: Uint8Array, at: number): number {
  return u8(data, at) | (u8(data, at + 1) << 8);
}

/** An unsigned 32-bit little-endian number at `at`. */
export function u32(data: Uint8Array, at: number): number {
  return (u16(data, at) + u16(data, at + 2) * 0x10000) >>> 0;
}

/** A signed 32-bit little-endian number at `at`. */
export function i32(data: Uint8Array, at: number): number {
  return u32(data, at) | 0;
}

/** An IEEE 754 double, little-endian, at `at`. */
export function f64(data: Uint8Array, at: number): number {
  if (at < 0 || at + 8 > data.length)
    throw new FormatError('double beyond data', 'io.legacy.damaged');
  return new DataView(data.buffer, data.byteOffset + at, 8).getFloat64(0, true);
}

/** Whether `data` starts with `magic` at `at`. */
export function startsWith(data: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (data.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (data[at + i] !== magic[i]) return false;
  return true;
}

/** Text stored as UTF-16LE code units, `count` of them from `at`. */
export function utf16le(data: Uint8Array, at: number, count: number): string {
  if (at + count * 2 > data.length) throw new FormatError('text beyond data', 'io.legacy.damaged');
  let out = '';
  for (let i = 0; i < count; i++)
    out += String.fromCharCode(data[at + 2 * i]! | (data[at + 2 * i + 1]! << 8));
  return out;
}

/** Text stored as one byte per character (Latin-1, BIFF8's "compressed" strings), `count` from `at`. */
export function latin1(data: Uint8Array, at: number, count: number): string {
  if (at + count > data.length) throw new FormatError('text beyond data', 'io.legacy.damaged');
  let out = '';
  for (let i = 0; i < count; i++) out += String.fromCharCode(data[at + i]!);
  return out;
}

/** A damaged-file error for the legacy readers; `detail` is for logs, the teacher sees the key. */
export function damaged(detail: string): FormatError {
  return new FormatError(detail, 'io.legacy.damaged');
}
