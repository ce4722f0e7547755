import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { crc32, createInflateRaw, inflateRawSync, type ZlibOptions } from 'node:zlib';
import { FormatError } from '../errors';
import { shownLimit } from '../limits';
import type { ZipEntry } from './directory';

const LOCAL = 0x04034b50;

/** Where a member's compressed bytes start: after its local header, whose extra field may differ. */
async function dataStart(file: FileHandle, entry: ZipEntry): Promise<number> {
  if (entry.encrypted) throw new FormatError('encrypted zip member', 'io.encrypted');
  if (entry.method !== 0 && entry.method !== 8) throw new FormatError('unsupported zip method');
  const header = Buffer.alloc(30);
  const { bytesRead } = await file.read(header, 0, 30, entry.localHeaderOffset);
  if (bytesRead !== 30 || header.readUInt32LE(0) !== LOCAL) {
    throw new FormatError('bad zip local header');
  }
  return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

/** The error for a part bigger than the reader's bound for it (see ../limits.ts). */
export function tooBig(entry: ZipEntry, maxBytes: number): FormatError {
  return new FormatError(`${entry.name} inflates past ${maxBytes} bytes`, 'io.tooBig', {
    part: entry.name,
    limit: `${shownLimit(Math.round(maxBytes / (1024 * 1024)))} MB`,
  });
}

function isTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_BUFFER_TOO_LARGE';
}

/**
 * The whole member as UTF-8 text, for the small parts (workbook, relationships, styles): at most
 * `maxBytes` once inflated, whatever the directory claims, with its size and CRC checked.
 */
export async function readEntryText(
  file: FileHandle,
  entry: ZipEntry,
  maxBytes: number,
): Promise<string> {
  if (entry.size > maxBytes) throw tooBig(entry, maxBytes);
  const start = await dataStart(file, entry);
  // Bounded by the file's size: the directory reader checked every member lies inside the file.
  const raw = Buffer.alloc(entry.compressedSize);
  const { bytesRead } = await file.read(raw, 0, raw.length, start);
  if (bytesRead !== raw.length) throw new FormatError('zip member truncated');
  let bytes = raw;
  if (entry.method === 8) {
    try {
      bytes = inflateRawSync(raw, { maxOutputLength: maxBytes });
    } catch (error) {
      throw isTooLarge(error) ? tooBig(entry, maxBytes) : error;
    }
  }
  if (bytes.length !== entry.size || crc32(bytes) !== entry.crc) {
    throw new FormatError(`zip member ${entry.name} does not match its size or CRC`);
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * The member's bytes as a stream of Buffers, inflated as they are read. Callers decode UTF-8 only
 * from whole cells (see xml/chunks), so a character split between two chunks is never garbled
 * (the bug that turns Chinese into U+FFFD in exceljs' streaming reader). Check what arrives with
 * `EntryCheck`: the stream itself trusts the archive.
 */
export async function openEntryStream(
  path: string,
  file: FileHandle,
  entry: ZipEntry,
  onBytes?: (compressedBytes: number) => void,
): Promise<Readable> {
  const start = await dataStart(file, entry);
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(path, {
    start,
    end: start + entry.compressedSize - 1,
    highWaterMark: 256 * 1024,
  });
  if (onBytes) raw.on('data', (chunk: string | Buffer) => onBytes(chunk.length));
  if (entry.method === 0) return raw;
  // Bigger chunks than zlib's 16 KB default mean fewer calls and fewer cells carried between chunks.
  // A deep read-ahead lets zlib inflate on the thread pool while the scanner works on the main thread.
  const inflate = createInflateRaw({
    chunkSize: 128 * 1024,
    highWaterMark: 2 * 1024 * 1024,
  } as ZlibOptions);
  raw.on('error', (error) => inflate.destroy(error));
  inflate.on('close', () => raw.destroy());
  raw.pipe(inflate);
  return inflate;
}
