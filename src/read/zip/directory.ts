import { FormatError } from '../errors';
import { LIMITS, shownLimit } from '../limits';
import { readExactly, type ByteSource } from '../source';
import { LittleEndian } from './littleEndian';

/** One member of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
  /** CRC-32 of the member's uncompressed bytes, checked once they are read. */
  readonly crc: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_CENTRAL_DIRECTORY = 64 * 1024 * 1024;

async function readAt(file: ByteSource, position: number, length: number): Promise<LittleEndian> {
  const bytes = await readExactly(file, position, length);
  if (!bytes) throw new FormatError('zip truncated');
  return new LittleEndian(bytes);
}

interface Directory {
  readonly offset: number;
  readonly size: number;
  readonly count: number;
}

async function findDirectory(file: ByteSource, fileSize: number): Promise<Directory> {
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tailStart = fileSize - tailLength;
  const tail = await readAt(file, tailStart, tailLength);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD) continue;
    const count = tail.readUInt16LE(i + 10);
    const size = tail.readUInt32LE(i + 12);
    const offset = tail.readUInt32LE(i + 16);
    if (count !== 0xffff && size !== 0xffffffff && offset !== 0xffffffff) {
      return { offset, size, count };
    }
    // Zip64: the real numbers sit in a second record that the locator before the EOCD points to.
    const locatorAt = tailStart + i - 20;
    if (locatorAt < 0) break;
    const locator = await readAt(file, locatorAt, 20);
    if (locator.readUInt32LE(0) !== ZIP64_LOCATOR) break;
    const record = await readAt(file, Number(locator.readBigUInt64LE(8)), 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD) break;
    return {
      count: Number(record.readBigUInt64LE(32)),
      size: Number(record.readBigUInt64LE(40)),
      offset: Number(record.readBigUInt64LE(48)),
    };
  }
  throw new FormatError('no zip end-of-central-directory record');
}

/** Sizes and offset that did not fit 32 bits live in the Zip64 extra field, in this order. */
function applyZip64(extra: LittleEndian, sizes: number[]): void {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      for (let k = 0; k < sizes.length; k++) {
        if (sizes[k] !== 0xffffffff) continue;
        if (q + 8 > p + 4 + length) throw new FormatError('bad zip64 extra field');
        sizes[k] = Number(extra.readBigUInt64LE(q));
        q += 8;
      }
      return;
    }
    p += 4 + length;
  }
}

/** A member name: UTF-8 when flagged, else read byte for byte (what Node's 'latin1' gave). */
function zipName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder().decode(bytes);
  let name = '';
  for (const b of bytes) name += String.fromCharCode(b);
  return name;
}

/**
 * The key a member is found by: package part names are case-insensitive, and some Windows zippers
 * write `\\` for `/` and a leading `/`; two members with one key are the same part.
 */
function partKey(name: string): string {
  return partName(name).toLowerCase();
}

/** The part name as the teacher's file spells it, with `/` separators and no leading `/`. */
function partName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

/**
 * Reads the archive's central directory: every member's size and position, keyed by its part
 * name (see partKey). A part named twice is refused (`io.zipDuplicate`): which copy a program
 * reads is up to the program, so the file would say one thing in Excel and another here.
 */
export async function readZipDirectory(file: ByteSource): Promise<Map<string, ZipEntry>> {
  const fileSize = file.size;
  const dir = await findDirectory(file, fileSize);
  if (dir.size > MAX_CENTRAL_DIRECTORY || dir.offset + dir.size > fileSize) {
    throw new FormatError('zip central directory out of range');
  }
  if (dir.count > LIMITS.zipEntries) {
    throw new FormatError('too many zip entries', 'io.tooMany', {
      part: 'zip',
      limit: shownLimit(LIMITS.zipEntries),
    });
  }
  // Each directory record takes at least 46 bytes: a larger count is a lie, not a big archive.
  if (dir.count * 46 > dir.size) throw new FormatError('zip entry count exceeds directory');
  const data = await readAt(file, dir.offset, dir.size);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < dir.count; n++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== CENTRAL) {
      throw new FormatError('bad zip central directory entry');
    }
    const flags = data.readUInt16LE(p + 8);
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    const nameBytes = data.bytes.subarray(p + 46, p + 46 + nameLength);
    const extra = data.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
    const sizes = [data.readUInt32LE(p + 24), data.readUInt32LE(p + 20), data.readUInt32LE(p + 42)];
    applyZip64(extra, sizes);
    const name = zipName(nameBytes, (flags & 0x800) !== 0);
    const [size = 0, compressedSize = 0, localHeaderOffset = 0] = sizes;
    // Members lie before the directory; sizes that reach past it are damage, and bounding them
    // here means no later read is sized by a number the file made up.
    if (localHeaderOffset + 30 + compressedSize > dir.offset) {
      throw new FormatError(`zip member ${name} reaches past the directory`);
    }
    const method = data.readUInt16LE(p + 10);
    if (method === 0 && size !== compressedSize) {
      throw new FormatError(`stored zip member ${name} has two sizes`);
    }
    const key = partKey(name);
    const earlier = entries.get(key);
    if (earlier) {
      throw new FormatError(`zip member ${name} given twice`, 'io.zipDuplicate', {
        part: partName(earlier.name),
      });
    }
    entries.set(key, {
      name,
      method,
      size,
      compressedSize,
      localHeaderOffset,
      encrypted: (flags & 0x1) !== 0,
      crc: data.readUInt32LE(p + 16),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
