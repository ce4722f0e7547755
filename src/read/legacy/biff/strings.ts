import { SegmentReader } from './segmentReader';

const HIGH_BYTE = 0x01;
const EXT_ST = 0x04;
const RICH_ST = 0x08;

/**
 * One XLUnicodeRichExtendedString (MS-XLS 2.5.293): the text, with formatting runs and phonetic
 * (拼音/振り仮名) data stepped over. Used by the shared-string table and, without the extras, by
 * LABEL, STRING and FORMAT.
 */
export function readRichString(reader: SegmentReader): string {
  const count = reader.u16();
  const flags = reader.u8();
  const runs = flags & RICH_ST ? reader.u16() : 0;
  const ext = flags & EXT_ST ? reader.i32() : 0;
  const text = reader.chars(count, (flags & HIGH_BYTE) !== 0);
  reader.skip(4 * runs);
  if (ext > 0) reader.skip(ext);
  return text;
}

/** An XLUnicodeString with a 16-bit length (LABEL, STRING, FORMAT in BIFF8). */
export function readUnicodeString(segments: readonly Uint8Array[], at = 0): string {
  const reader = new SegmentReader(segments);
  reader.skip(at);
  return readRichString(reader);
}

/** A ShortXLUnicodeString (8-bit length), as in BOUNDSHEET's sheet name. */
export function readShortString(data: Uint8Array, at: number): string {
  const reader = new SegmentReader([data]);
  reader.skip(at);
  const count = reader.u8();
  const flags = reader.u8();
  return reader.chars(count, (flags & HIGH_BYTE) !== 0);
}

/**
 * The shared-string table from the SST record and its CONTINUEs. The count the file claims is
 * only an upper bound: strings are read while bytes remain, so no array is sized by it.
 */
export function readSst(segments: readonly Uint8Array[]): string[] {
  const reader = new SegmentReader(segments);
  reader.skip(4);
  const unique = reader.i32();
  const out: string[] = [];
  while (out.length < unique && !reader.atEnd()) out.push(readRichString(reader));
  return out;
}
