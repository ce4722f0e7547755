import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/** The encodings a teacher's CSV arrives in: Excel's "CSV UTF-8", Chinese Excel's default, Unicode. */
export type CsvEncoding = 'utf8' | 'utf8-bom' | 'gb18030' | 'utf16le' | 'utf16be';

async function isValidUtf8(path: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path))
      decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * Detects the encoding from the byte-order mark, else by checking that the whole file is valid
 * UTF-8 (a GB18030 file with Chinese text almost never is); otherwise GB18030, which is what
 * Chinese Excel and WPS write for "CSV (逗号分隔)".
 */
export async function detectCsvEncoding(path: string, file: FileHandle): Promise<CsvEncoding> {
  const head = Buffer.alloc(3);
  const { bytesRead } = await file.read(head, 0, 3, 0);
  if (bytesRead >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8-bom';
  if (bytesRead >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (bytesRead >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  return (await isValidUtf8(path)) ? 'utf8' : 'gb18030';
}
