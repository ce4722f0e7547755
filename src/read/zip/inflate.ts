/**
 * Raw-deflate decompression, supplied by the host: Node's zlib on the command line (inflating on
 * its thread pool), `DecompressionStream('deflate-raw')` in a browser or worker. The zip reader
 * never needs more than this, so it runs unchanged in both.
 */
export interface Inflater {
  /**
   * Inflates a zip member's compressed bytes as they arrive. Bad deflate data throws a
   * `FormatError` (`io.damaged`); the caller checks the length and CRC of what comes out.
   */
  inflateRaw(input: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array>;
  /** CRC-32 of `bytes` continuing from `crc`, when the host has a faster one than ours. */
  readonly crc32?: (bytes: Uint8Array, crc: number) => number;
}
