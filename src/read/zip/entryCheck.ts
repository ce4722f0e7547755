import { FormatError } from '../errors';
import { crc32 as ourCrc32 } from './crc32';
import type { ZipEntry } from './directory';

/**
 * Checks a streamed member as its bytes arrive: never more than the directory declared (so a zip
 * bomb stops at its declared size, which the caller has bounded), and at the end exactly that many
 * with the declared CRC. A member cut short, or whose bytes were changed, is damage, not data.
 */
export class EntryCheck {
  private bytes = 0;
  private crc = 0;

  /** A check for one member; `crc32` is the host's faster CRC, if it has one. */
  constructor(
    private readonly entry: ZipEntry,
    private readonly crc32: (bytes: Uint8Array, crc: number) => number = ourCrc32,
  ) {}

  /** Counts `chunk`; throws once the member is longer than declared. */
  add(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    if (this.bytes > this.entry.size) {
      throw new FormatError(`zip member ${this.entry.name} longer than declared`);
    }
    this.crc = this.crc32(chunk, this.crc);
  }

  /** Throws unless every declared byte arrived, unchanged. */
  finish(): void {
    if (this.bytes !== this.entry.size || this.crc !== this.entry.crc) {
      throw new FormatError(`zip member ${this.entry.name} does not match its size or CRC`);
    }
  }
}
