import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync, type ZlibOptions } from 'node:zlib';
import { FormatError } from '../errors';
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

/** The whole member as UTF-8 text: for the small parts (workbook, relationships, styles). */
export async function readEntryText(file: FileHandle, entry: ZipEntry): Promise<string> {
  const start = await dataStart(file, entry);
  const raw = Buffer.alloc(entry.compressedSize);
  const { bytesRead } = await file.read(raw, 0, raw.length, start);
  if (bytesRead !== raw.length) throw new FormatError('zip member truncated');
  const bytes = entry.method === 8 ? inflateRawSync(raw) : raw;
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * The member's bytes as a stream of Buffers, inflated as they are read. Callers decode UTF-8 only
 * from whole cells (see xml/chunks), so a character split between two chunks is never garbled
 * (the bug that turns Chinese into U+FFFD in exceljs' streaming reader).
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
