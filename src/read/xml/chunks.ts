import { FormatError } from '../errors';
import type { EntryCheck } from '../zip/entryCheck';

/** A scanner over whole buffers that says where its unfinished tail begins. */
export interface ByteScanner {
  /** Scans `buf`; returns the index of the first byte it could not finish (buf.length if none). */
  scan(buf: Uint8Array): number;
  /** True once the rest of the part is not needed. */
  readonly done: boolean;
  /** Called when the part ended before `done`: throws if the part was cut short. */
  finish?(): void;
}

// No single cell or shared string comes near this; more means the part is garbage.
const MAX_CARRY = 16 * 1024 * 1024;

function join(carry: Uint8Array, chunk: Uint8Array): Uint8Array {
  const both = new Uint8Array(carry.length + chunk.length);
  both.set(carry, 0);
  both.set(chunk, carry.length);
  return both;
}

/**
 * Feeds a part's bytes to `scanner` chunk by chunk, carrying only the unfinished tail (a cell cut
 * by the chunk boundary) into the next chunk, so a character split between chunks is decoded whole.
 * Without `check` it stops reading (closing the stream) once the scanner is done; with it the rest
 * is inflated but not scanned, because the size and CRC can only be checked on every byte.
 */
export async function scanChunks(
  stream: AsyncIterable<Uint8Array>,
  scanner: ByteScanner,
  check?: EntryCheck,
): Promise<void> {
  let carry: Uint8Array | null = null;
  for await (const chunk of stream) {
    check?.add(chunk);
    if (scanner.done) continue;
    // A plain Uint8Array view whatever the host hands over (Node gives Buffers): the scanners'
    // byte loads then see one kind of array and stay monomorphic.
    const buf: Uint8Array = carry
      ? join(carry, chunk)
      : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const keep = scanner.scan(buf);
    if (scanner.done && !check) return; // leaving the loop closes the stream
    carry = keep < buf.length ? buf.subarray(keep) : null;
    if (carry && carry.length > MAX_CARRY) throw new FormatError('XML token too long');
  }
  check?.finish();
  if (scanner.done) return;
  if (carry && carry.includes(0x3c)) throw new FormatError('XML ends inside a tag');
  scanner.finish?.();
}
