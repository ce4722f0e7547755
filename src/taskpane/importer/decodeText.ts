import { Utf8Census } from '../../cli/io/csv/utf8Census';
import { utf16Order } from '../../cli/io/sniff';

/** A text file's content and how many bad UTF-8 sequences were read as U+FFFD. */
export interface DecodedText {
  readonly text: string;
  readonly badSequences: number;
}

/**
 * Decodes a CSV file's bytes the way the command line does: UTF-16 with or without a byte-order
 * mark (Excel's "Unicode text"), UTF-8 with or without one (a few bad sequences are replaced and
 * counted rather than taking the file for GB18030), else GB18030 (Chinese Excel's "CSV (逗号分隔)").
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Order(bytes.subarray(0, 4096));
  if (utf16 === 'utf16le')
    return { text: new TextDecoder('utf-16le').decode(bytes), badSequences: 0 };
  if (utf16 === 'utf16be')
    return { text: new TextDecoder('utf-16be').decode(bytes), badSequences: 0 };
  const census = new Utf8Census();
  census.write(bytes);
  census.end();
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom || census.mostlyUtf8())
    // The default (ignoreBOM: false) drops a UTF-8 byte-order mark.
    return { text: new TextDecoder('utf-8').decode(bytes), badSequences: census.invalid };
  return { text: new TextDecoder('gb18030').decode(bytes), badSequences: 0 };
}

/** The text of `decodeCsvBytes`, without the count. */
export function decodeText(bytes: Uint8Array): string {
  return decodeCsvBytes(bytes).text;
}
