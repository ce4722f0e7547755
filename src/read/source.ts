/**
 * Random access to a file's bytes, whatever holds them: a Node FileHandle on the command line, a
 * Blob (a picked File) in the browser, or bytes already in memory. The zip reader needs the end of
 * the file first (its directory), then each member's bytes, so a stream is not enough.
 */
export interface ByteSource {
  /** The file's length in bytes. */
  readonly size: number;
  /** Up to `length` bytes from `offset`; fewer only at the end of the file. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A source over bytes already in memory. */
export function memorySource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) =>
      Promise.resolve(bytes.subarray(offset, Math.min(bytes.length, offset + length))),
  };
}

/** Reads exactly `length` bytes from `offset`, or returns null when the file ends first. */
export async function readExactly(
  source: ByteSource,
  offset: number,
  length: number,
): Promise<Uint8Array | null> {
  const bytes = await source.read(offset, length);
  return bytes.length === length ? bytes : null;
}

/** Bytes per read when a range is streamed: large enough that each read's overhead is noise. */
export const CHUNK_BYTES = 256 * 1024;

/** The bytes `start`..`start + length` in chunks, as they are read. */
export async function* sourceChunks(
  source: ByteSource,
  start: number,
  length: number,
  chunkBytes: number = CHUNK_BYTES,
): AsyncGenerator<Uint8Array> {
  const end = Math.min(source.size, start + length);
  for (let at = start; at < end;) {
    const chunk = await source.read(at, Math.min(chunkBytes, end - at));
    if (chunk.length === 0) return;
    at += chunk.length;
    yield chunk;
  }
}

/** The whole source in memory (for formats read whole: old .xls, web pages, XML 2003). */
export async function readAll(source: ByteSource): Promise<Uint8Array> {
  const whole = new Uint8Array(source.size);
  let at = 0;
  for await (const chunk of sourceChunks(source, 0, source.size)) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return at === whole.length ? whole : whole.subarray(0, at);
}
