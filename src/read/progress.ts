import type { Inflater } from './zip/inflate';

/** How far reading has got: bytes of the input read so far, out of its total size in bytes. */
export type ProgressListener = (bytesRead: number, totalBytes: number) => void;

/** Options every reader takes. */
export interface ReadOptions {
  /**
   * Called as the input is read (about every 256 KB, so a caller drawing a bar should throttle its
   * redraws): `bytesRead` grows monotonically and ends equal to `totalBytes`.
   */
  readonly onProgress?: ProgressListener;
  /** The host's raw-deflate inflater (Node's zlib on the command line); else DecompressionStream. */
  readonly inflater?: Inflater;
}

/** Counts bytes read towards `total` and tells the listener; never reports more than `total`. */
export class ProgressCounter {
  private read = 0;

  /** A counter for an input of `total` bytes. */
  constructor(
    private readonly total: number,
    private readonly listener: ProgressListener | undefined,
  ) {}

  /** `bytes` more were read. */
  add(bytes: number): void {
    if (!this.listener) return;
    this.read = Math.min(this.total, this.read + bytes);
    this.listener(this.read, this.total);
  }

  /** The whole input was read (parts a reader skips count as read). */
  finish(): void {
    if (this.read === this.total) return;
    this.read = this.total;
    this.listener?.(this.total, this.total);
  }
}
