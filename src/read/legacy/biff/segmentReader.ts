import { damaged } from '../bytes';

/**
 * Reads across a record and its CONTINUE records as one run of bytes, except for characters:
 * when a string's characters break at a record boundary, the next record starts with a fresh
 * option byte saying whether the rest is stored one or two bytes per character (MS-XLS 2.5.293).
 */
export class SegmentReader {
  private seg = 0;
  private pos = 0;

  /** A reader positioned at the start of `segments[0]`. */
  constructor(private readonly segments: readonly Uint8Array[]) {}

  /** Whether every byte has been read. */
  atEnd(): boolean {
    this.skipEmpty();
    return this.seg >= this.segments.length;
  }

  /** The next byte. */
  u8(): number {
    this.skipEmpty();
    const v = this.segments[this.seg]?.[this.pos];
    if (v === undefined) throw damaged('string runs past its records');
    this.pos++;
    return v;
  }

  /** The next unsigned 16-bit number. */
  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  /** The next signed 32-bit number. */
  i32(): number {
    return this.u16() | (this.u16() << 16) | 0;
  }

  /** Steps over `count` bytes (formatting runs, phonetic data), across records if need be. */
  skip(count: number): void {
    let left = count;
    while (left > 0) {
      this.skipEmpty();
      const segment = this.segments[this.seg];
      if (!segment) throw damaged('skip runs past its records');
      const step = Math.min(left, segment.length - this.pos);
      this.pos += step;
      left -= step;
    }
  }

  /** `count` characters, first stored two bytes each when `wide`, switching at record breaks. */
  chars(count: number, wide: boolean): string {
    let out = '';
    let twoBytes = wide;
    let left = count;
    while (left > 0) {
      let segment = this.segments[this.seg];
      if (segment && this.pos >= segment.length) {
        this.seg++;
        this.pos = 0;
        segment = this.segments[this.seg];
        if (!segment) break;
        twoBytes = (this.u8() & 1) === 1;
        continue;
      }
      if (!segment) break;
      const width = twoBytes ? 2 : 1;
      const n = Math.min(left, Math.floor((segment.length - this.pos) / width));
      if (n === 0) throw damaged('character split across records');
      out += decodeRun(segment, this.pos, n, twoBytes);
      this.pos += n * width;
      left -= n;
    }
    if (left > 0) throw damaged('string runs past its records');
    return out;
  }

  private skipEmpty(): void {
    while (this.seg < this.segments.length && this.pos >= this.segments[this.seg]!.length) {
      this.seg++;
      this.pos = 0;
    }
  }
}

const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function decodeRun(bytes: Uint8Array, at: number, count: number, twoBytes: boolean): string {
  if (twoBytes) return UTF16.decode(bytes.subarray(at, at + 2 * count));
  let out = '';
  for (let i = 0; i < count; i++) out += String.fromCharCode(bytes[at + i]!);
  return out;
}
