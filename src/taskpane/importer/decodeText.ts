/**
 * Decodes a CSV file's bytes the way Excel and WPS write them: UTF-8 with or without a byte-order
 * mark, UTF-16 with one, else GB18030 (Chinese Excel's "CSV (逗号分隔)"). A GB18030 file with
 * Chinese text is almost never valid UTF-8, so strict UTF-8 decoding tells them apart.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // The default (ignoreBOM: false) drops a UTF-8 byte-order mark.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
