/**
 * Counts, chunk by chunk, the multi-byte UTF-8 sequences that are well formed and those that are
 * not. One bad byte in a UTF-8 file (a cut-off character, a byte from another encoding pasted in)
 * leaves hundreds of good Chinese characters and one bad sequence; a GB18030 file read as UTF-8 is
 * bad almost everywhere. The ratio tells the two apart where a strict decoder cannot.
 */
export class Utf8Census {
  /** Well-formed sequences of two to four bytes. */
  valid = 0;
  /** Ill-formed sequences (each counted once, however many bytes it spans). */
  invalid = 0;
  private need = 0;
  private lower = 0x80;
  private upper = 0xbf;

  /** Feeds the next bytes. */
  write(bytes: Uint8Array): void {
    for (const b of bytes) {
      if (this.need > 0) {
        if (b >= this.lower && b <= this.upper) {
          this.lower = 0x80;
          this.upper = 0xbf;
          if (--this.need === 0) this.valid++;
          continue;
        }
        this.invalid++; // the sequence broke off; this byte starts afresh
        this.need = 0;
        this.lower = 0x80;
        this.upper = 0xbf;
      }
      this.start(b);
    }
  }

  /** Ends the input: a sequence cut off at the end counts as bad. */
  end(): void {
    if (this.need > 0) this.invalid++;
    this.need = 0;
  }

  /** True when the bytes are UTF-8 with at most a few bad sequences among many good ones. */
  mostlyUtf8(): boolean {
    return this.invalid === 0 || this.valid >= 4 * this.invalid;
  }

  // The lead byte's ranges follow the WHATWG decoder, so overlong and surrogate forms are bad.
  private start(b: number): void {
    if (b < 0x80) return;
    if (b >= 0xc2 && b <= 0xdf) this.need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      this.need = 2;
      if (b === 0xe0) this.lower = 0xa0;
      if (b === 0xed) this.upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      this.need = 3;
      if (b === 0xf0) this.lower = 0x90;
      if (b === 0xf4) this.upper = 0x8f;
    } else this.invalid++;
  }
}
