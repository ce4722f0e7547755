import { readExactly, sourceChunks, type ByteSource } from '../source';
import { SNIFF_BYTES, utf16Order } from '../sniff';
import { Utf8Census } from './utf8Census';

/** The encodings a teacher's CSV arrives in: Excel's "CSV UTF-8", Chinese Excel's default, Unicode. */
export type CsvEncoding = 'utf8' | 'utf8-bom' | 'gb18030' | 'utf16le' | 'utf16be';

/** The encoding to read a CSV in, and how many ill-formed UTF-8 sequences that reading replaces. */
export interface CsvDecoding {
  readonly encoding: CsvEncoding;
  /** Bad UTF-8 sequences read as U+FFFD (only for `utf8`/`utf8-bom`; 0 otherwise). */
  readonly badSequences: number;
}

/** TextDecoder labels; every browser and Node 20 (full ICU) decodes all of them. */
export const DECODER_LABEL: Readonly<Record<CsvEncoding, string>> = {
  utf8: 'utf-8',
  'utf8-bom': 'utf-8',
  gb18030: 'gb18030',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
};

async function utf8Census(source: ByteSource): Promise<Utf8Census> {
  const census = new Utf8Census();
  for await (const chunk of sourceChunks(source, 0, source.size)) census.write(chunk);
  census.end();
  return census;
}

/**
 * Detects the encoding: UTF-16 from its byte-order mark or, without one, from the zero bytes of
 * its ASCII characters (Excel's "Unicode text"); UTF-8 when the file is UTF-8 apart from a few bad
 * sequences (so one broken byte does not turn the whole file into GB18030 gibberish); otherwise
 * GB18030, which is what Chinese Excel and WPS write for "CSV (逗号分隔)".
 */
export async function detectCsvEncoding(source: ByteSource): Promise<CsvDecoding> {
  const head =
    (await readExactly(source, 0, Math.min(SNIFF_BYTES, source.size))) ?? new Uint8Array(0);
  const utf16 = utf16Order(head.subarray(0, 4096));
  if (utf16) return { encoding: utf16, badSequences: 0 };
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const census = await utf8Census(source);
  if (bom) return { encoding: 'utf8-bom', badSequences: census.invalid };
  if (census.mostlyUtf8()) return { encoding: 'utf8', badSequences: census.invalid };
  return { encoding: 'gb18030', badSequences: 0 };
}
