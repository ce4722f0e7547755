import { FormatError } from '../errors';

/** Little-endian numbers from a zip record; a read past its end is damage, not a crash. */
export class LittleEndian {
  private readonly view: DataView;

  /** A reader over `bytes`. */
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  private check(at: number, size: number): void {
    if (at < 0 || at + size > this.bytes.length) throw new FormatError('zip record cut short');
  }

  readUInt16LE(at: number): number {
    this.check(at, 2);
    return this.view.getUint16(at, true);
  }

  readUInt32LE(at: number): number {
    this.check(at, 4);
    return this.view.getUint32(at, true);
  }

  readBigUInt64LE(at: number): bigint {
    this.check(at, 8);
    return this.view.getBigUint64(at, true);
  }

  /** The bytes `start`..`end` as another reader. */
  subarray(start: number, end: number): LittleEndian {
    return new LittleEndian(this.bytes.subarray(start, end));
  }
}
