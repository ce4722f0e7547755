import type { Readable } from 'node:stream';
import { FormatError } from '../errors';

/** A scanner over whole buffers that says where its unfinished tail begins. */
export interface ByteScanner {
  /** Scans `buf`; returns the index of the first byte it could not finish (buf.length if none). */
  scan(buf: Buffer): number;
  /** True once the rest of the part is not needed. */
  readonly done: boolean;
}

// No single cell or shared string comes near this; more means the part is garbage.
const MAX_CARRY = 16 * 1024 * 1024;

/**
 * Feeds a part's bytes to `scanner` chunk by chunk, carrying only the unfinished tail (a cell cut
 * by the chunk boundary) into the next chunk, so a character split between chunks is decoded whole.
 * Stops reading (closing the stream) once the scanner is done.
 */
export async function scanChunks(stream: Readable, scanner: ByteScanner): Promise<void> {
  let carry: Buffer | null = null;
  for await (const chunk of stream) {
    const buf: Buffer = carry ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    const keep = scanner.scan(buf);
    if (scanner.done) return; // leaving the loop destroys the stream
    carry = keep < buf.length ? buf.subarray(keep) : null;
    if (carry && carry.length > MAX_CARRY) throw new FormatError('XML token too long');
  }
  if (carry?.includes(0x3c)) throw new FormatError('XML ends inside a tag');
}
