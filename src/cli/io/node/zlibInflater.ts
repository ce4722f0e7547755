import { Readable } from 'node:stream';
import { crc32, createInflateRaw, type ZlibOptions } from 'node:zlib';
import { FormatError } from '../../../read/errors';
import type { Inflater } from '../../../read/zip/inflate';

function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

/**
 * Node's zlib as the reader's `Inflater`: it inflates on the thread pool while the scanner works on
 * the main thread, and its native CRC-32 is faster than ours.
 */
export const zlibInflater: Inflater = {
  async *inflateRaw(input) {
    // Bigger chunks than zlib's 16 KB default mean fewer calls and fewer cells carried between
    // chunks; a deep read-ahead keeps the thread pool busy while the scanner works.
    const inflate = createInflateRaw({
      chunkSize: 128 * 1024,
      highWaterMark: 2 * 1024 * 1024,
    } as ZlibOptions);
    const raw = Readable.from(input, { objectMode: false, highWaterMark: 512 * 1024 });
    raw.on('error', (error) => inflate.destroy(error));
    inflate.on('close', () => raw.destroy());
    raw.pipe(inflate);
    try {
      for await (const chunk of inflate) yield chunk as Buffer;
    } catch (error) {
      throw isZlibError(error) ? new FormatError(`inflate: ${String(error)}`) : error;
    } finally {
      inflate.destroy();
    }
  },
  crc32: (bytes, crc) => crc32(bytes, crc),
};
