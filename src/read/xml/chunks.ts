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

// Bytes of the next chunk put after a carried tail first: nearly always enough for its cell to end,
// so the rest of the chunk is scanned where it lies instead of being copied behind the tail.
const BRIDGE = 4096;

/** Scans `buf`; returns its unfinished tail, or null. */
function scanOne(scanner: ByteScanner, buf: Uint8Array): Uint8Array | null {
  const keep = scanner.scan(buf);
  return !scanner.done && keep < buf.length ? buf.subarray(keep) : null;
}

/** Scans `carry` followed by `chunk`; returns the new unfinished tail, or null. */
function scanAfter(scanner: ByteScanner, carry: Uint8Array, chunk: Uint8Array): Uint8Array | null {
  let tail = carry;
  if (chunk.length > BRIDGE) {
    const bridge = join(tail, chunk.subarray(0, BRIDGE));
    const keep = scanner.scan(bridge);
    if (scanner.done) return null;
    if (keep >= tail.length) return scanOne(scanner, chunk.subarray(keep - tail.length));
    tail = tail.subarray(keep); // a longer element: it needs the whole chunk behind it
  }
  return scanOne(scanner, join(tail, chunk));
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
    const view = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    carry = carry ? scanAfter(scanner, carry, view) : scanOne(scanner, view);
    if (scanner.done && !check) return; // leaving the loop closes the stream
    if (carry && carry.length > MAX_CARRY) throw new FormatError('XML token too long');
  }
  check?.finish();
  if (scanner.done) return;
  if (carry && carry.includes(0x3c)) throw new FormatError('XML ends inside a tag');
  scanner.finish?.();
}
