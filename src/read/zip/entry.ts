import { FormatError } from '../errors';
import { shownLimit } from '../limits';
import { readExactly, sourceChunks, type ByteSource } from '../source';
import type { ZipEntry } from './directory';
import { EntryCheck } from './entryCheck';
import type { Inflater } from './inflate';
import { LittleEndian } from './littleEndian';

const LOCAL = 0x04034b50;

/** The archive as the readers need it: its bytes, and how to inflate them. */
export interface ZipSource {
  readonly source: ByteSource;
  readonly inflater: Inflater;
}

/** Where a member's compressed bytes start: after its local header, whose extra field may differ. */
async function dataStart(source: ByteSource, entry: ZipEntry): Promise<number> {
  if (entry.encrypted) throw new FormatError('encrypted zip member', 'io.encrypted');
  if (entry.method !== 0 && entry.method !== 8) throw new FormatError('unsupported zip method');
  const bytes = await readExactly(source, entry.localHeaderOffset, 30);
  const header = bytes && new LittleEndian(bytes);
  if (!header || header.readUInt32LE(0) !== LOCAL) throw new FormatError('bad zip local header');
  return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

/** The error for a part bigger than the reader's bound for it (see ../limits.ts). */
export function tooBig(entry: ZipEntry, maxBytes: number): FormatError {
  return new FormatError(`${entry.name} inflates past ${maxBytes} bytes`, 'io.tooBig', {
    part: entry.name,
    limit: `${shownLimit(Math.round(maxBytes / (1024 * 1024)))} MB`,
  });
}

/**
 * The member's bytes, inflated as they are read. Callers decode UTF-8 only from whole cells (see
 * xml/chunks), so a character split between two chunks is never garbled (the bug that turns
 * Chinese into U+FFFD in exceljs' streaming reader). Check what arrives with `EntryCheck`: the
 * stream itself trusts the archive. `onBytes` hears the compressed bytes read from the file.
 */
export async function openEntry(
  zip: ZipSource,
  entry: ZipEntry,
  onBytes?: (compressedBytes: number) => void,
): Promise<AsyncIterable<Uint8Array>> {
  const start = await dataStart(zip.source, entry);
  const raw = counted(sourceChunks(zip.source, start, entry.compressedSize), onBytes);
  return entry.method === 0 ? raw : zip.inflater.inflateRaw(raw);
}

async function* counted(
  chunks: AsyncIterable<Uint8Array>,
  onBytes: ((n: number) => void) | undefined,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    onBytes?.(chunk.length);
    yield chunk;
  }
}

/**
 * The whole member as UTF-8 text, for the small parts (workbook, relationships, styles): at most
 * `maxBytes` once inflated, whatever the directory claims, with its size and CRC checked.
 */
export async function readEntryText(
  zip: ZipSource,
  entry: ZipEntry,
  maxBytes: number,
): Promise<string> {
  if (entry.size > maxBytes) throw tooBig(entry, maxBytes);
  // Inflated up to the bound whatever the directory says, then held to its declared size and CRC.
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of await openEntry(zip, entry)) {
    total += chunk.length;
    if (total > maxBytes) throw tooBig(entry, maxBytes);
    chunks.push(chunk);
  }
  const check = new EntryCheck(entry, zip.inflater.crc32);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
    check.add(chunk);
  }
  check.finish();
  return new TextDecoder().decode(bytes); // drops a byte-order mark
}
